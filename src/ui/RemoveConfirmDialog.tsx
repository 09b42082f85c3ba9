/** The confirmation of "Remove generated sheets", loaded with the first click (chunk-remove.js). */
import { Button, Dialog, DialogActions, DialogBody, DialogContent, DialogSurface, DialogTitle, DialogTrigger } from '@fluentui/react-components';
import type { SidebarStrings } from './strings.js';

/** Props of {@link RemoveConfirmDialog}. */
export interface RemoveConfirmDialogProps {
  readonly strings: SidebarStrings;
  readonly open: boolean;
  /** Called when the dialog opens or closes (Escape, Cancel, Remove). */
  readonly onOpenChange: (open: boolean) => void;
  /** Called once the user confirmed. */
  readonly onRemove: () => void;
}

/** "Remove the generated sheets?", with Cancel and Remove: it stands in for the undo add-in writes lose. */
export function RemoveConfirmDialog({ strings, open, onOpenChange, onRemove }: RemoveConfirmDialogProps): React.JSX.Element {
  return (
    <Dialog
      open={open}
      modalType="alert"
      onOpenChange={(_event, data) => {
        onOpenChange(data.open);
      }}
    >
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
                onOpenChange(false);
                onRemove();
              }}
            >
              {strings.removeConfirm}
            </Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
