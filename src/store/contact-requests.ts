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

/** The requests of these teams not yet closed, longest received first. */
export function openContactRequestsOfTeams(db: Db, teamIds: readonly string[], limit: number) {
  if (teamIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('contact_requests')
    .select(['id', 'team_id', 'received_on', 'requester', 'status', 'status_on'])
    .where('team_id', 'in', teamIds)
    .where('status', '!=', 'closed')
    .orderBy('received_on')
    .orderBy('id')
    .limit(limit)
    .execute();
}

/** The requests of these teams matched to one person, newest received first. */
export function contactRequestsMatchedTo(db: Db, personId: string, teamIds: readonly string[]) {
  if (teamIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('contact_requests')
    .select(['id', 'team_id', 'received_on', 'requester', 'status', 'status_on'])
    .where('sought_person_id', '=', personId)
    .where('team_id', 'in', teamIds)
    .orderBy('received_on', 'desc')
    .orderBy('id')
    .execute();
}
