import type { Insertable, Updateable } from 'kysely';
import type { Db } from './engine.js';
import type { ReportConsentsTable, ReportResolutionsTable, ReportsTable } from './schema.js';

export function insertReport(db: Db, row: Insertable<ReportsTable>) {
  return db.insertInto('reports').values(row).returningAll().executeTakeFirstOrThrow();
}

export function findReportOfEngagement(db: Db, engagementId: string) {
  return db.selectFrom('reports').selectAll().where('engagement_id', '=', engagementId).executeTakeFirst();
}

export function updateReport(db: Db, id: string, expectedVersion: number, changes: Updateable<ReportsTable>) {
  return db
    .updateTable('reports')
    .set({ ...changes, version: expectedVersion + 1 })
    .where('id', '=', id)
    .where('version', '=', expectedVersion)
    .returningAll()
    .executeTakeFirst();
}

export function insertResolution(db: Db, row: Insertable<ReportResolutionsTable>) {
  return db.insertInto('report_resolutions').values(row).execute();
}

/** Every resolution recorded on a report, oldest first (a later one for the same hit wins). */
export function resolutionsOf(db: Db, reportId: string) {
  return db
    .selectFrom('report_resolutions')
    .selectAll()
    .where('report_id', '=', reportId)
    .orderBy('resolved_at')
    .orderBy('id')
    .execute();
}

export function insertReportConsent(db: Db, row: Insertable<ReportConsentsTable>) {
  return db.insertInto('report_consents').values(row).returningAll().executeTakeFirstOrThrow();
}

/** Mark a consent withdrawn from a day on; nothing when it is not this report's or was already withdrawn. */
export function withdrawReportConsent(db: Db, reportId: string, consentId: string, withdrawnOn: string) {
  return db
    .updateTable('report_consents')
    .set({ withdrawn_on: withdrawnOn })
    .where('id', '=', consentId)
    .where('report_id', '=', reportId)
    .where('withdrawn_on', 'is', null)
    .returningAll()
    .executeTakeFirst();
}

export function reportConsentsOf(db: Db, reportId: string) {
  return db
    .selectFrom('report_consents')
    .selectAll()
    .where('report_id', '=', reportId)
    .orderBy('recorded_at')
    .orderBy('id')
    .execute();
}

/** The claims whose source is one of these minutes items, with their topic's title, in minutes order. */
export function claimsFromMinutes(db: Db, itemIds: readonly string[]) {
  if (itemIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('claims')
    .innerJoin('claim_topics', 'claim_topics.id', 'claims.topic_id')
    .innerJoin('minutes_items', 'minutes_items.id', 'claims.source_id')
    .select([
      'claims.id',
      'claims.topic_id',
      'claim_topics.title as topic_title',
      'claims.asserted_by_person_id',
      'claims.asserted_by_organization_id',
      'claims.stance',
      'claims.statement',
    ])
    .where('claims.source_kind', '=', 'minutes_item')
    .where('claims.source_id', 'in', [...itemIds])
    .orderBy('minutes_items.position')
    .orderBy('claims.created_at')
    .orderBy('claims.id')
    .execute();
}

/**
 * The people recorded on any of the cases and the others named (the officials of a meeting), with
 * their sealed identity and location.
 */
export function protectedPeople(db: Db, scope: { caseIds: readonly string[]; personIds: readonly string[] }) {
  const caseIds = [...scope.caseIds];
  const personIds = [...new Set(scope.personIds)];
  return db
    .selectFrom('people')
    .innerJoin('person_identities', 'person_identities.person_id', 'people.id')
    .select(['people.id', 'people.kind', 'people.label', 'person_identities.identity', 'person_identities.location'])
    .where((eb) =>
      eb.or([
        ...(caseIds.length > 0
          ? [
              eb(
                'people.id',
                'in',
                eb
                  .selectFrom('case_people')
                  .select('case_people.person_id')
                  .where('case_people.case_id', 'in', caseIds),
              ),
            ]
          : []),
        ...(personIds.length > 0 ? [eb('people.id', 'in', personIds)] : []),
      ]),
    )
    .orderBy('people.id')
    .execute();
}
