import { mergeClasses, Radio, RadioGroup, Text } from '@fluentui/react-components';
import type { BuildTarget } from '../workbook/port.js';
import { TARGET_ORDER, type SidebarStrings } from './strings.js';
import { useTargetPickerStyles } from './TargetPicker.styles.js';

/** Props of {@link TargetPicker}. */
export interface TargetPickerProps {
  readonly strings: SidebarStrings;
  readonly target: BuildTarget;
  readonly onChange: (target: BuildTarget) => void;
  /** Id of the heading that names the group. */
  readonly labelledBy: string;
  /** @defaultvalue false */
  readonly disabled?: boolean;
}

function isTarget(value: string): value is BuildTarget {
  return (TARGET_ORDER as readonly string[]).includes(value);
}

/** The list of what the sidebar can build, one choice at a time, each with a line saying what it gives. */
export function TargetPicker({ strings, target, onChange, labelledBy, disabled = false }: TargetPickerProps): React.JSX.Element {
  const styles = useTargetPickerStyles();
  return (
    <RadioGroup
      className={styles.group}
      value={target}
      aria-labelledby={labelledBy}
      disabled={disabled}
      onChange={(_event, data) => {
        if (isTarget(data.value)) onChange(data.value);
      }}
    >
      {TARGET_ORDER.map((value) => {
        const texts = strings.targets[value];
        return (
          <Radio
            key={value}
            value={value}
            className={mergeClasses(styles.option, value === target && styles.selected)}
            label={
              <span className={styles.label}>
                <Text className={styles.name}>{texts.label}</Text>
                <Text className={styles.description}>{texts.description}</Text>
              </span>
            }
          />
        );
      })}
    </RadioGroup>
  );
}
