// On an edit page reached for a record the user may not change (e.g. by typing its URL): say so plainly.
// The form stays usable on purpose: the server is the authority and its refusal (FORBIDDEN) is shown on save.
import { Alert, AlertTitle } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';

export const EditGuard = () => {
  const record = useRecordContext<{ editable?: boolean }>();
  const translate = useTranslate();
  if (record?.editable !== false) return null;
  return (
    <Alert severity="warning" sx={{ mb: 2, width: '100%' }} data-testid="edit-guard">
      <AlertTitle>{translate('app.scope.edit_refused_title')}</AlertTitle>
      {translate('app.scope.edit_refused')}
    </Alert>
  );
};
