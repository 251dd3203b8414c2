// What the import engine and the exporter need to know about one list (targets, inspectors, experts,
// the checklist): its columns, how a row is matched to an existing record, its cross-field rules, and how
// a batch of rows is written with the same effects as the list's create/update mutations.
import type { Prisma } from '@ssj/db/client';
import type { Context } from '../context.ts';
import type { Column, Value } from './columns.ts';
import type { Lookups } from './lookups.ts';

export type Tx = Prisma.TransactionClient;
export type Reader = Prisma.TransactionClient;

export const IMPORT_KINDS = ['Target', 'Inspector', 'Expert', 'CheckItem'] as const;
export type ImportKind = (typeof IMPORT_KINDS)[number];

export type Values = Record<string, Value>;

export interface WriteOptions {
  ctx: Context;
  /** The checklist's adjustment notice (rule 1), published with every version the import makes. */
  notice: string | null;
  fileName: string;
}

export interface RuleContext {
  lookups: Lookups;
  generalRatioCap: number;
}

export interface ListDef<R extends { id: string } = any> {
  kind: ImportKind;
  /** 检查对象 … for messages and file names. */
  label: string;
  columns: Column<R>[];
  /** Only administrators import (the checklist, the expert library); otherwise ADMIN and UNIT_STAFF. */
  adminOnly: boolean;
  /** Records belong to a unit (rule 3, 谁管辖、谁维护): staff import only their own unit's. */
  unitScoped: boolean;
  /** The field holding the maintaining unit when unitScoped. */
  unitField?: string;
  /** The audit action of one import (one event with the counts and the changes). */
  auditAction: string;
  /** The match key of a row (credit code, ID number, item code …) or why it has none. */
  key: (v: Values) => string | { reason: string };
  /** The key of a stored record (same form as `key`). */
  keyOf: (r: R) => string;
  /** Existing records for a batch of keys. */
  findExisting: (db: Reader, keys: string[]) => Promise<R[]>;
  /** Cross-field rules on the record as it would be stored; returns refusal reasons (Chinese). */
  check?: (v: Values, rc: RuleContext) => string[];
  createMany: (tx: Tx, rows: Values[], o: WriteOptions) => Promise<void>;
  update: (tx: Tx, before: R, changes: Values, o: WriteOptions) => Promise<void>;
  /** Many updates at once (one statement); without it, `update` row by row. */
  updateMany?: (tx: Tx, updates: { before: R; changes: Values }[], o: WriteOptions) => Promise<void>;
  /**
   * The table whose columns the fields are, when a record is that one row and nothing else (no versions, no
   * relations): the commit then inserts the staged new records set-based (bulk.ts) and they get their ids at
   * the dry run.
   */
  table?: string;
}

/** The headline of a row (for the dry-run list): its name, whatever the list calls it. */
export const rowName = (v: Values) => (typeof v.name === 'string' ? v.name : '');
