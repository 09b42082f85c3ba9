import { Button, Text, useId } from '@fluentui/react-components';
import { BusySpinner } from './BusySpinner.js';
import { lazy, Suspense, useCallback, useEffect, useRef, useState } from 'react';
import type { Language } from '../cells/errors.js';
import { DEFAULT_PROTECTION, type ProtectionMode } from '../plans/protection.js';
import type { BuildProgress, BuildTarget, WorkbookHost } from '../workbook/port.js';
import { needsSelection } from '../workbook/build-list.js';
import { AuditAdditions } from './AuditAdditions.js';
import { LanguageSwitch } from './LanguageSwitch.js';
import { ProtectionOption } from './ProtectionOption.js';
import type { Outcome } from './OutcomeMessage.js';
import { RemoveGenerated } from './RemoveGenerated.js';
import type { SelectionRead } from './SelectionPanel.js';
import { ShareSection } from './ShareSection.js';
import { sidebarStrings, targetGroupsStrings } from './strings.js';
import { SidebarHeader } from './SidebarHeader.js';
import { TargetPicker } from './TargetPicker.js';
import { useSidebarStyles } from './Sidebar.styles.js';

/** Props of {@link Sidebar}. */
export interface SidebarProps {
  /** The workbook the sidebar works on (Excel, Sheets or the playground's). */
  readonly host: WorkbookHost;
  /** What is chosen when the sidebar opens. @defaultvalue 'audit' */
  readonly initialTarget?: BuildTarget;
}

/** What the sidebar is doing: one action at a time. */
type Busy = 'idle' | 'building' | 'removing';

// What the first paint does not show comes in chunks of its own, loaded when shown: the input range
// (with the readers that summarise it), the build's progress and the outcome's message.
const SelectionPanel = lazy(() => import(/* webpackChunkName: "selection" */ './SelectionPanel.js').then((module) => ({ default: module.SelectionPanel })));
const BuildProgressBar = lazy(() => import(/* webpackChunkName: "outcome" */ './BuildProgressBar.js').then((module) => ({ default: module.BuildProgressBar })));
const OutcomeMessage = lazy(() => import(/* webpackChunkName: "outcome" */ './OutcomeMessage.js').then((module) => ({ default: module.OutcomeMessage })));

/**
 * The Prométhée sidebar: choose what to build, check the input range, pick the language, build with
 * progress, read the result, remove the generated sheets. It talks only to its {@link WorkbookHost}.
 */
