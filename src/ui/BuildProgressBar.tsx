import { Field, ProgressBar } from '@fluentui/react-components';
import type { BuildProgress } from '../workbook/port.js';
import type { SidebarStrings } from './strings.js';
import { useBuildProgressBarStyles } from './BuildProgressBar.styles.js';

/** Props of {@link BuildProgressBar}. */
export interface BuildProgressBarProps {
  readonly strings: SidebarStrings;
  /** The last progress the host reported; undefined before its first report (reading, planning). */
  readonly progress: BuildProgress | undefined;
}

/** The bar under the build button: indeterminate while planning, then one step per sheet written. */
export function BuildProgressBar({ strings, progress }: BuildProgressBarProps): React.JSX.Element {
  const styles = useBuildProgressBarStyles();
  const known = progress !== undefined && progress.total > 0;
  const hint =
    progress?.sheet !== undefined ? strings.writingSheet(progress.sheet, Math.min(progress.done + 1, progress.total), progress.total) : strings.preparing;
  return (
    <Field className={styles.field} validationMessage={hint} validationState="none" aria-live="polite">
      <ProgressBar
        thickness="large"
        shape="rounded"
        aria-label={strings.building}
        {...(known ? { value: progress.done / progress.total } : {})}
      />
    </Field>
  );
}
