import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
  Text,
} from '@fluentui/react-components';
import { ArrowUndoRegular, DismissRegular, ShareRegular, ShieldCheckmarkRegular } from '@fluentui/react-icons';
import { useState } from 'react';
import type { Language } from '../cells/errors.js';
import type { RestoreReport, ShareCheck, ShareHost, ShareReport } from '../share/run.js';
import { changedLines, shareFindings } from '../share/run.js';
import { previewLines, type CustomFormulaCell } from '../share/shareable.js';
import { problemText } from './messages.js';
import { shareStrings } from './share-strings.js';
import { useShareActionsStyles } from './ShareActions.styles.js';

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

/** What the last action gave. */
type ShareOutcome =
  | { readonly kind: 'checked'; readonly check: ShareCheck }
  | { readonly kind: 'nothing' }
  | { readonly kind: 'made'; readonly report: ShareReport }
  | { readonly kind: 'restored'; readonly report: RestoreReport }
  | { readonly kind: 'failed'; readonly error: unknown };

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
  const preview = pending === undefined ? undefined : previewLines(pending);
  return (
    <div className={styles.root}>
      <Text className={styles.hint}>{strings.hint}</Text>
      <Button className={styles.button} icon={running === 'checking' ? <Spinner size="tiny" /> : <ShieldCheckmarkRegular />} disabled={busy} onClick={check}>
        {running === 'checking' ? strings.checking : strings.check}
      </Button>
      <Button
        className={styles.button}
        icon={running === 'scanning' || running === 'replacing' ? <Spinner size="tiny" /> : <ShareRegular />}
        disabled={busy}
        onClick={scan}
      >
        {running === 'replacing' ? strings.making : strings.makeShareable}
      </Button>
      <Button className={styles.button} icon={running === 'restoring' ? <Spinner size="tiny" /> : <ArrowUndoRegular />} disabled={busy} onClick={restore}>
        {running === 'restoring' ? strings.restoring : strings.restore}
      </Button>
      <Dialog
        open={pending !== undefined}
        modalType="alert"
        onOpenChange={(_event, data) => {
          if (!data.open) setPending(undefined);
        }}
      >
        <DialogSurface>
          <DialogBody>
            <DialogTitle>{strings.confirmTitle(pending?.length ?? 0)}</DialogTitle>
            <DialogContent>
              <Text as="p">{strings.confirmText}</Text>
              <ul className={styles.list} aria-label={strings.confirmTitle(pending?.length ?? 0)}>
                {preview?.lines.map((line) => (
                  <li key={line.where}>
                    <span className={styles.where}>{line.where}</span> <span className={styles.formula}>{line.formula}</span>
                  </li>
                ))}
                {preview !== undefined && preview.more > 0 ? <li>{strings.more(preview.more)}</li> : null}
              </ul>
            </DialogContent>
            <DialogActions>
              <Button
                appearance="secondary"
                onClick={() => {
                  setPending(undefined);
                }}
              >
                {strings.cancel}
              </Button>
              <Button
                appearance="primary"
                onClick={() => {
                  if (pending !== undefined) replace(pending);
                }}
              >
                {strings.confirm}
              </Button>
            </DialogActions>
          </DialogBody>
        </DialogSurface>
      </Dialog>
      {outcome === undefined ? null : (
        <ShareMessage
          outcome={outcome}
          language={language}
          onDismiss={() => {
            setOutcome(undefined);
          }}
        />
      )}
    </div>
  );
}

function ShareMessage({ outcome, language, onDismiss }: { outcome: ShareOutcome; language: Language; onDismiss: () => void }): React.JSX.Element {
  const strings = shareStrings(language);
  const styles = useShareActionsStyles();
  const dismiss = <MessageBarActions containerAction={<Button appearance="transparent" size="small" aria-label={strings.dismiss} icon={<DismissRegular />} onClick={onDismiss} />} />;
  const bar = (intent: 'success' | 'warning' | 'error' | 'info', title: string, body: React.ReactNode): React.JSX.Element => (
    <MessageBar intent={intent} layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{title}</MessageBarTitle>
        {body}
      </MessageBarBody>
      {dismiss}
    </MessageBar>
  );
  switch (outcome.kind) {
    case 'checked': {
      const findings = shareFindings(outcome.check);
      if (findings.length === 0) return bar('success', strings.readyTitle, strings.ready(outcome.check.generated.length));
      const changed = changedLines(outcome.check);
      return bar(
        'warning',
        strings.findingsTitle,
        <>
          <ul>
            {findings.map((finding) => (
              <li key={finding.en}>{finding[language]}</li>
            ))}
          </ul>
          {changed.lines.length === 0 ? null : (
            <ul aria-label={strings.changedList}>
              {changed.lines.map((line) => (
                <li key={line.where}>
                  <span className={styles.where}>{line.where}</span> <span className={styles.formula}>{strings.changedCell(line.expected, line.found)}</span>
                </li>
              ))}
              {changed.more > 0 ? <li>{strings.more(changed.more)}</li> : null}
            </ul>
          )}
        </>,
      );
    }
    case 'nothing':
      return bar('info', strings.readyTitle, strings.nothingToReplace);
    case 'made':
      return bar('success', strings.madeTitle(outcome.report.replaced), strings.madeText(outcome.report.cells, outcome.report.logSheet, outcome.report.unchanged));
    case 'restored':
      if (outcome.report.restored === 0 && outcome.report.skipped === 0) return bar('info', strings.restore, strings.nothingToRestore);
      return bar(outcome.report.skipped > 0 ? 'warning' : 'success', strings.restoredTitle(outcome.report.restored), strings.restoredText(outcome.report.skipped));
    case 'failed': {
      const problem = problemText(outcome.error, language);
      return bar(problem.kind === 'user' ? 'warning' : 'error', strings.failedTitle, problem.text);
    }
  }
}
