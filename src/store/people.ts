import type { Insertable, Updateable } from 'kysely';
import type { Db } from './engine.js';
import type { PeopleTable, PersonIdentitiesTable } from './schema.js';

export function insertPerson(db: Db, row: Insertable<PeopleTable>) {
  return db.insertInto('people').values(row).returningAll().executeTakeFirstOrThrow();
}

export function insertIdentity(db: Db, row: Insertable<PersonIdentitiesTable>) {
  return db.insertInto('person_identities').values(row).execute();
}

export function findPerson(db: Db, id: string) {
  return db.selectFrom('people').selectAll().where('id', '=', id).executeTakeFirst();
}

export function findIdentity(db: Db, personId: string) {
  return db.selectFrom('person_identities').selectAll().where('person_id', '=', personId).executeTakeFirst();
}

export function listDirectory(db: Db, opts: { organizationId?: string; limit: number; offset: number }) {
  let q = db.selectFrom('people').selectAll().where('kind', '=', 'official');
  if (opts.organizationId) q = q.where('organization_id', '=', opts.organizationId);
  return q.orderBy('label').orderBy('id').limit(opts.limit).offset(opts.offset).execute();
}

export function updatePerson(db: Db, id: string, expectedVersion: number, changes: Updateable<PeopleTable>) {
  return db
    .updateTable('people')
    .set({ ...changes, version: expectedVersion + 1 })
    .where('id', '=', id)
    .where('version', '=', expectedVersion)
    .returningAll()
    .executeTakeFirst();
}

export function updateIdentity(db: Db, personId: string, changes: Updateable<PersonIdentitiesTable>) {
  return db.updateTable('person_identities').set(changes).where('person_id', '=', personId).execute();
}

/** The cases a person is recorded in (as client or linked person). */
export function casesOfPerson(db: Db, personId: string) {
  return db
    .selectFrom('case_people')
    .select('case_id')
    .where('person_id', '=', personId)
    .execute()
    .then((rows) => rows.map((r) => r.case_id));
}
