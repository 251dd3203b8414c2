// The importable lists by kind (the GraphQL type name, as in the admin's resource names).
import type { ImportKind, ListDef } from '../listDef.ts';
import { checkItemList } from './checkItems.ts';
import { expertList } from './experts.ts';
import { inspectorList } from './inspectors.ts';
import { targetList } from './targets.ts';

export const LISTS: Record<ImportKind, ListDef> = { Target: targetList, Inspector: inspectorList, Expert: expertList, CheckItem: checkItemList };
