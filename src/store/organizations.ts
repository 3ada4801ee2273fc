import type { OrganizationKind } from '../domain/organization.js';
import type { Insertable, Updateable } from 'kysely';
import type { Db } from './engine.js';
import type { OrganizationsTable } from './schema.js';

export function insertOrganization(db: Db, row: Insertable<OrganizationsTable>) {
  return db.insertInto('organizations').values(row).returningAll().executeTakeFirstOrThrow();
}

export function findOrganization(db: Db, id: string) {
  return db.selectFrom('organizations').selectAll().where('id', '=', id).executeTakeFirst();
}

export function listOrganizations(db: Db, opts: { kind?: OrganizationKind; limit: number; offset: number }) {
  let q = db.selectFrom('organizations').selectAll();
  if (opts.kind) q = q.where('kind', '=', opts.kind);
  return q.orderBy('name').orderBy('id').limit(opts.limit).offset(opts.offset).execute();
}

/** Update only when the stored version is the expected one; undefined means it was not. */
export function updateOrganization(
  db: Db,
  id: string,
  expectedVersion: number,
  changes: Updateable<OrganizationsTable>,
) {
  return db
    .updateTable('organizations')
    .set({ ...changes, version: expectedVersion + 1 })
    .where('id', '=', id)
    .where('version', '=', expectedVersion)
    .returningAll()
    .executeTakeFirst();
}
