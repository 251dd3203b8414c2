// Enum values of the API (apps/api/src/schema/enums.ts) as react-admin choices; labels come from i18n `enums.*`.

export const ENUMS = {
  UnitKind: ['LEAD', 'SECTION', 'STATION'],
  Role: ['ADMIN', 'UNIT_STAFF', 'LEADER', 'ANALYST'],
  CheckCategory: ['GENERAL', 'KEY'],
  CheckMethod: ['WRITTEN', 'ON_SITE', 'ONLINE_MONITORING', 'SAMPLE_TESTING', 'THIRD_PARTY'],
  LibraryKind: ['COMPREHENSIVE', 'SPECIAL'],
  BusinessScale: ['LARGE', 'MEDIUM', 'SMALL', 'MICRO'],
  RiskLevel: ['LOW', 'MEDIUM', 'HIGH'],
  CreditStatus: ['NORMAL', 'DISHONEST', 'ABNORMAL'],
  RegistrationStatus: ['ACTIVE', 'DEREGISTERED', 'REVOKED', 'UNREACHABLE'],
  VersionChange: ['CREATE', 'UPDATE', 'RETIRE'],
  PlanStatus: ['DRAFT', 'FILED'],
  PlanAdjustmentKind: ['INITIAL', 'ADJUSTMENT', 'TEMPORARY_CHECK'],
  TaskStatus: ['DRAFT', 'READY', 'DRAWN', 'DISPATCHED', 'COMPLETED', 'CANCELLED'],
  DrawStatus: ['DRAWN', 'LOCKED', 'SUPERSEDED'],
  TaskTargetStatus: ['PENDING', 'INSPECTED', 'CLOSED_UNREACHABLE', 'CLOSED_DEREGISTERED', 'TRANSFERRED'],
} as const;

export type EnumName = keyof typeof ENUMS;

export const enumChoices = (name: EnumName) => ENUMS[name].map((id) => ({ id, name: `enums.${name}.${id}` }));

/** The 5 streets and 7 towns of 临淄区 (Target.area). */
export const AREAS = ['闻韶街道', '雪宫街道', '辛店街道', '稷下街道', '齐陵街道', '齐都镇', '皇城镇', '敬仲镇', '朱台镇', '凤凰镇', '金岭回族镇', '金山镇'] as const;
export const areaChoices = AREAS.map((a) => ({ id: a, name: a }));

/** Entities and actions recorded in the audit trail (apps/api/src/schema/*: audit(...) calls). */
export const AUDIT_ENTITIES = ['Unit', 'User', 'CheckItem', 'TargetLibrary', 'Target', 'Inspector', 'Expert', 'DirectoryConfirmation', 'Session', 'ApiToken', 'System'] as const;
export const AUDIT_ACTIONS = [
  'loadDemoData', 'login', 'logout', 'changePassword', 'createApiToken', 'revokeApiToken', 'confirmDirectories',
  'createUnit', 'updateUnit', 'retireUnit', 'createUser', 'updateUser', 'deactivateUser',
  'createCheckItem', 'updateCheckItem', 'retireCheckItem', 'createTargetLibrary', 'updateTargetLibrary', 'retireTargetLibrary',
  'createTarget', 'updateTarget', 'deleteTarget', 'retireTarget', 'createInspector', 'updateInspector', 'deleteInspector', 'retireInspector',
  'createExpert', 'updateExpert', 'deleteExpert', 'retireExpert',
] as const;

/** Colours for chips: higher risk / worse credit reads warmer. */
export const RISK_COLOR = { LOW: 'success', MEDIUM: 'default', HIGH: 'error' } as const;
export const PLAN_STATUS_COLOR = { DRAFT: 'default', FILED: 'success' } as const;
export const TASK_STATUS_COLOR = { DRAFT: 'default', READY: 'info', DRAWN: 'warning', DISPATCHED: 'success', COMPLETED: 'success', CANCELLED: 'default' } as const;
export const DRAW_STATUS_COLOR = { DRAWN: 'warning', LOCKED: 'success', SUPERSEDED: 'default' } as const;
export const CREDIT_COLOR = { NORMAL: 'default', DISHONEST: 'error', ABNORMAL: 'warning' } as const;
