import { Checkbox, Text, useId } from '@fluentui/react-components';
import { BUILDS } from '../workbook/build-list.js';
import type { BuildTarget } from '../workbook/port.js';
import { useAuditAdditionsStyles } from './AuditAdditions.styles.js';
import type { SidebarStrings, TargetGroupsStrings } from './strings.js';
import { targetGroups } from './target-groups.js';

/** The builds the audit workbook can take besides its own sheets (the registry's `optional` ones). */
export const OPTIONAL_IN_AUDIT: readonly BuildTarget[] = BUILDS.filter((build) => build.audit === 'optional').map((build) => build.key);

/** Props of {@link AuditAdditions}. */
export interface AuditAdditionsProps {
  readonly strings: SidebarStrings;
  readonly groupStrings: TargetGroupsStrings;
  /** The builds ticked. */
  readonly chosen: readonly BuildTarget[];
  readonly onChange: (chosen: BuildTarget[]) => void;
  /** @defaultvalue false */
  readonly disabled?: boolean;
}

/**
 * Under the audit workbook: the sheets that can be added to it (planning sheets, strategy grids,
 * weighted ABC), one checkbox each under its group's name. Nothing is ticked at first: the audit
 * workbook stays its four sheets unless the user asks for more.
 */
export function AuditAdditions({ strings, groupStrings, chosen, onChange, disabled = false }: AuditAdditionsProps): React.JSX.Element | null {
  const styles = useAuditAdditionsStyles();
  const hintId = useId('additions');
  if (OPTIONAL_IN_AUDIT.length === 0) return null;
  const toggle = (key: BuildTarget, on: boolean): void => {
    onChange(OPTIONAL_IN_AUDIT.filter((k) => (k === key ? on : chosen.includes(k))));
  };
  return (
    <div className={styles.root} role="group" aria-describedby={hintId}>
      <Text id={hintId} className={styles.hint}>
        {strings.auditAdditions}
      </Text>
      {targetGroups(OPTIONAL_IN_AUDIT).map((group) => (
        <div key={group.id} className={styles.root}>
          <Text className={styles.groupName}>{groupStrings.groups[group.id].label}</Text>
          {group.targets.map((key) => (
            <Checkbox
              key={key}
              label={strings.targets[key].label}
              checked={chosen.includes(key)}
              disabled={disabled}
              onChange={(_event, data) => {
                toggle(key, data.checked === true);
              }}
            />
          ))}
        </div>
      ))}
    </div>
  );
}
