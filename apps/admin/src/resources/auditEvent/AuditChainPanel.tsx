// Above the audit trail, for the lead unit's administrators and leadership: verify the hash chain (SECURITY.md).
// The server recomputes every event's hash; the panel says 完整 with the head to write down (or publish), or where
// the chain breaks and why. A head written down earlier can be given, so that a rewrite of the whole chain shows.
import { useState } from 'react';
import { Alert, Box, Button, TextField, Typography } from '@mui/material';
import { usePermissions, useTranslate } from 'react-admin';
import type { AuditChainStatusQuery, AuditChainStatusQueryVariables } from '@ssj/graphql-types/operations';
import { graphqlClient } from '../../dataProvider/graphqlClient';
import * as documents from '../../dataProvider/documents';
import { errorMessage } from '../../dataProvider/errors';

const STATUS = documents.AUDIT_CHAIN_STATUS;

type Status = AuditChainStatusQuery['auditChainStatus'];

export const AuditChainPanel = () => {
  const { permissions } = usePermissions<string>();
  const translate = useTranslate();
  const [expected, setExpected] = useState('');
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState<Status | null>(null);
  const [error, setError] = useState<string | null>(null);
  if (permissions !== 'ADMIN' && permissions !== 'LEADER') return null;

  const verify = async () => {
    setBusy(true);
    setError(null);
    try {
      const { data } = await graphqlClient.query<AuditChainStatusQuery, AuditChainStatusQueryVariables>({
        query: STATUS,
        variables: { expectedHead: expected.trim() || null },
      });
      setStatus(data?.auditChainStatus ?? null);
    } catch (e) {
      setStatus(null);
      setError(errorMessage(e));
    } finally {
      setBusy(false);
    }
  };

  const head = status?.headSeq != null ? `${status.headSeq}:${status.headHash}` : null;
  return (
    // On a phone the list's table is wider than the screen: the panel keeps to the screen's width.
    <Box
      sx={{
        maxWidth: { xs: 'calc(100vw - 16px)', sm: 'none' },
        boxSizing: 'border-box',
        mt: 2,
        mb: 1,
        p: 2,
        border: 1,
        borderColor: 'divider',
        borderRadius: 1,
        bgcolor: 'background.paper',
      }}
      data-testid="audit-chain-panel"
    >
      <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 1, alignItems: 'center' }}>
        <Typography variant="subtitle1" sx={{ mr: 1 }}>
          {translate('auditChain.title')}
        </Typography>
        <TextField
          size="small"
          label={translate('auditChain.expected')}
          placeholder="1234:9f86d08…"
          value={expected}
          onChange={(e) => setExpected(e.target.value)}
          sx={{ flex: '1 1 260px', maxWidth: 560 }}
          inputProps={{ spellCheck: false, style: { fontFamily: 'monospace', fontSize: 13 } }}
        />
        <Button variant="contained" disabled={busy} onClick={verify}>
          {translate(busy ? 'auditChain.verifying' : 'auditChain.verify')}
        </Button>
      </Box>
      <Typography variant="body2" color="text.secondary" sx={{ mt: 1 }}>
        {translate('auditChain.help')}
      </Typography>
      {error && (
        <Alert severity="error" sx={{ mt: 1 }}>
          {error}
        </Alert>
      )}
      {status?.intact && (
        <Alert severity="success" sx={{ mt: 1 }} data-testid="audit-chain-intact">
          <div>{translate('auditChain.intact', { events: status.events })}</div>
          {head && (
            <div>
              {translate('auditChain.head')}
              <Box component="code" sx={{ fontSize: 12, wordBreak: 'break-all', userSelect: 'all' }}>
                {head}
              </Box>
            </div>
          )}
        </Alert>
      )}
      {status && !status.intact && (
        <Alert severity="error" sx={{ mt: 1 }} data-testid="audit-chain-broken">
          <div>
            {translate('auditChain.broken', {
              seq: status.brokenAt,
              reason: translate(`auditChain.reasons.${status.reason}`, { _: status.message ?? status.reason }),
            })}
          </div>
          <div>
            {translate('auditChain.before', { events: status.events })}
            {head && (
              <Box component="code" sx={{ fontSize: 12, wordBreak: 'break-all' }}>
                {head}
              </Box>
            )}
          </div>
        </Alert>
      )}
    </Box>
  );
};
