import { useGetIdentity, usePermissions } from 'react-admin';

/**
 * Unit staff maintain their own unit's directories (rule 3), so their lists open filtered to their unit;
 * clearing the filter shows every unit's records (read-only). Lists wait for `isPending` to end, since
 * react-admin reads filterDefaultValues once, when the list mounts.
 */
export function useOwnUnitFilter(): { isPending: boolean; filterDefaultValues?: Record<string, unknown> } {
  const { permissions, isPending: permissionsPending } = usePermissions<string>();
  const { identity, isPending: identityPending } = useGetIdentity();
  if (permissionsPending || identityPending) return { isPending: true };
  return { isPending: false, filterDefaultValues: permissions === 'UNIT_STAFF' && identity?.unitId ? { unitId: identity.unitId } : undefined };
}
