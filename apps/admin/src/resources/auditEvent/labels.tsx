import { Link } from 'react-router-dom';
import { useCreatePath, useRecordContext, useResourceDefinitions, useTranslate } from 'react-admin';

/** Audit actions and entities in the UI's language; an unknown one (added by a later API) shows as recorded. */
export const ActionLabel = ({ action }: { action?: string }) => {
  const translate = useTranslate();
  if (!action) return null;
  return <span title={action}>{translate(`resources.AuditEvent.actions.${action}`, { _: action })}</span>;
};

export const EntityLabel = ({ entity }: { entity?: string }) => {
  const translate = useTranslate();
  if (!entity) return null;
  return <span>{translate(`resources.AuditEvent.entities.${entity}`, { _: entity })}</span>;
};

/** The page title of an entry: who did what, in the UI's language. */
export const AuditTitle = () => {
  const record = useRecordContext<{ actorName?: string; action?: string }>();
  const translate = useTranslate();
  if (!record) return null;
  const action = record.action ? translate(`resources.AuditEvent.actions.${record.action}`, { _: record.action }) : '';
  return <span>{`${translate('resources.AuditEvent.name', { smart_count: 1 })}：${record.actorName ?? ''} · ${action}`}</span>;
};

/**
 * A record named, linked to its page when the admin has one (a show page, else an edit page); its id in the tooltip.
 * Without a name (a date, a setting's key, a record the API cannot name) the id itself, in monospace.
 */
export const RecordName = ({ entity, id, name }: { entity?: string | null; id?: string | null; name?: string | null }) => {
  const definitions = useResourceDefinitions();
  const createPath = useCreatePath();
  if (!id) return <span>—</span>;
  const text = name ? <span title={id}>{name}</span> : <span style={{ fontFamily: 'monospace', fontSize: 12 }}>{id}</span>;
  const def = entity ? definitions[entity] : undefined;
  const type = def?.hasShow ? 'show' : def?.hasEdit ? 'edit' : null;
  if (!entity || !type) return text;
  return (
    <Link to={createPath({ resource: entity, id, type })} onClick={(e) => e.stopPropagation()}>
      {text}
    </Link>
  );
};
