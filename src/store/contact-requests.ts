import type { Insertable, Updateable } from 'kysely';
import type { Db } from './engine.js';
import type { ContactRequestsTable } from './schema.js';

export function insertContactRequest(db: Db, row: Insertable<ContactRequestsTable>) {
  return db.insertInto('contact_requests').values(row).returningAll().executeTakeFirstOrThrow();
}

export function findContactRequest(db: Db, id: string) {
  return db.selectFrom('contact_requests').selectAll().where('id', '=', id).executeTakeFirst();
}

export function updateContactRequest(
  db: Db,
  id: string,
  expectedVersion: number,
  changes: Updateable<ContactRequestsTable>,
) {
  return db
    .updateTable('contact_requests')
    .set({ ...changes, version: expectedVersion + 1 })
    .where('id', '=', id)
    .where('version', '=', expectedVersion)
    .returningAll()
    .executeTakeFirst();
}
