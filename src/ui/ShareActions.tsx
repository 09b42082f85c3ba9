import { Button, Text } from '@fluentui/react-components';
import { BusySpinner } from './BusySpinner.js';
import { ArrowUndoRegular, ShareRegular, ShieldCheckmarkRegular } from '@fluentui/react-icons';
import { lazy, Suspense, useRef, useState } from 'react';
import type { Language } from '../cells/errors.js';
import type { ShareHost } from '../share/run.js';
import type { CustomFormulaCell } from '../share/shareable.js';
import { shareStrings } from './share-strings.js';
import { useShareActionsStyles } from './ShareActions.styles.js';
import type { ShareOutcome } from './ShareReports.js';

// The confirmation and the reports come with the first action that shows one (chunk-share.js).
const ShareConfirmDialog = lazy(() => import(/* webpackChunkName: "share" */ './ShareReports.js').then((module) => ({ default: module.ShareConfirmDialog })));
const ShareMessage = lazy(() => import(/* webpackChunkName: "share" */ './ShareReports.js').then((module) => ({ default: module.ShareMessage })));

/** Props of {@link ShareActions}. */
export interface ShareActionsProps {
  /** The host's sharing actions. */
  readonly share: ShareHost;
  /** The sidebar's language (messages, and the log sheet's). */
  readonly language: Language;
  /** True while the sidebar does something else (a build). @defaultvalue false */
  readonly disabled?: boolean;
}

/** Which action runs. */
type Running = 'idle' | 'checking' | 'scanning' | 'replacing' | 'restoring';

/**
 * Sharing the workbook with teammates without the add-in: a check of what they would not see, "make
 * shareable" (custom-function results replaced by their values, behind a confirmation that lists the
 * cells, the formulas logged) and "restore formulas".
 */
export function ShareActions({ share, language, disabled = false }: ShareActionsProps): React.JSX.Element {
  const styles = useShareActionsStyles();
  const strings = shareStrings(language);
  const [running, setRunning] = useState<Running>('idle');
  const [outcome, setOutcome] = useState<ShareOutcome | undefined>(undefined);
  const [pending, setPending] = useState<readonly CustomFormulaCell[] | undefined>(undefined);
  // Once shown, the dialog stays mounted, so that it closes with its animation.
  const confirmShown = useRef(false);
  confirmShown.current ||= pending !== undefined;

  const act = <T,>(state: Running, action: () => Promise<T>, done: (value: T) => void): void => {
    setRunning(state);
    setOutcome(undefined);
    action()
      .then(done, (error: unknown) => {
        setOutcome({ kind: 'failed', error });
      })
      .finally(() => {
        setRunning('idle');
      });
  };

  const check = (): void => {
    act('checking', () => share.checkSharing(), (result) => {
      setOutcome({ kind: 'checked', check: result });
    });
  };
  const scan = (): void => {
    act('scanning', () => share.findCustomFormulas(), (cells) => {
      if (cells.length === 0) setOutcome({ kind: 'nothing' });
      else setPending(cells);
    });
  };
  const replace = (cells: readonly CustomFormulaCell[]): void => {
    setPending(undefined);
    act('replacing', () => share.makeShareable(cells, language), (report) => {
      setOutcome({ kind: 'made', report });
    });
  };
  const restore = (): void => {
    act('restoring', () => share.restoreFormulas(language), (report) => {
      setOutcome({ kind: 'restored', report });
    });
  };

  const busy = disabled || running !== 'idle';
  return (
    <div className={styles.root}>
      <Text className={styles.hint}>{strings.hint}</Text>
      <Button className={styles.button} icon={running === 'checking' ? <BusySpinner /> : <ShieldCheckmarkRegular />} disabled={busy} onClick={check}>
        {running === 'checking' ? strings.checking : strings.check}
      </Button>
      <Button
        className={styles.button}
        icon={running === 'scanning' || running === 'replacing' ? <BusySpinner /> : <ShareRegular />}
        disabled={busy}
        onClick={scan}
      >
        {running === 'replacing' ? strings.making : strings.makeShareable}
      </Button>
      <Button className={styles.button} icon={running === 'restoring' ? <BusySpinner /> : <ArrowUndoRegular />} disabled={busy} onClick={restore}>
        {running === 'restoring' ? strings.restoring : strings.restore}
      </Button>
      {confirmShown.current ? (
        <Suspense fallback={null}>
          <ShareConfirmDialog
            pending={pending}
            language={language}
            onCancel={() => {
              setPending(undefined);
            }}
            onConfirm={replace}
          />
        </Suspense>
      ) : null}
      {outcome === undefined ? null : (
        <Suspense fallback={null}>
          <ShareMessage
            outcome={outcome}
            language={language}
            onDismiss={() => {
              setOutcome(undefined);
            }}
          />
        </Suspense>
      )}
    </div>
  );
}
