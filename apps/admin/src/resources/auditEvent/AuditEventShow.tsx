// One audit entry: who did what to which record (named, linked), when, and the record before and after, field by
// field: what changed first and marked, enum values by their label, referenced records by their name.
import { Labeled, ReferenceField, Show, SimpleShowLayout, TextField, useRecordContext, useTranslate } from 'react-admin';
import { Box, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { LocalDateTimeField, useDateTimeFormat } from '../../common/LocalDateField';
import { ActionLabel, AuditTitle, EntityLabel, RecordName } from './labels';

import type { AuditChange as AuditChangeType, AuditEvent } from '@ssj/graphql-types';
import type { RecordOf } from '../../dataProvider/records';

type Json = unknown;
/** One field of the event as the API explains it (AuditEvent.changes): its enum or the record it references. */
export type AuditChange = RecordOf<AuditChangeType>;
type AuditRecord = Partial<Pick<AuditEvent, 'action' | 'entity' | 'entityId' | 'entityName' | 'before' | 'after'>> & { changes?: AuditChange[] };

const plain = (v: Json): string => {
  if (v === null || v === undefined) return '—';
  if (typeof v === 'string') return v;
  if (Array.isArray(v) && v.every((x) => typeof x !== 'object' || x === null)) return v.length ? v.join('、') : '—';
  return JSON.stringify(v, null, 1);
};

/** A value as a reader says it: an enum's label, a referenced record's name (linked), else the value. */
const ISO_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/;

const Value = ({ change, side }: { change: AuditChange; side: 'before' | 'after' }) => {
  const translate = useTranslate();
  const dateTime = useDateTimeFormat();
  const v = change[side];
  // An update may snapshot only what it read and set: what a side leaves out it did not record.
  if (!(side === 'before' ? change.inBefore : change.inAfter))
    return (
      <Typography component="span" color="text.secondary" sx={{ fontSize: 'inherit', fontWeight: 400 }}>
        {translate('resources.AuditEvent.notRecorded')}
      </Typography>
    );
  if (v === null || v === undefined) return <>—</>;
  if (change.reference && typeof v === 'string')
    return <RecordName entity={change.reference} id={v} name={side === 'before' ? change.beforeName : change.afterName} />;
  if (change.enum) {
    const label = (x: Json) => (typeof x === 'string' ? translate(`enums.${change.enum}.${x}`, { _: x }) : plain(x));
    return <>{Array.isArray(v) ? (v.length ? v.map(label).join('、') : '—') : label(v)}</>;
  }
  if (typeof v === 'boolean') return <>{translate(v ? 'ra.boolean.true' : 'ra.boolean.false')}</>;
  // A stored time (ISO, UTC) in China's time and the UI's language, as the lists show it.
  if (typeof v === 'string' && ISO_TIME.test(v)) return <span title={v}>{dateTime(v)}</span>;
  return <>{plain(v)}</>;
};

/** The field's label in the record's own resource messages, else as stored. */
export const useFieldLabel = (entity: string | undefined) => {
  const translate = useTranslate();
  return (field: string) => translate(`resources.${entity}.fields.${field}`, { _: field });
};

const Changes = () => {
  const record = useRecordContext<AuditRecord>();
  const translate = useTranslate();
  const label = useFieldLabel(record?.entity);
  if (!record) return null;
  const changes = record.changes ?? [];
  const hasBefore = record.before != null && typeof record.before === 'object';
  const hasAfter = record.after != null && typeof record.after === 'object';
  if (!changes.length) return <Typography color="text.secondary">{translate('resources.AuditEvent.empty')}</Typography>;
  // What changed first, then the rest of the record as it stood.
  const ordered = [...changes.filter((c) => c.changed), ...changes.filter((c) => !c.changed)];
  return (
    <Box sx={{ width: '100%', overflowX: 'auto' }}>
      <Table size="small" sx={{ '& td': { verticalAlign: 'top', fontSize: 13 } }} data-testid="audit-changes">
        <TableHead>
          <TableRow>
            <TableCell>{translate('resources.AuditEvent.field')}</TableCell>
            {hasBefore && <TableCell>{translate('resources.AuditEvent.fields.before')}</TableCell>}
            {hasAfter && <TableCell>{translate('resources.AuditEvent.fields.after')}</TableCell>}
          </TableRow>
        </TableHead>
        <TableBody>
          {ordered.map((c) => (
            <TableRow
              key={c.field}
              data-changed={c.changed || undefined}
              sx={c.changed ? { bgcolor: 'rgba(255, 167, 38, 0.16)', '& td': { fontWeight: 600 } } : undefined}
            >
              <TableCell sx={{ whiteSpace: 'nowrap' }} title={c.field}>
                {label(c.field)}
              </TableCell>
              {hasBefore && (
                <TableCell sx={{ whiteSpace: 'pre-wrap', wordBreak: 'break-all' }}>
                  <Value change={c} side="before" />
                </TableCell>
              )}
              {hasAfter && (
                <TableCell sx={{ whiteSpace: 'pre-wrap', wordBreak: 'break-all' }}>
                  <Value change={c} side="after" />
                </TableCell>
              )}
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </Box>
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
const Subject = () => {
  const r = useRecordContext<AuditRecord>();
  return <RecordName entity={r?.entity} id={r?.entityId} name={r?.entityName} />;
};

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
          <Labeled source="entityName">
            <Subject />
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
