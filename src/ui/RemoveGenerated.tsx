import { Button, Text } from '@fluentui/react-components';
import { BusySpinner } from './BusySpinner.js';
import { DeleteRegular } from '@fluentui/react-icons';
import { lazy, Suspense, useRef, useState } from 'react';
import type { WorkbookHost } from '../workbook/port.js';
import type { SidebarStrings } from './strings.js';
import { useRemoveGeneratedStyles } from './RemoveGenerated.styles.js';

// The confirmation comes with the first click (chunk-remove.js).
const RemoveConfirmDialog = lazy(() => import(/* webpackChunkName: "remove" */ './RemoveConfirmDialog.js').then((module) => ({ default: module.RemoveConfirmDialog })));

/** Props of {@link RemoveGenerated}. */
export interface RemoveGeneratedProps {
  readonly strings: SidebarStrings;
  readonly hostKind: WorkbookHost['kind'];
  /** Called once the user confirmed. */
  readonly onRemove: () => void;
  /** True while the removal runs. @defaultvalue false */
  readonly removing?: boolean;
  /** @defaultvalue false */
  readonly disabled?: boolean;
}

/** "Remove generated sheets", behind a confirmation: it stands in for the undo add-in writes lose. */
export function RemoveGenerated({ strings, hostKind, onRemove, removing = false, disabled = false }: RemoveGeneratedProps): React.JSX.Element {
  const styles = useRemoveGeneratedStyles();
  const [open, setOpen] = useState(false);
  // Once shown, the dialog stays mounted, so that it closes with its animation.
  const confirmShown = useRef(false);
  confirmShown.current ||= open;
  return (
    <div className={styles.root}>
      <Text className={styles.hint}>{strings.removeHint(hostKind)}</Text>
      <Button
        className={styles.button}
        icon={removing ? <BusySpinner /> : <DeleteRegular />}
        disabled={disabled || removing}
        onClick={() => {
          setOpen(true);
        }}
      >
        {removing ? strings.removing : strings.removeAction}
      </Button>
      {confirmShown.current ? (
        <Suspense fallback={null}>
          <RemoveConfirmDialog strings={strings} open={open} onOpenChange={setOpen} onRemove={onRemove} />
        </Suspense>
      ) : null}
    </div>
  );
}
