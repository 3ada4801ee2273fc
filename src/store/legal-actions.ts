import type { Insertable, Updateable } from 'kysely';
import type { Db } from './engine.js';
import type { FilingsTable, HearingsTable, LegalActionPartiesTable, LegalActionsTable } from './schema.js';

export function insertLegalAction(db: Db, row: Insertable<LegalActionsTable>) {
  return db.insertInto('legal_actions').values(row).returningAll().executeTakeFirstOrThrow();
}

export function findLegalAction(db: Db, id: string) {
  return db.selectFrom('legal_actions').selectAll().where('id', '=', id).executeTakeFirst();
}

export function updateLegalAction(db: Db, id: string, expectedVersion: number, changes: Updateable<LegalActionsTable>) {
  return db
    .updateTable('legal_actions')
    .set({ ...changes, version: expectedVersion + 1 })
    .where('id', '=', id)
    .where('version', '=', expectedVersion)
    .returningAll()
    .executeTakeFirst();
}

export function legalActionsOfCase(db: Db, caseId: string) {
  return db
    .selectFrom('legal_actions')
    .selectAll()
    .where('case_id', '=', caseId)
    .orderBy('opened_on', 'desc')
    .orderBy('id')
    .execute();
}

export async function insertParties(db: Db, rows: Insertable<LegalActionPartiesTable>[]) {
  if (rows.length > 0) await db.insertInto('legal_action_parties').values(rows).execute();
}

export function partiesOf(db: Db, legalActionId: string) {
  return db
    .selectFrom('legal_action_parties')
    .selectAll()
    .where('legal_action_id', '=', legalActionId)
    .orderBy('position')
    .execute();
}

export function insertHearing(db: Db, row: Insertable<HearingsTable>) {
  return db.insertInto('hearings').values(row).returningAll().executeTakeFirstOrThrow();
}

export function findHearing(db: Db, legalActionId: string, id: string) {
  return db
    .selectFrom('hearings')
    .selectAll()
    .where('legal_action_id', '=', legalActionId)
    .where('id', '=', id)
    .executeTakeFirst();
}

export function updateHearing(db: Db, id: string, expectedVersion: number, changes: Updateable<HearingsTable>) {
  return db
    .updateTable('hearings')
    .set({ ...changes, version: expectedVersion + 1 })
    .where('id', '=', id)
    .where('version', '=', expectedVersion)
    .returningAll()
    .executeTakeFirst();
}

export function hearingsOf(db: Db, legalActionId: string) {
  return db
    .selectFrom('hearings')
    .selectAll()
    .where('legal_action_id', '=', legalActionId)
    .orderBy('held_on')
    .orderBy('id')
    .execute();
}

export function insertFiling(db: Db, row: Insertable<FilingsTable>) {
  return db.insertInto('filings').values(row).returningAll().executeTakeFirstOrThrow();
}

export function findFiling(db: Db, legalActionId: string, id: string) {
  return db
    .selectFrom('filings')
    .selectAll()
    .where('legal_action_id', '=', legalActionId)
    .where('id', '=', id)
    .executeTakeFirst();
}

export function updateFiling(db: Db, id: string, expectedVersion: number, changes: Updateable<FilingsTable>) {
  return db
    .updateTable('filings')
    .set({ ...changes, version: expectedVersion + 1 })
    .where('id', '=', id)
    .where('version', '=', expectedVersion)
    .returningAll()
    .executeTakeFirst();
}

export function filingsOf(db: Db, legalActionId: string) {
  return db
    .selectFrom('filings')
    .selectAll()
    .where('legal_action_id', '=', legalActionId)
    .orderBy('created_at')
    .orderBy('id')
    .execute();
}
