import { PostgresAdapter, type CreateTableBuilder, type Kysely } from 'kysely';

/** The few column types that differ between the engines. */
export function columnTypes(db: Kysely<unknown>) {
  const pg = db.getExecutor().adapter instanceof PostgresAdapter;
  return {
    bytes: pg ? ('bytea' as const) : ('blob' as const),
    bigint: 'bigint' as const,
  };
}

/** A record changed by version (a stale version is refused): its version and when it was made and last changed. */
export function versioned<TB extends string, C extends string>(table: CreateTableBuilder<TB, C>) {
  return table
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull());
}
