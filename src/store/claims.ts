import type { Insertable, Updateable } from 'kysely';
import type { Db } from './engine.js';
import type { ClaimEvidenceTable, ClaimTopicsTable, ClaimsTable } from './schema.js';

export function insertTopic(db: Db, row: Insertable<ClaimTopicsTable>) {
  return db.insertInto('claim_topics').values(row).returningAll().executeTakeFirstOrThrow();
}

export function findTopic(db: Db, id: string) {
  return db.selectFrom('claim_topics').selectAll().where('id', '=', id).executeTakeFirst();
}

export function updateTopic(db: Db, id: string, expectedVersion: number, changes: Updateable<ClaimTopicsTable>) {
  return db
    .updateTable('claim_topics')
    .set({ ...changes, version: expectedVersion + 1 })
    .where('id', '=', id)
    .where('version', '=', expectedVersion)
    .returningAll()
    .executeTakeFirst();
}

export async function linkTopicCases(db: Db, topicId: string, caseIds: readonly string[]) {
  await db
    .insertInto('claim_topic_cases')
    .values(caseIds.map((caseId) => ({ topic_id: topicId, case_id: caseId })))
    .execute();
}

export function topicCaseIds(db: Db, topicId: string) {
  return db
    .selectFrom('claim_topic_cases')
    .select('case_id')
    .where('topic_id', '=', topicId)
    .orderBy('case_id')
    .execute()
    .then((rows) => rows.map((r) => r.case_id));
}

/** Topics that concern a case, by title. */
export function topicsOfCase(db: Db, caseId: string) {
  return db
    .selectFrom('claim_topics')
    .innerJoin('claim_topic_cases', 'claim_topic_cases.topic_id', 'claim_topics.id')
    .selectAll('claim_topics')
    .where('claim_topic_cases.case_id', '=', caseId)
    .orderBy('claim_topics.title')
    .orderBy('claim_topics.id')
    .execute();
}

export function insertClaim(db: Db, row: Insertable<ClaimsTable>) {
  return db.insertInto('claims').values(row).returningAll().executeTakeFirstOrThrow();
}

/** The claims on a topic, in the order they were made. */
export function claimsOfTopic(db: Db, topicId: string) {
  return db
    .selectFrom('claims')
    .selectAll()
    .where('topic_id', '=', topicId)
    .orderBy('asserted_on')
    .orderBy('created_at')
    .orderBy('id')
    .execute();
}

export async function replaceEvidence(db: Db, topicId: string, rows: Insertable<ClaimEvidenceTable>[]) {
  await db.deleteFrom('claim_evidence').where('topic_id', '=', topicId).execute();
  if (rows.length > 0) await db.insertInto('claim_evidence').values(rows).execute();
}

export function evidenceOfTopic(db: Db, topicId: string) {
  return db.selectFrom('claim_evidence').selectAll().where('topic_id', '=', topicId).orderBy('position').execute();
}

/** Whether a document belongs to someone recorded on one of the cases. */
export async function documentOnCases(db: Db, documentId: string, caseIds: readonly string[]): Promise<boolean> {
  if (caseIds.length === 0) return false;
  const row = await db
    .selectFrom('person_documents')
    .innerJoin('case_people', 'case_people.person_id', 'person_documents.person_id')
    .select('person_documents.id')
    .where('person_documents.id', '=', documentId)
    .where('case_people.case_id', 'in', [...caseIds])
    .executeTakeFirst();
  return row !== undefined;
}
