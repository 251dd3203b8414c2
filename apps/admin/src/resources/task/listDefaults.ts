/**
 * The task list's opening filter. Unit staff open on their unit's tasks: those it set up and those it executes
 * (rule 11, G14: a section may delegate a task's execution to a land station, which must find it in its list
 * without changing the filter). `own` is useOwnUnitFilter's `{ unitId }` for unit staff, nothing for the others.
 */
export const taskListDefaults = (own: Record<string, unknown> | undefined): { unitId: unknown } | undefined =>
  own?.unitId ? { unitId: own.unitId } : undefined;
