/** The GraphQL types the admin shows as resources (each has allXs, _allXsMeta, X and — mostly — mutations). */
export const RESOURCE_TYPES = [
  'Unit', 'User', 'CheckItem', 'TargetLibrary', 'Target', 'Inspector', 'Expert', 'DirectoryConfirmation', 'AuditEvent',
  'Plan', 'PlanItem', 'Task', 'TaskClass', 'Draw',
  'Result', 'Form', 'Review', 'Correction', 'FollowUp', 'Transfer',
] as const;
