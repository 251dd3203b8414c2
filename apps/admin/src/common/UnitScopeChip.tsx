// Rule 3 (谁管辖、谁维护) made visible: whether a row belongs to the signed-in user's unit and may be edited.
import LockOutlinedIcon from '@mui/icons-material/LockOutlined';
import HomeWorkOutlinedIcon from '@mui/icons-material/HomeWorkOutlined';
import EditOutlinedIcon from '@mui/icons-material/EditOutlined';
import { Chip } from '@mui/material';
import { useGetIdentity, useRecordContext, useTranslate, type FieldProps } from 'react-admin';

export const UnitScopeChip = (_props: Partial<FieldProps>) => {
  const record = useRecordContext<{ unitId?: string; editable?: boolean }>();
  const { identity } = useGetIdentity();
  const translate = useTranslate();
  if (!record || !identity) return null;
  const own = record.unitId === identity.unitId;
  if (own && record.editable !== false) {
    return <Chip size="small" color="primary" icon={<HomeWorkOutlinedIcon />} label={translate('app.scope.own')} data-scope="own" />;
  }
  if (own) {
    return (
      <Chip
        size="small"
        variant="outlined"
        icon={<LockOutlinedIcon />}
        label={`${translate('app.scope.own')} · ${translate('app.scope.read_only_role')}`}
        data-scope="own-readonly"
      />
    );
  }
  if (record.editable) {
    return (
      <Chip
        size="small"
        color="info"
        variant="outlined"
        icon={<EditOutlinedIcon />}
        label={translate('app.scope.other_editable')}
        data-scope="other-editable"
      />
    );
  }
  return <Chip size="small" variant="outlined" icon={<LockOutlinedIcon />} label={translate('app.scope.other_read_only')} data-scope="other-readonly" />;
};
