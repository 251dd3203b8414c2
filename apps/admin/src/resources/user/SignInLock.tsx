import { Alert, Button } from '@mui/material';
import { useLocaleState, useRecordContext, useTranslate } from 'react-admin';
import type { UnlockSignInMutation, UnlockSignInMutationVariables } from '@ssj/graphql-types/operations';
import * as documents from '../../dataProvider/documents';
import { intlLocale } from '../../i18n';
import { useCommand } from '../../common/useCommand';

export const SignInLock = () => {
  const record = useRecordContext<{ username: string; signInLockedUntil?: string | null }>();
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const command = useCommand();
  const { busy } = command;
  const until = record?.signInLockedUntil;
  if (!record || !until || Date.parse(until) <= Date.now()) return null;
  const unlock = () =>
    command.mutate<UnlockSignInMutation, UnlockSignInMutationVariables>(
      documents.UNLOCK_SIGN_IN,
      { username: record.username },
      { success: 'resources.User.signInLock.unlocked' },
    );
  return (
    <Alert
      severity="warning"
      sx={{ mb: 1 }}
      action={
        <Button color="inherit" size="small" disabled={busy} onClick={unlock}>
          {translate('resources.User.signInLock.unlock')}
        </Button>
      }
    >
      {translate('resources.User.signInLock.locked', { until: new Date(until).toLocaleString(intlLocale(locale)) })}
    </Alert>
  );
};
