import { Migrator, type Migration, type MigrationProvider, type MigrationResultSet } from 'kysely';
import type { Db } from './engine.js';
import * as core from './migrations/0001-core.js';
import * as auth from './migrations/0002-auth.js';
import * as audit from './migrations/0003-audit.js';
import * as statusSupport from './migrations/0004-status-support.js';
import * as engagements from './migrations/0005-engagements.js';
import * as incidents from './migrations/0006-incidents.js';
import * as contactRequests from './migrations/0007-contact-requests.js';
import * as reports from './migrations/0008-reports.js';
import * as dashboardTotals from './migrations/0009-dashboard-totals.js';
import * as clientStanding from './migrations/0010-client-standing.js';
import * as scopeGroups from './migrations/0011-scope-groups.js';
import * as incidentStanding from './migrations/0012-incident-standing.js';

/** Migrations in order. The same list runs on both engines. */
const MIGRATIONS: Record<string, Migration> = {
  '0001-core': core,
  '0002-auth': auth,
  '0003-audit': audit,
  '0004-status-support': statusSupport,
  '0005-engagements': engagements,
  '0006-incidents': incidents,
  '0007-contact-requests': contactRequests,
  '0008-reports': reports,
  '0009-dashboard-totals': dashboardTotals,
  '0010-client-standing': clientStanding,
  '0011-scope-groups': scopeGroups,
  '0012-incident-standing': incidentStanding,
};

const provider: MigrationProvider = { getMigrations: () => Promise.resolve(MIGRATIONS) };

function migrator(db: Db): Migrator {
  return new Migrator({
    db,
    provider,
    migrationTableName: 'schema_migrations',
    migrationLockTableName: 'schema_migrations_lock',
  });
}

function applied({ error, results }: MigrationResultSet): string[] {
  if (error) throw error instanceof Error ? error : new Error('migration failed', { cause: error });
  return (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
}

export async function migrateToLatest(db: Db): Promise<string[]> {
  return applied(await migrator(db).migrateToLatest());
}

export function knowsMigration(name: string): boolean {
  return Object.hasOwn(MIGRATIONS, name);
}

/**
 * Bring a new database up to the named migration and no further: a backup made at that
 * schema is restored there, then migrated to the latest like any older database.
 */
export async function migrateUpTo(db: Db, name: string): Promise<string[]> {
  return applied(await migrator(db).migrateTo(name));
}
