import { Chip } from '@mui/material';
import { useRecordContext, useTranslate, type FieldProps } from 'react-admin';

/** Marks a retired (停用) record; lists hide them unless “include retired” is on. */
export const RetiredChip = (_props: Partial<FieldProps>) => {
  const record = useRecordContext<{ retiredAt?: string | null }>();
  const translate = useTranslate();
  if (!record?.retiredAt) return null;
  return <Chip size="small" color="warning" variant="outlined" label={translate('app.retired')} />;
};
