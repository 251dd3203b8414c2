// One audit entry: who did what, when, and the record before and after, field by field with changes marked.
import { Labeled, ReferenceField, Show, SimpleShowLayout, TextField, useRecordContext, useTranslate } from 'react-admin';
import { Box, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { LocalDateTimeField } from '../../common/LocalDateField';
import { ActionLabel, AuditTitle, EntityLabel } from './labels';

type Json = unknown;
type AuditRecord = { action?: string; entity?: string; before?: Json; after?: Json };

// Hashes and other secrets never carry meaning for a reader of the trail.
const HIDDEN = new Set(['passwordHash', 'tokenHash']);

const show = (v: Json): string => {
  if (v === null || v === undefined) return '—';
  if (typeof v === 'string') return v;
  if (Array.isArray(v) && v.every((x) => typeof x !== 'object' || x === null)) return v.length ? v.join('、') : '—';
  return JSON.stringify(v, null, 1);
};

const asObject = (v: Json): Record<string, Json> | null => (v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, Json>) : null);

const Changes = () => {
  const record = useRecordContext<AuditRecord>();
  const translate = useTranslate();
  if (!record) return null;
  const before = asObject(record.before);
  const after = asObject(record.after);
  if (!before && !after) return <Typography color="text.secondary">{translate('resources.AuditEvent.empty')}</Typography>;
  const keys = [...new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})])].filter((k) => !HIDDEN.has(k));
  const label = (k: string) => translate(`resources.${record.entity}.fields.${k}`, { _: k });
  return (
    <Table size="small" sx={{ '& td': { verticalAlign: 'top', fontSize: 13 } }} data-testid="audit-changes">
      <TableHead>
        <TableRow>
          <TableCell>{translate('resources.AuditEvent.field')}</TableCell>
          {before && <TableCell>{translate('resources.AuditEvent.fields.before')}</TableCell>}
          {after && <TableCell>{translate('resources.AuditEvent.fields.after')}</TableCell>}
        </TableRow>
      </TableHead>
      <TableBody>
        {keys.map((k) => {
          const b = before?.[k];
          const a = after?.[k];
          const changed = !!before && !!after && JSON.stringify(b) !== JSON.stringify(a);
          return (
            <TableRow
              key={k}
              data-changed={changed || undefined}
              sx={changed ? { bgcolor: 'rgba(255, 167, 38, 0.16)', '& td': { fontWeight: 600 } } : undefined}
            >
              <TableCell sx={{ whiteSpace: 'nowrap' }} title={k}>
                {label(k)}
              </TableCell>
              {before && <TableCell sx={{ whiteSpace: 'pre-wrap', wordBreak: 'break-all' }}>{show(b)}</TableCell>}
              {after && <TableCell sx={{ whiteSpace: 'pre-wrap', wordBreak: 'break-all' }}>{show(a)}</TableCell>}
            </TableRow>
          );
        })}
      </TableBody>
    </Table>
  );
};

const Raw = () => {
  const record = useRecordContext<AuditRecord>();
  const translate = useTranslate();
  if (!record || (record.before == null && record.after == null)) return null;
  return (
    <details>
      <summary style={{ cursor: 'pointer' }}>{translate('resources.AuditEvent.raw')}</summary>
      <Box component="pre" sx={{ fontSize: 12, bgcolor: 'grey.100', p: 1, overflow: 'auto', maxHeight: 400 }}>
        {JSON.stringify({ before: record.before ?? null, after: record.after ?? null }, null, 2)}
      </Box>
    </details>
  );
};

const Action = () => <ActionLabel action={useRecordContext<AuditRecord>()?.action} />;
const Entity = () => <EntityLabel entity={useRecordContext<AuditRecord>()?.entity} />;

const AuditEventShow = () => {
  const translate = useTranslate();
  return (
    <Show title={<AuditTitle />}>
      <SimpleShowLayout>
        <Box sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', md: 'repeat(3, minmax(0, 1fr))' }, gap: 2, width: '100%' }}>
          <Labeled>
            <LocalDateTimeField source="at" />
          </Labeled>
          <Labeled>
            <TextField source="actorName" />
          </Labeled>
          <Labeled>
            <ReferenceField source="unitId" reference="Unit" emptyText="—" />
          </Labeled>
          <Labeled source="action">
            <Action />
          </Labeled>
          <Labeled source="entity">
            <Entity />
          </Labeled>
          <Labeled>
            <TextField source="entityId" emptyText="—" sx={{ fontFamily: 'monospace' }} />
          </Labeled>
        </Box>
        <Typography variant="h6">{translate('resources.AuditEvent.changes')}</Typography>
        <Changes />
        <Raw />
      </SimpleShowLayout>
    </Show>
  );
};

export default AuditEventShow;
