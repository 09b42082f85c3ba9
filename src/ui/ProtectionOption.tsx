import { Caption1, Checkbox, makeStyles, Switch, tokens } from '@fluentui/react-components';
import type { ProtectionMode } from '../plans/protection.js';
import type { WorkbookHost } from '../workbook/port.js';
import type { SidebarStrings } from './strings.js';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXXS },
  hint: { color: tokens.colorNeutralForeground3, paddingLeft: tokens.spacingHorizontalS },
});

/** Props of {@link ProtectionOption}. */
export interface ProtectionOptionProps {
  readonly strings: SidebarStrings;
  readonly hostKind: WorkbookHost['kind'];
  readonly protection: ProtectionMode;
  readonly onChange: (protection: ProtectionMode) => void;
  /** @defaultvalue false */
  readonly disabled?: boolean;
}

/**
 * "Protect formulas" (on by default): the sheets built are protected, their input cells left open. In
 * Google Sheets, a second choice restricts the formulas to the spreadsheet's owner instead of a warning.
 */
export function ProtectionOption({ strings, hostKind, protection, onChange, disabled = false }: ProtectionOptionProps): React.JSX.Element {
  const styles = useStyles();
  const on = protection !== 'none';
  return (
    <div className={styles.root}>
      <Switch
        checked={on}
        disabled={disabled}
        label={strings.protect.label}
        onChange={(_event, data) => {
          onChange(data.checked ? 'warning' : 'none');
        }}
      />
      {on && hostKind === 'sheets' ? (
        <Checkbox
          checked={protection === 'owner'}
          disabled={disabled}
          label={strings.protect.ownerOnly}
          onChange={(_event, data) => {
            onChange(data.checked === true ? 'owner' : 'warning');
          }}
        />
      ) : null}
      <Caption1 className={styles.hint}>{strings.protect.hint}</Caption1>
    </div>
  );
}
