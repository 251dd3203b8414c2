// Units and target libraries by name or code: spreadsheets name them in words, the database by id.
// Both tables are small (tens of rows), so they are read once per import or export.
import type { Prisma } from '@ssj/db/client';

type Reader = Pick<Prisma.TransactionClient, 'unit' | 'targetLibrary'>;

export interface Lookups {
  /** Unit name or code → id (active units only). */
  unitByText: Map<string, string>;
  unitName: Map<string, string>;
  /** Library name or code → id (active libraries only). */
  libraryByText: Map<string, string>;
  libraryName: Map<string, string>;
  /** The importing user's unit: the default maintaining unit. */
  ownUnitId: string | null;
}

export async function loadLookups(db: Reader, ownUnitId: string | null): Promise<Lookups> {
  const [units, libraries] = await Promise.all([
    db.unit.findMany({ select: { id: true, code: true, name: true, retiredAt: true } }),
    db.targetLibrary.findMany({ select: { id: true, code: true, name: true, retiredAt: true } }),
  ]);
  const l: Lookups = { unitByText: new Map(), unitName: new Map(), libraryByText: new Map(), libraryName: new Map(), ownUnitId };
  for (const u of units) {
    l.unitName.set(u.id, u.name);
    if (u.retiredAt) continue;
    l.unitByText.set(u.name, u.id);
    l.unitByText.set(u.code, u.id);
  }
  for (const b of libraries) {
    l.libraryName.set(b.id, b.name);
    if (b.retiredAt) continue;
    l.libraryByText.set(b.name, b.id);
    l.libraryByText.set(b.code, b.id);
  }
  return l;
}
