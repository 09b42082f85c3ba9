/**
 * What the sharing actions show once they ran, loaded with the first of them (chunk-share.js): the
 * confirmation that lists the cells to replace, and the message saying what an action did.
 */
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
  Text,
} from '@fluentui/react-components';
import { DismissRegular } from '@fluentui/react-icons';
import type { Language } from '../cells/errors.js';
import { changedLines, shareFindings, type RestoreReport, type ShareCheck, type ShareReport } from '../share/run.js';
import { previewLines, type CustomFormulaCell } from '../share/shareable.js';
import { problemText } from './messages.js';
import { shareStrings } from './share-strings.js';
import { useShareActionsStyles } from './ShareActions.styles.js';

/** What the last sharing action gave. */
export type ShareOutcome =
  | { readonly kind: 'checked'; readonly check: ShareCheck }
  | { readonly kind: 'nothing' }
  | { readonly kind: 'made'; readonly report: ShareReport }
  | { readonly kind: 'restored'; readonly report: RestoreReport }
  | { readonly kind: 'failed'; readonly error: unknown };

/** Props of {@link ShareConfirmDialog}. */
export interface ShareConfirmDialogProps {
  /** The cells to replace; the dialog is open while there are some. */
  readonly pending: readonly CustomFormulaCell[] | undefined;
  readonly language: Language;
  readonly onCancel: () => void;
  readonly onConfirm: (cells: readonly CustomFormulaCell[]) => void;
}

/** "Make shareable"'s confirmation: the cells whose results become values, the first ones listed. */
export function ShareConfirmDialog({ pending, language, onCancel, onConfirm }: ShareConfirmDialogProps): React.JSX.Element {
  const styles = useShareActionsStyles();
  const strings = shareStrings(language);
  const preview = pending === undefined ? undefined : previewLines(pending);
  return (
    <Dialog
      open={pending !== undefined}
      modalType="alert"
      onOpenChange={(_event, data) => {
        if (!data.open) onCancel();
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
              onClick={onCancel}
            >
              {strings.cancel}
            </Button>
            <Button
              appearance="primary"
              onClick={() => {
                if (pending !== undefined) onConfirm(pending);
              }}
            >
              {strings.confirm}
            </Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}

/** The message of a sharing action's outcome, with a dismiss button. */
export function ShareMessage({ outcome, language, onDismiss }: { outcome: ShareOutcome; language: Language; onDismiss: () => void }): React.JSX.Element {
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
