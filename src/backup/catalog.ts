import { PostgresAdapter, sql, type Kysely } from 'kysely';
import type { Db } from '../store/engine.js';

/** The database seen without the row types: the backup copies whatever tables it finds. */
export type AnyDb = Kysely<Record<string, Record<string, unknown>>>;

export function anyDb(db: Db): AnyDb {
  return db as unknown as AnyDb;
}

export interface TableInfo {
  name: string;
  /** In the order the table declares them. */
  columns: string[];
  primaryKey: string[];
  /** Other tables this one has foreign keys to. */
  references: string[];
}

/** Kysely's migration lock: recreated by the migrations, never copied. */
export const MIGRATION_LOCK_TABLE = 'schema_migrations_lock';

interface ColumnRow {
  table_name: string;
  column_name: string;
  pk_position: number;
}

interface ReferenceRow {
  table_name: string;
  ref: string;
}

// Ordinary tables only: SQLite's virtual tables and their shadow tables are rebuilt from the
// tables they index.
const sqliteColumns = sql<ColumnRow>`
  select t.name as table_name, c.name as column_name, c.pk as pk_position
  from pragma_table_list as t join pragma_table_info(t.name) as c
  where t.schema = 'main' and t.type = 'table' and t.name not like 'sqlite\\_%' escape '\\'
  order by t.name, c.cid`;

const sqliteReferences = sql<ReferenceRow>`
  select t.name as table_name, f."table" as ref
  from pragma_table_list as t join pragma_foreign_key_list(t.name) as f
  where t.schema = 'main' and t.type = 'table'`;

const postgresColumns = sql<ColumnRow>`
  select c.relname as table_name, a.attname as column_name,
         coalesce(array_position(p.conkey, a.attnum), 0)::int as pk_position
  from pg_class c
  join pg_namespace n on n.oid = c.relnamespace
  join pg_attribute a on a.attrelid = c.oid and a.attnum > 0 and not a.attisdropped
  left join pg_constraint p on p.conrelid = c.oid and p.contype = 'p'
  where n.nspname = current_schema() and c.relkind in ('r', 'p') and not c.relispartition
  order by c.relname, a.attnum`;

const postgresReferences = sql<ReferenceRow>`
  select c.relname as table_name, r.relname as ref
  from pg_constraint f
  join pg_class c on c.oid = f.conrelid
  join pg_class r on r.oid = f.confrelid
  join pg_namespace n on n.oid = c.relnamespace
  where f.contype = 'f' and n.nspname = current_schema()`;

/**
 * The tables of the connected database with their columns, primary key and foreign keys,
 * ordered so that every table comes after the tables it references (names break ties, so
 * the order is the same on both engines).
 */
export async function readCatalog(db: AnyDb): Promise<TableInfo[]> {
  const pg = db.getExecutor().adapter instanceof PostgresAdapter;
  const columns = (await (pg ? postgresColumns : sqliteColumns).execute(db)).rows;
  const references = (await (pg ? postgresReferences : sqliteReferences).execute(db)).rows;

  const tables = new Map<string, TableInfo & { key: { column: string; position: number }[] }>();
  for (const c of columns) {
    if (c.table_name === MIGRATION_LOCK_TABLE) continue;
    let t = tables.get(c.table_name);
    if (!t) {
      t = { name: c.table_name, columns: [], primaryKey: [], references: [], key: [] };
      tables.set(c.table_name, t);
    }
    t.columns.push(c.column_name);
    if (c.pk_position > 0) t.key.push({ column: c.column_name, position: c.pk_position });
  }
  for (const r of references) {
    const t = tables.get(r.table_name);
    if (t && r.ref !== r.table_name && !t.references.includes(r.ref)) t.references.push(r.ref);
  }
  const infos = [...tables.values()].map(({ key, ...t }) => ({
    ...t,
    primaryKey: key.sort((a, b) => a.position - b.position).map((k) => k.column),
  }));
  return dependencyOrder(infos);
}

function dependencyOrder(tables: TableInfo[]): TableInfo[] {
  const copied = new Set(tables.map((t) => t.name));
  const placed = new Set<string>();
  const ordered: TableInfo[] = [];
  const waiting = [...tables].sort((a, b) => (a.name < b.name ? -1 : 1));
  while (waiting.length > 0) {
    const ready = waiting.find((t) => t.references.every((r) => placed.has(r) || !copied.has(r)));
    if (!ready) throw new Error(`tables ${waiting.map((t) => t.name).join(', ')} reference each other in a cycle`);
    waiting.splice(waiting.indexOf(ready), 1);
    placed.add(ready.name);
    ordered.push(ready);
  }
  return ordered;
}
