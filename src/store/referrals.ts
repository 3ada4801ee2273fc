import type { Insertable, Updateable } from 'kysely';
import type { Db } from './engine.js';
import type { ReferralsTable } from './schema.js';

export function insertReferral(db: Db, row: Insertable<ReferralsTable>) {
  return db.insertInto('referrals').values(row).returningAll().executeTakeFirstOrThrow();
}

export function findReferral(db: Db, id: string) {
  return db.selectFrom('referrals').selectAll().where('id', '=', id).executeTakeFirst();
}

export function updateReferral(db: Db, id: string, expectedVersion: number, changes: Updateable<ReferralsTable>) {
  return db
    .updateTable('referrals')
    .set({ ...changes, version: expectedVersion + 1 })
    .where('id', '=', id)
    .where('version', '=', expectedVersion)
    .returningAll()
    .executeTakeFirst();
}

/** The referrals of a case, latest sent first. */
export function referralsOfCase(db: Db, caseId: string) {
  return db
    .selectFrom('referrals')
    .selectAll()
    .where('case_id', '=', caseId)
    .orderBy('sent_on', 'desc')
    .orderBy('id')
    .execute();
}
