import type { Insertable, Updateable } from 'kysely';
import type { Db } from './engine.js';
import type { CaseNotesTable } from './schema.js';

export function insertNote(db: Db, row: Insertable<CaseNotesTable>) {
  return db.insertInto('case_notes').values(row).returningAll().executeTakeFirstOrThrow();
}

export function findNote(db: Db, caseId: string, id: string) {
  return db.selectFrom('case_notes').selectAll().where('case_id', '=', caseId).where('id', '=', id).executeTakeFirst();
}

/** The latest notes of a case, newest first; `before` pages back by note id (UUIDv7). */
export function latestNotes(db: Db, caseId: string, limit: number, before?: string) {
  let q = db.selectFrom('case_notes').selectAll().where('case_id', '=', caseId);
  if (before) q = q.where('id', '<', before);
  return q.orderBy('id', 'desc').limit(limit).execute();
}

export function updateNote(db: Db, id: string, expectedVersion: number, changes: Updateable<CaseNotesTable>) {
  return db
    .updateTable('case_notes')
    .set({ ...changes, version: expectedVersion + 1 })
    .where('id', '=', id)
    .where('version', '=', expectedVersion)
    .returningAll()
    .executeTakeFirst();
}
