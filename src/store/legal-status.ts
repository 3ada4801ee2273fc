import type { Insertable, Updateable } from 'kysely';
import { standingChanged } from './client-standing.js';
import type { Db } from './engine.js';
import type { LegalStatusesTable } from './schema.js';

/** Record a status entry, and mark the person's kept standing to be worked out again. */
export async function insertLegalStatus(db: Db, row: Insertable<LegalStatusesTable>) {
  const inserted = await db.insertInto('legal_statuses').values(row).returningAll().executeTakeFirstOrThrow();
  await standingChanged(db, row.person_id);
  return inserted;
}

/** An entry of the person's history, with the name of the authority. */
function withAuthority(db: Db) {
  return db
    .selectFrom('legal_statuses')
    .leftJoin('organizations', 'organizations.id', 'legal_statuses.authority_id')
    .selectAll('legal_statuses')
    .select('organizations.name as authority_name');
}

export type LegalStatusRow = Awaited<ReturnType<ReturnType<typeof withAuthority>['executeTakeFirstOrThrow']>>;

export function findLegalStatus(db: Db, personId: string, id: string) {
  return withAuthority(db)
    .where('legal_statuses.person_id', '=', personId)
    .where('legal_statuses.id', '=', id)
    .executeTakeFirst();
}

/** The person's status history, latest in effect first. */
export function listLegalStatuses(db: Db, personId: string) {
  return withAuthority(db)
    .where('legal_statuses.person_id', '=', personId)
    .orderBy('legal_statuses.effective_from', 'desc')
    .orderBy('legal_statuses.created_at', 'desc')
    .execute();
}

/** Change a status entry by version, and mark the person's kept standing to be worked out again. */
export async function updateLegalStatus(
  db: Db,
  id: string,
  expectedVersion: number,
  changes: Updateable<LegalStatusesTable>,
) {
  const updated = await db
    .updateTable('legal_statuses')
    .set({ ...changes, version: expectedVersion + 1 })
    .where('id', '=', id)
    .where('version', '=', expectedVersion)
    .returning(['id', 'person_id'])
    .executeTakeFirst();
  if (updated) await standingChanged(db, updated.person_id);
  return updated;
}
