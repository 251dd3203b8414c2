// On a user's page, for administrators: the account's sign-in lock (too many failed sign-ins), and lifting it.
import { useState } from 'react';
import { gql } from '@apollo/client';
import { Alert, Button } from '@mui/material';
import { useLocaleState, useNotify, useRecordContext, useRefresh, useTranslate } from 'react-admin';
import type { UnlockSignInMutation, UnlockSignInMutationVariables } from '@ssj/graphql-types/operations';
import { apolloClient } from '../../dataProvider/apolloClient';
import * as documents from '../../dataProvider/documents';
import { errorMessage } from '../../dataProvider/errors';
import { intlLocale } from '../../i18n';

const UNLOCK = gql(documents.UNLOCK_SIGN_IN);

export const SignInLock = () => {
  const record = useRecordContext<{ username: string; signInLockedUntil?: string | null }>();
  const translate = useTranslate();
  const notify = useNotify();
  const refresh = useRefresh();
  const [locale] = useLocaleState();
  const [busy, setBusy] = useState(false);
  const until = record?.signInLockedUntil;
  if (!record || !until || Date.parse(until) <= Date.now()) return null;
  const unlock = async () => {
    setBusy(true);
    try {
      await apolloClient.mutate<UnlockSignInMutation, UnlockSignInMutationVariables>({ mutation: UNLOCK, variables: { username: record.username } });
      notify('signInLock.unlocked', { type: 'success' });
      refresh();
    } catch (e) {
      notify(errorMessage(e), { type: 'error' });
    } finally {
      setBusy(false);
    }
  };
  return (
    <Alert
      severity="warning"
      sx={{ mb: 1 }}
      action={
        <Button color="inherit" size="small" disabled={busy} onClick={unlock}>
          {translate('signInLock.unlock')}
        </Button>
      }
    >
      {translate('signInLock.locked', { until: new Date(until).toLocaleString(intlLocale(locale)) })}
    </Alert>
  );
};
