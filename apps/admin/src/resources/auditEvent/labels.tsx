import { useTranslate } from 'react-admin';

/** Audit actions and entities in the UI's language; an unknown one (added by a later API) shows as recorded. */
export const ActionLabel = ({ action }: { action?: string }) => {
  const translate = useTranslate();
  if (!action) return null;
  return <span title={action}>{translate(`audit.actions.${action}`, { _: action })}</span>;
};

export const EntityLabel = ({ entity }: { entity?: string }) => {
  const translate = useTranslate();
  if (!entity) return null;
  return <span>{translate(`audit.entities.${entity}`, { _: entity })}</span>;
};
