import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  DialogTrigger,
  Spinner,
  Text,
} from '@fluentui/react-components';
import { DeleteRegular } from '@fluentui/react-icons';
import { useState } from 'react';
import type { WorkbookHost } from '../workbook/port.js';
import type { SidebarStrings } from './strings.js';
import { useRemoveGeneratedStyles } from './RemoveGenerated.styles.js';

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
  return (
    <div className={styles.root}>
      <Text className={styles.hint}>{strings.removeHint(hostKind)}</Text>
      <Dialog
        open={open}
        modalType="alert"
        onOpenChange={(_event, data) => {
          setOpen(data.open);
        }}
      >
        <DialogTrigger disableButtonEnhancement>
          <Button className={styles.button} icon={removing ? <Spinner size="tiny" /> : <DeleteRegular />} disabled={disabled || removing}>
            {removing ? strings.removing : strings.removeAction}
          </Button>
        </DialogTrigger>
        <DialogSurface>
          <DialogBody>
            <DialogTitle>{strings.removeConfirmTitle}</DialogTitle>
            <DialogContent>{strings.removeConfirmText}</DialogContent>
            <DialogActions>
              <DialogTrigger disableButtonEnhancement>
                <Button appearance="secondary">{strings.cancel}</Button>
              </DialogTrigger>
              <Button
                appearance="primary"
                onClick={() => {
                  setOpen(false);
                  onRemove();
                }}
              >
                {strings.removeConfirm}
              </Button>
            </DialogActions>
          </DialogBody>
        </DialogSurface>
      </Dialog>
    </div>
  );
}
