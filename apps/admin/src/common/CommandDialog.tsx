// A dialog for one command of the API (return with a reason, close a target, decide a review …): its inputs
// are the caller's, the confirm button runs the command, and the server's refusal stays visible in the dialog.
import { useState, type ReactNode } from 'react';
import { Alert, Button, Dialog, DialogActions, DialogContent, DialogContentText, DialogTitle, Stack } from '@mui/material';
import { useTranslate } from 'react-admin';
import { errorMessage } from '../dataProvider/errors';

type Props = {
  open: boolean;
  onClose: () => void;
  title: string;
  content?: string;
  confirmLabel?: string;
  /** Runs the command; a thrown error is shown in the dialog, success closes it. */
  onConfirm: () => Promise<void>;
  /** Confirm stays disabled while the inputs are incomplete. */
  disabled?: boolean;
  testId: string;
  children?: ReactNode;
  maxWidth?: 'xs' | 'sm' | 'md';
};

export const CommandDialog = ({
  open,
  onClose,
  title,
  content,
  confirmLabel = 'ra.action.confirm',
  onConfirm,
  disabled,
  testId,
  children,
  maxWidth = 'sm',
}: Props) => {
  const translate = useTranslate();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const close = () => {
    if (busy) return;
    setError(null);
    onClose();
  };
  const confirm = async () => {
    setBusy(true);
    setError(null);
    try {
      await onConfirm();
      onClose();
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setBusy(false);
    }
  };
  return (
    <Dialog open={open} onClose={close} maxWidth={maxWidth} fullWidth data-testid={`${testId}-dialog`}>
      <DialogTitle>{translate(title)}</DialogTitle>
      <DialogContent>
        {content && <DialogContentText sx={{ mb: 2 }}>{translate(content)}</DialogContentText>}
        <Stack spacing={2} sx={{ pt: 1 }}>
          {children}
        </Stack>
        {error && (
          <Alert severity="error" sx={{ mt: 2 }} data-testid={`${testId}-error`}>
            {error}
          </Alert>
        )}
      </DialogContent>
      <DialogActions>
        <Button onClick={close} disabled={busy}>
          {translate('ra.action.cancel')}
        </Button>
        <Button onClick={confirm} variant="contained" disabled={busy || disabled} data-testid={`${testId}-ok`}>
          {translate(confirmLabel)}
        </Button>
      </DialogActions>
    </Dialog>
  );
};
