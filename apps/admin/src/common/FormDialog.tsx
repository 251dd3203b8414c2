// A create or edit form in a dialog, for the lines of a record shown on its parent's page (plan lines, task
// classes): the parent page stays in view and refetches after each change (useRefresh), so figures computed
// from the lines (the plan's coverage, rule 6) update at once. The server's refusal stays visible in the dialog.
import { useState, type ReactNode } from 'react';
import { Alert, Dialog, DialogContent, DialogTitle } from '@mui/material';
import { CreateBase, EditBase, SimpleForm, useNotify, useRefresh, useTranslate, type RaRecord } from 'react-admin';
import { errorMessage } from '../dataProvider/errors';
import { FormToolbar } from './FormToolbar';

type Props = {
  resource: string;
  /** Create when absent, edit this record otherwise. */
  id?: RaRecord['id'];
  /** Default values of a new record (e.g. its parent's id). */
  record?: Record<string, unknown>;
  title: string;
  open: boolean;
  onClose: () => void;
  children: ReactNode;
  maxWidth?: 'sm' | 'md' | 'lg';
};

export const FormDialog = ({ resource, id, record, title, open, onClose, children, maxWidth = 'md' }: Props) => {
  const translate = useTranslate();
  const notify = useNotify();
  const refresh = useRefresh();
  const [error, setError] = useState<string | null>(null);
  const close = () => {
    setError(null);
    onClose();
  };
  const mutationOptions = {
    onSuccess: () => {
      notify(id === undefined ? 'ra.notification.created' : 'ra.notification.updated', { type: 'info', messageArgs: { smart_count: 1 } });
      close();
      refresh();
    },
    // The refusal is shown in the dialog, above the inputs, and not in a toast as well.
    onError: (e: unknown) => setError(errorMessage(e)),
  };
  const form = (
    <SimpleForm
      toolbar={<FormToolbar deletable={false} />}
      record={id === undefined ? record : undefined}
      mode="onBlur"
      reValidateMode="onChange"
      sx={{ p: 0 }}
    >
      {error && (
        <Alert severity="error" sx={{ mb: 2, width: '100%' }} data-testid="form-dialog-error">
          {error}
        </Alert>
      )}
      {children}
    </SimpleForm>
  );
  return (
    <Dialog open={open} onClose={close} maxWidth={maxWidth} fullWidth>
      <DialogTitle>{translate(title, { _: title })}</DialogTitle>
      <DialogContent>
        {open &&
          (id === undefined ? (
            <CreateBase resource={resource} record={record} redirect={false} mutationOptions={mutationOptions}>
              {form}
            </CreateBase>
          ) : (
            <EditBase resource={resource} id={id} redirect={false} mutationMode="pessimistic" mutationOptions={mutationOptions}>
              {form}
            </EditBase>
          ))}
      </DialogContent>
    </Dialog>
  );
};
