import { anyDb, readCatalog } from '../../src/backup/catalog.js';
import type { Db } from '../../src/store/engine.js';

type Row = Record<string, unknown>;

/** Every row of every table, each table sorted by primary key here (not by the engine's collation). */
export async function allRows(db: Db): Promise<Record<string, Row[]>> {
  const any = anyDb(db);
  const out: Record<string, Row[]> = {};
  for (const table of await readCatalog(any)) {
    const rows = await any.selectFrom(table.name).selectAll().execute();
    out[table.name] = rows.sort((a, b) => compareKeys(table.primaryKey, a, b));
  }
  return out;
}

function compareKeys(key: string[], a: Row, b: Row): number {
  for (const column of key) {
    const x = a[column];
    const y = b[column];
    if (typeof x === 'number' && typeof y === 'number' && x !== y) return x - y;
    const [sx, sy] = [String(x), String(y)];
    if (sx !== sy) return sx < sy ? -1 : 1;
  }
  return 0;
}
