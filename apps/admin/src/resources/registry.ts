// The one list of the admin's resources — the GraphQL types it shows with react-admin (each has allXs,
// _allXsMeta, X and, mostly, mutations). App.tsx registers them, the menu (layout/Menu.tsx) shows them under
// their group, the data provider (dataProvider/index.ts) introspects them, and test/unit/zh.test.ts checks that
// each has a name and field labels in both languages; src/resources/index.ts must give each its views (a
// `Record` over these names, so tsc fails on a missing one). Pure data: the unit tests import it in Node.

/** The menu's groups, in order (labels `app.menu.<group>`). */
export const MENU_GROUPS = ['lists', 'work', 'results', 'admin'] as const;
export type MenuGroup = (typeof MENU_GROUPS)[number];

type Entry = {
  readonly name: string;
  /** The menu group, or null for a resource reached from another's page only (plan items, task classes, draws). */
  readonly menu: MenuGroup | null;
};

/** In menu order; a resource without a menu entry follows the one whose page it lives on. */
export const RESOURCES = [
  { name: 'CheckItem', menu: 'lists' },
  { name: 'Form', menu: 'lists' },
  { name: 'TargetLibrary', menu: 'lists' },
  { name: 'Target', menu: 'lists' },
  { name: 'Inspector', menu: 'lists' },
  { name: 'Expert', menu: 'lists' },
  { name: 'DirectoryConfirmation', menu: 'lists' },
  { name: 'MappingProfile', menu: 'lists' },
  { name: 'Plan', menu: 'work' },
  { name: 'PlanItem', menu: null },
  { name: 'Task', menu: 'work' },
  { name: 'TaskClass', menu: null },
  { name: 'Draw', menu: null },
  { name: 'Result', menu: 'results' },
  { name: 'Review', menu: 'results' },
  { name: 'Correction', menu: 'results' },
  { name: 'Transfer', menu: 'results' },
  { name: 'FollowUp', menu: 'results' },
  { name: 'Unit', menu: 'admin' },
  { name: 'User', menu: 'admin' },
  { name: 'AuditEvent', menu: 'admin' },
] as const satisfies readonly Entry[];

export type ResourceName = (typeof RESOURCES)[number]['name'];

/** The GraphQL type names, for the data provider's introspection. */
export const RESOURCE_TYPES: readonly ResourceName[] = RESOURCES.map((r) => r.name);

/** The resources of one menu group, in menu order. */
export const resourcesIn = (group: MenuGroup): ResourceName[] => RESOURCES.filter((r) => r.menu === group).map((r) => r.name);
