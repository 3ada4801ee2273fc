import type { Insertable } from 'kysely';
import type { Db } from './engine.js';
import type { EvidenceTable } from './schema.js';

export function insertEvidence(db: Db, row: Insertable<EvidenceTable>) {
  return db.insertInto('evidence').values(row).returningAll().executeTakeFirstOrThrow();
}

export function findEvidence(db: Db, id: string) {
  return db.selectFrom('evidence').selectAll().where('id', '=', id).executeTakeFirst();
}

/** The evidence of an incident, or of a case outside any incident; oldest first (ids are UUIDv7). */
export function evidenceOf(db: Db, owner: { incidentId: string } | { caseId: string }) {
  const q = db.selectFrom('evidence').selectAll();
  return ('incidentId' in owner ? q.where('incident_id', '=', owner.incidentId) : q.where('case_id', '=', owner.caseId))
    .orderBy('id')
    .execute();
}

/** Every evidence record, a page at a time in id order: what verification checks. */
export function evidencePage(db: Db, after: string | null, limit: number) {
  let q = db.selectFrom('evidence').select(['id', 'file_id', 'sha256', 'size']);
  if (after !== null) q = q.where('id', '>', after);
  return q.orderBy('id').limit(limit).execute();
}

export function isRecordedFile(db: Db, fileId: string) {
  return db
    .selectFrom('evidence')
    .select('id')
    .where('file_id', '=', fileId)
    .executeTakeFirst()
    .then((r) => r !== undefined);
}
