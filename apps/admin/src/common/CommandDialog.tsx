// A dialog for one command of the API (return with a reason, close a target, decide a review, match a team …):
// its inputs are the caller's, the confirm button runs the command through useCommand (busy, success message,
// refresh), and the server's refusal stays visible in the dialog until the user changes something or cancels.
import type { ReactNode } from 'react';
import { Alert, Button, Dialog, DialogActions, DialogContent, DialogContentText, DialogTitle, Stack } from '@mui/material';
import { useTranslate } from 'react-admin';
import { useCommand, type Command, type CommandOptions } from './useCommand';

type Props = CommandOptions & {
  open: boolean;
  onClose: () => void;
  /** Message keys or texts already translated. */
  title: string;
  content?: ReactNode;
  confirmLabel?: string;
  /** Sends the command; a thrown refusal is shown in the dialog, success closes it. */
  onConfirm: () => Promise<unknown>;
  /** After a success, before the dialog closes. */
  onDone?: () => void;
  /** The caller's command state, when it clears the refusal as inputs change; otherwise the dialog keeps its own. */
  command?: Command;
  /** Confirm stays disabled while the inputs are incomplete. */
  disabled?: boolean;
  /** `<testId>-dialog`, `<testId>-ok`, `<testId>-error`. */
  testId: string;
  children?: ReactNode;
  maxWidth?: 'xs' | 'sm' | 'md';
  color?: 'primary' | 'warning' | 'error' | 'success';
};

export const CommandDialog = ({
  open,
  onClose,
  title,
  content,
  confirmLabel = 'ra.action.confirm',
  onConfirm,
  onDone,
  command,
  disabled,
  testId,
  children,
  maxWidth = 'sm',
  color = 'primary',
  ...options
}: Props) => {
  const translate = useTranslate();
  const own = useCommand();
  const { busy, error, run, clear } = command ?? own;
  const close = () => {
    if (busy) return;
    clear();
    onClose();
  };
  const confirm = async () => {
    // The refusal is shown in the dialog's alert below, not in a toast as well.
    if (await run(onConfirm, { ...options, inline: true })) {
      onDone?.();
      clear();
      onClose();
    }
  };
  return (
    <Dialog open={open} onClose={close} maxWidth={maxWidth} fullWidth data-testid={`${testId}-dialog`}>
      <DialogTitle>{translate(title)}</DialogTitle>
      <DialogContent>
        {content && <DialogContentText sx={{ mb: 2 }}>{typeof content === 'string' ? translate(content) : content}</DialogContentText>}
        <Stack spacing={2} sx={{ pt: 1 }}>
          {children}
        </Stack>
        {error && (
          <Alert severity="error" sx={{ mt: 2 }} data-testid={`${testId}-error`}>
            {error.message}
          </Alert>
        )}
      </DialogContent>
      <DialogActions>
        <Button onClick={close} disabled={busy}>
          {translate('ra.action.cancel')}
        </Button>
        <Button onClick={confirm} variant="contained" color={color} disabled={busy || disabled} data-testid={`${testId}-ok`}>
          {translate(confirmLabel)}
        </Button>
      </DialogActions>
    </Dialog>
  );
};
