import { PostgresAdapter, type Kysely } from 'kysely';

/** The few column types that differ between the engines. */
export function columnTypes(db: Kysely<unknown>) {
  const pg = db.getExecutor().adapter instanceof PostgresAdapter;
  return {
    bytes: pg ? ('bytea' as const) : ('blob' as const),
    bigint: 'bigint' as const,
  };
}
