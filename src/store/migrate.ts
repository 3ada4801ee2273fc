import { Migrator, type Migration, type MigrationProvider } from 'kysely';
import type { Db } from './engine.js';
import * as core from './migrations/0001-core.js';

/** Migrations in order. The same list runs on both engines. */
const MIGRATIONS: Record<string, Migration> = {
  '0001-core': core,
};

const provider: MigrationProvider = { getMigrations: () => Promise.resolve(MIGRATIONS) };

export async function migrateToLatest(db: Db): Promise<string[]> {
  const migrator = new Migrator({
    db,
    provider,
    migrationTableName: 'schema_migrations',
    migrationLockTableName: 'schema_migrations_lock',
  });
  const { error, results } = await migrator.migrateToLatest();
  if (error) throw error instanceof Error ? error : new Error('migration failed', { cause: error });
  return (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
}
