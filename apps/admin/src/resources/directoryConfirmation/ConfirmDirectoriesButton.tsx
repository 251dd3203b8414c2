// Rule 4 (P2): before every draw a unit confirms its target and inspector directories are up to date.
// Calls `confirmDirectories(unitId, note)`; the server records who and when and refuses other units' staff.
import { useState } from 'react';
import VerifiedIcon from '@mui/icons-material/VerifiedOutlined';
import { Button, Dialog, DialogActions, DialogContent, DialogContentText, DialogTitle, TextField } from '@mui/material';
import { useGetIdentity, useTranslate, usePermissions } from 'react-admin';
import type { ConfirmDirectoriesMutation, ConfirmDirectoriesMutationVariables } from '@ssj/graphql-types/operations';
import { useCommand } from '../../common/useCommand';
import { CONFIRM_DIRECTORIES } from '../../dataProvider/documents';

type Props = { unitId?: string; unitName?: string; variant?: 'text' | 'outlined' | 'contained'; size?: 'small' | 'medium' };

/** Shown to administrators (any unit) and unit staff (their own unit); hidden for read-only roles. */
export const ConfirmDirectoriesButton = ({ unitId, unitName, variant = 'contained', size = 'medium' }: Props) => {
  const translate = useTranslate();
  const { identity } = useGetIdentity();
  const { permissions } = usePermissions<string>();
  const [open, setOpen] = useState(false);
  const [note, setNote] = useState('');
  const command = useCommand();
  const { busy } = command;

  const target = unitId ?? (identity?.unitId as string | undefined);
  if (!identity || !target) return null;
  const allowed = permissions === 'ADMIN' || (permissions === 'UNIT_STAFF' && target === identity.unitId);
  if (!allowed) return null;
  const name = unitName ?? (target === identity.unitId ? (identity.unitName as string) : '');

  const confirm = async () => {
    // The refresh invalidates every cached query: lists, the unit page and the dashboard all update.
    const data = await command.mutate<ConfirmDirectoriesMutation, ConfirmDirectoriesMutationVariables>(
      CONFIRM_DIRECTORIES,
      { unitId: target, note: note.trim() || null },
      {
        success: 'resources.DirectoryConfirmation.confirmed',
        successArgs: ({ confirmDirectories: c }) => ({ targets: c.targetCount, inspectors: c.inspectorCount }),
      },
    );
    if (data) {
      setOpen(false);
      setNote('');
    }
  };

  return (
    <>
      <Button
        variant={variant}
        size={size}
        startIcon={<VerifiedIcon />}
        onClick={(e) => {
          e.stopPropagation();
          setOpen(true);
        }}
        data-testid="confirm-directories"
      >
        {translate(unitId ? 'resources.DirectoryConfirmation.confirm' : 'resources.DirectoryConfirmation.confirm_own')}
      </Button>
      <Dialog open={open} onClose={() => !busy && setOpen(false)} onClick={(e) => e.stopPropagation()} maxWidth="sm" fullWidth>
        <DialogTitle>{translate('resources.DirectoryConfirmation.confirm_title', { unit: name })}</DialogTitle>
        <DialogContent>
          <DialogContentText sx={{ mb: 2 }}>{translate('resources.DirectoryConfirmation.confirm_content', { unit: name })}</DialogContentText>
          <TextField
            label={translate('resources.DirectoryConfirmation.note')}
            value={note}
            onChange={(e) => setNote(e.target.value)}
            fullWidth
            multiline
            minRows={2}
            name="note"
          />
        </DialogContent>
        <DialogActions>
          <Button onClick={() => setOpen(false)} disabled={busy}>
            {translate('ra.action.cancel')}
          </Button>
          <Button onClick={confirm} variant="contained" disabled={busy} data-testid="confirm-directories-ok">
            {translate('ra.action.confirm')}
          </Button>
        </DialogActions>
      </Dialog>
    </>
  );
};
