import { Badge, Button, MessageBar, MessageBarBody, MessageBarTitle, Spinner, Text } from '@fluentui/react-components';
import { ArrowSyncRegular, CheckmarkCircleRegular, TableRegular } from '@fluentui/react-icons';
import type { SelectionSummary } from './selection-summary.js';
import type { SidebarStrings } from './strings.js';
import { useSelectionCardStyles } from './SelectionCard.styles.js';

/** Where reading the selection stands. */
export type SelectionStatus = 'idle' | 'reading' | 'ready' | 'failed';

/** Props of {@link SelectionCard}. */
export interface SelectionCardProps {
  readonly strings: SidebarStrings;
  /** Which columns the chosen build expects. */
  readonly expects: string;
  readonly status: SelectionStatus;
  /** The last selection read (status `ready`). */
  readonly summary?: SelectionSummary | undefined;
  /** Why the selection cannot be used, in the sidebar's language (status `ready` or `failed`). */
  readonly problem?: string | undefined;
  readonly onRefresh: () => void;
  /** @defaultvalue false */
  readonly disabled?: boolean;
}

/** The input range: what to select, the range read (address, size, header) and a button to read it again. */
export function SelectionCard({ strings, expects, status, summary, problem, onRefresh, disabled = false }: SelectionCardProps): React.JSX.Element {
  const styles = useSelectionCardStyles();
  return (
    <div className={styles.card} aria-busy={status === 'reading'}>
      <Text className={styles.expects}>{expects}</Text>
      {status === 'reading' ? <Spinner size="tiny" labelPosition="after" label={strings.readingSelection} /> : null}
      {status === 'ready' && summary !== undefined ? (
        <>
          <div className={styles.addressRow}>
            <TableRegular className={styles.addressIcon} aria-hidden />
            <Text className={styles.address} title={summary.address} data-testid="selection-address">
              {summary.address}
            </Text>
          </div>
          <div className={styles.facts}>
            <Text className={styles.size} data-testid="selection-size">
              {strings.rowsAndColumns(summary.rows, summary.columns)}
            </Text>
            {summary.header ? (
              <Badge appearance="tint" color="success" size="medium" icon={<CheckmarkCircleRegular />}>
                {strings.headerDetected}
              </Badge>
            ) : (
              <Badge appearance="tint" color="informative" size="medium">
                {strings.noHeader}
              </Badge>
            )}
          </div>
        </>
      ) : null}
      {status === 'idle' ? <Text className={styles.empty}>{strings.noSelectionYet}</Text> : null}
      {problem !== undefined && status !== 'reading' ? (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle className={styles.problemTitle}>{strings.selectionProblemTitle}</MessageBarTitle>
            {problem}
          </MessageBarBody>
        </MessageBar>
      ) : null}
      <Button className={styles.refresh} size="small" icon={<ArrowSyncRegular />} disabled={disabled || status === 'reading'} onClick={onRefresh}>
        {strings.useSelection}
      </Button>
    </div>
  );
}
