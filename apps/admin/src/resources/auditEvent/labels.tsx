import { useRecordContext, useTranslate } from 'react-admin';

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