export function Sidebar({ host, initialTarget = 'audit' }: SidebarProps): React.JSX.Element {
  const styles = useSidebarStyles();
  const chooseId = useId('choose');
  const rangeId = useId('range');
  const removeId = useId('remove');
  const [language, setLanguage] = useState<Language>('fr');
  const [protection, setProtection] = useState<ProtectionMode>(DEFAULT_PROTECTION);
  const languageChosen = useRef(false);
  const [target, setTarget] = useState<BuildTarget>(initialTarget);
  const [additions, setAdditions] = useState<BuildTarget[]>([]);
  const [selection, setSelection] = useState<SelectionRead>({ status: 'idle' });
  const [busy, setBusy] = useState<Busy>('idle');
  const [progress, setProgress] = useState<BuildProgress | undefined>(undefined);
  const [outcome, setOutcome] = useState<Outcome | undefined>(undefined);
  const strings = sidebarStrings(language);
  const withSelection = needsSelection(target);

  useEffect(() => {
    let current = true;
    host.displayLanguage().then(
      (shown) => {
        // The user's own choice, made while the host answered, wins.
        if (current && !languageChosen.current) setLanguage(shown);
      },
      (error: unknown) => {
        if (current) setOutcome({ kind: 'failed', action: 'build', error });
      },
    );
    return () => {
      current = false;
    };
  }, [host]);

  const readSelection = useCallback(() => {
    setSelection({ status: 'reading' });
    host.readSelection().then(
      (data) => {
        setSelection({ status: 'ready', data });
      },
      (error: unknown) => {
        setSelection({ status: 'failed', error });
      },
    );
  }, [host]);

  // A build that reads the selection shows it as soon as it is chosen.
  useEffect(() => {
    if (withSelection && selection.status === 'idle') readSelection();
  }, [withSelection, selection.status, readSelection]);

  const build = (): void => {
    setBusy('building');
    setProgress(undefined);
    setOutcome(undefined);
    host
      // The default protection goes without saying: a request names it only when the user changed it.
      .build(
        {
          target,
          language,
          ...(target === 'audit' && additions.length > 0 ? { include: additions } : {}),
          ...(protection === DEFAULT_PROTECTION ? {} : { protection }),
        },
        setProgress,
      )
      .then(
        (report) => {
          setOutcome({ kind: 'built', report });
        },
        (error: unknown) => {
          setOutcome({ kind: 'failed', action: 'build', error });
        },
      )
      .finally(() => {
        setBusy('idle');
      });
    // The build read the selection afresh: show the range it used.
    if (withSelection) readSelection();
  };

  const remove = (): void => {
    setBusy('removing');
    setOutcome(undefined);
    host
      .removeGeneratedSheets()
      .then(
        (report) => {
          setOutcome({ kind: 'removed', report });
        },
        (error: unknown) => {
          setOutcome({ kind: 'failed', action: 'remove', error });
        },
      )
      .finally(() => {
        setBusy('idle');
      });
  };

  const expects = strings.targets[target].expects;
  return (
    <div className={styles.root} lang={language}>
      <SidebarHeader strings={strings} />
      <main className={styles.content}>
        <section className={styles.section}>
          <Text as="h2" id={chooseId} className={styles.heading}>
            {strings.chooseTitle}
          </Text>
          <TargetPicker
            strings={strings}
            groupStrings={targetGroupsStrings(language)}
            target={target}
            onChange={setTarget}
            labelledBy={chooseId}
            disabled={busy !== 'idle'}
          />
          {target === 'audit' ? (
            <AuditAdditions strings={strings} groupStrings={targetGroupsStrings(language)} chosen={additions} onChange={setAdditions} disabled={busy !== 'idle'} />
          ) : null}
        </section>
        {withSelection && expects !== undefined ? (
          <section className={styles.section} aria-labelledby={rangeId}>
            <Text as="h2" id={rangeId} className={styles.heading}>
              {strings.rangeTitle}
            </Text>
            <Suspense fallback={null}>
              <SelectionPanel
                strings={strings}
                language={language}
                target={target}
                expects={expects}
                selection={selection}
                onRefresh={readSelection}
                disabled={busy !== 'idle'}
              />
            </Suspense>
          </section>
        ) : null}
        <section className={styles.actions}>
          <LanguageSwitch
            strings={strings}
            language={language}
            disabled={busy !== 'idle'}
            onChange={(chosen) => {
              languageChosen.current = true;
              setLanguage(chosen);
            }}
          />
          <ProtectionOption strings={strings} hostKind={host.kind} protection={protection} onChange={setProtection} disabled={busy !== 'idle'} />
          <Button
            className={styles.build}
            appearance="primary"
            disabled={busy !== 'idle'}
            icon={busy === 'building' ? <BusySpinner /> : null}
            onClick={build}
          >
            {busy === 'building' ? strings.building : strings.targets[target].action}
          </Button>
          {busy === 'building' ? (
            <Suspense fallback={null}>
              <BuildProgressBar strings={strings} progress={progress} />
            </Suspense>
          ) : null}
          {outcome !== undefined ? (
            <Suspense fallback={null}>
              <OutcomeMessage
                strings={strings}
                language={language}
                outcome={outcome}
                onDismiss={() => {
                  setOutcome(undefined);
                }}
              />
            </Suspense>
          ) : null}
        </section>
        <hr className={styles.divider} />
        <section className={styles.section} aria-labelledby={removeId}>
          <Text as="h2" id={removeId} className={styles.heading}>
            {strings.removeTitle}
          </Text>
          <RemoveGenerated strings={strings} hostKind={host.kind} onRemove={remove} removing={busy === 'removing'} disabled={busy === 'building'} />
        </section>
        {host.share === undefined ? null : <ShareSection share={host.share} language={language} disabled={busy !== 'idle'} />}
      </main>
      <footer className={styles.footer}>{strings.footer}</footer>
    </div>
  );
}
