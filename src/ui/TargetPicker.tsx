import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  mergeClasses,
  Radio,
  RadioGroup,
  Text,
  useId,
  type AccordionToggleEventHandler,
} from '@fluentui/react-components';
import { useState } from 'react';
import type { BuildTarget } from '../workbook/port.js';
import { TARGET_ORDER, type SidebarStrings, type TargetGroupsStrings } from './strings.js';
import { groupOf, targetGroups, type TargetGroup, type TargetGroupId } from './target-groups.js';
import { useTargetPickerStyles } from './TargetPicker.styles.js';

/** Props of {@link TargetPicker}. */
export interface TargetPickerProps {
  readonly strings: SidebarStrings;
  /** The names and lines of the groups. */
  readonly groupStrings: TargetGroupsStrings;
  readonly target: BuildTarget;
  readonly onChange: (target: BuildTarget) => void;
  /** Id of the heading that names the whole list. */
  readonly labelledBy: string;
  /** The builds offered. @defaultvalue TARGET_ORDER */
  readonly targets?: readonly BuildTarget[];
  /** @defaultvalue false */
  readonly disabled?: boolean;
}

function isTarget(value: string): value is BuildTarget {
  return (TARGET_ORDER as readonly string[]).includes(value);
}

/** One group: a heading button that opens or closes it, and its builds as a labelled radio group. */
function GroupItem({ group, strings, groupStrings, target, onChange, disabled }: {
  readonly group: TargetGroup;
  readonly strings: SidebarStrings;
  readonly groupStrings: TargetGroupsStrings;
  readonly target: BuildTarget;
  readonly onChange: (target: BuildTarget) => void;
  readonly disabled: boolean;
}): React.JSX.Element {
  const styles = useTargetPickerStyles();
  const nameId = useId(`group-${group.id}`);
  const texts = groupStrings.groups[group.id];
  const holdsChoice = group.targets.includes(target);
  return (
    <AccordionItem value={group.id} className={styles.item}>
      <AccordionHeader expandIconPosition="end" size="medium" button={{ 'aria-describedby': `${nameId}-line` }}>
        <span className={styles.header}>
          <span id={nameId} className={styles.groupName}>
            {texts.label}
          </span>
          <span id={`${nameId}-line`} className={styles.groupLine}>
            {holdsChoice ? groupStrings.chosen(strings.targets[target].label) : groupStrings.count(group.targets.length)}
          </span>
        </span>
      </AccordionHeader>
      <AccordionPanel className={styles.panel}>
        <Text className={styles.groupDescription}>{texts.description}</Text>
        <RadioGroup
          className={styles.group}
          value={holdsChoice ? target : ''}
          aria-labelledby={nameId}
          disabled={disabled}
          onChange={(_event, data) => {
            if (isTarget(data.value)) onChange(data.value);
          }}
        >
          {group.targets.map((value) => {
            const option = strings.targets[value];
            return (
              <Radio
                key={value}
                value={value}
                className={mergeClasses(styles.option, value === target && styles.selected)}
                label={
                  <span className={styles.label}>
                    <Text className={styles.name}>{option.label}</Text>
                    <Text className={styles.description}>{option.description}</Text>
                  </span>
                }
              />
            );
          })}
        </RadioGroup>
      </AccordionPanel>
    </AccordionItem>
  );
}

/**
 * What the sidebar can build, grouped by family (audit, segmentation, customer value…): each group a
 * heading button (Enter or Space opens and closes it) over a radio group named after it (arrow keys
 * choose within it). The group of the chosen build opens first; several groups may be open at once.
 */
export function TargetPicker({ strings, groupStrings, target, onChange, labelledBy, targets = TARGET_ORDER, disabled = false }: TargetPickerProps): React.JSX.Element {
  const styles = useTargetPickerStyles();
  const groups = targetGroups(targets);
  const [open, setOpen] = useState<TargetGroupId[]>(() => [groupOf(target)]);
  const onToggle: AccordionToggleEventHandler<TargetGroupId> = (_event, data) => {
    setOpen(data.openItems);
  };
  return (
    <div role="group" aria-labelledby={labelledBy} className={styles.root}>
      <Accordion multiple collapsible openItems={open} onToggle={onToggle}>
        {groups.map((group) => (
          <GroupItem key={group.id} group={group} strings={strings} groupStrings={groupStrings} target={target} onChange={onChange} disabled={disabled} />
        ))}
      </Accordion>
    </div>
  );
}
