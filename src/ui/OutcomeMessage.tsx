import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle, Text } from '@fluentui/react-components';
import { DismissRegular } from '@fluentui/react-icons';
import type { Language } from '../cells/errors.js';
import type { BuildReport, RemovalReport } from '../workbook/port.js';
import { problemText } from './messages.js';
import type { SidebarStrings } from './strings.js';
import { useOutcomeMessageStyles } from './OutcomeMessage.styles.js';

/** What the last action gave. A failure keeps the error itself, so that its text follows a change of language. */
export type Outcome =
  | { readonly kind: 'built'; readonly report: BuildReport }
  | { readonly kind: 'removed'; readonly report: RemovalReport }
  | { readonly kind: 'failed'; readonly action: 'build' | 'remove'; readonly error: unknown };

/** Props of {@link OutcomeMessage}. */
export interface OutcomeMessageProps {
  readonly strings: SidebarStrings;
  readonly language: Language;
  readonly outcome: Outcome;
  readonly onDismiss: () => void;
}

/** The message after a build or a removal: the sheets written and the notes, or what went wrong. */
export function OutcomeMessage({ strings, language, outcome, onDismiss }: OutcomeMessageProps): React.JSX.Element {
  const styles = useOutcomeMessageStyles();
  const dismiss = (
    <MessageBarActions
      containerAction={<Button appearance="transparent" size="small" aria-label={strings.dismiss} icon={<DismissRegular />} onClick={onDismiss} />}
    />
  );
  switch (outcome.kind) {
    case 'built':
      return (
        <MessageBar intent="success" layout="multiline" data-testid="outcome">
          <MessageBarBody>
            <MessageBarTitle className={styles.title}>{strings.builtTitle(outcome.report.sheets.length)}</MessageBarTitle>
            <ul className={styles.list}>
              {outcome.report.sheets.map((sheet) => (
                <li key={sheet} className={styles.sheet}>
                  {sheet}
                </li>
              ))}
            </ul>
            {outcome.report.replaced.length > 0 ? <Text className={styles.note}>{strings.replacedNote(outcome.report.replaced)}</Text> : null}
            {outcome.report.notes.map((note) => (
              <Text key={note.en} className={styles.note}>
                {note[language]}
              </Text>
            ))}
          </MessageBarBody>
          {dismiss}
        </MessageBar>
      );
    case 'removed':
      return (
        <MessageBar intent={outcome.report.removed.length > 0 ? 'success' : 'info'} layout="multiline" data-testid="outcome">
          <MessageBarBody>
            {outcome.report.removed.length > 0 ? (
              <>
                <MessageBarTitle className={styles.title}>{strings.removedTitle(outcome.report.removed.length)}</MessageBarTitle>
                {outcome.report.removed.join(', ')}
              </>
            ) : (
              strings.nothingToRemove
            )}
          </MessageBarBody>
          {dismiss}
        </MessageBar>
      );
    case 'failed':
      return (
        <MessageBar intent="error" layout="multiline" data-testid="outcome" role="alert">
          <MessageBarBody>
            <MessageBarTitle className={styles.title}>{outcome.action === 'build' ? strings.cannotBuildTitle : strings.removeTitle}</MessageBarTitle>
            {problemText(outcome.error, language).text}
          </MessageBarBody>
          {dismiss}
        </MessageBar>
      );
  }
}
