import type { Insertable, Updateable } from 'kysely';
import type { Db } from './engine.js';
import type { EngagementAttendeesTable, EngagementsTable, MinutesItemsTable } from './schema.js';

export function insertEngagement(db: Db, row: Insertable<EngagementsTable>) {
  return db.insertInto('engagements').values(row).returningAll().executeTakeFirstOrThrow();
}

export function findEngagement(db: Db, id: string) {
  return db.selectFrom('engagements').selectAll().where('id', '=', id).executeTakeFirst();
}

export function updateEngagement(db: Db, id: string, expectedVersion: number, changes: Updateable<EngagementsTable>) {
  return db
    .updateTable('engagements')
    .set({ ...changes, version: expectedVersion + 1 })
    .where('id', '=', id)
    .where('version', '=', expectedVersion)
    .returningAll()
    .executeTakeFirst();
}

export async function linkEngagementCases(db: Db, engagementId: string, caseIds: readonly string[]) {
  await db
    .insertInto('engagement_cases')
    .values(caseIds.map((caseId) => ({ engagement_id: engagementId, case_id: caseId })))
    .execute();
}

export function engagementCaseIds(db: Db, engagementId: string) {
  return db
    .selectFrom('engagement_cases')
    .select('case_id')
    .where('engagement_id', '=', engagementId)
    .orderBy('case_id')
    .execute()
    .then((rows) => rows.map((r) => r.case_id));
}

/** Engagements that concern a case, newest request first. */
export function engagementsOfCase(db: Db, caseId: string) {
  return db
    .selectFrom('engagements')
    .innerJoin('engagement_cases', 'engagement_cases.engagement_id', 'engagements.id')
    .selectAll('engagements')
    .where('engagement_cases.case_id', '=', caseId)
    .orderBy('engagements.requested_on', 'desc')
    .orderBy('engagements.id')
    .execute();
}

export async function replaceAttendees(db: Db, engagementId: string, rows: Insertable<EngagementAttendeesTable>[]) {
  await db.deleteFrom('engagement_attendees').where('engagement_id', '=', engagementId).execute();
  if (rows.length > 0) await db.insertInto('engagement_attendees').values(rows).execute();
}

export function listAttendees(db: Db, engagementId: string) {
  return db
    .selectFrom('engagement_attendees')
    .leftJoin('people', 'people.id', 'engagement_attendees.person_id')
    .leftJoin('users', 'users.id', 'engagement_attendees.user_id')
    .select([
      'engagement_attendees.position',
      'engagement_attendees.person_id',
      'engagement_attendees.user_id',
      'engagement_attendees.role',
      'people.label as person_label',
      'people.kind as person_kind',
      'people.organization_id as person_organization_id',
      'users.display_name as user_name',
    ])
    .where('engagement_attendees.engagement_id', '=', engagementId)
    .orderBy('engagement_attendees.position')
    .execute();
}

export function insertMinutesItem(db: Db, row: Insertable<MinutesItemsTable>) {
  return db.insertInto('minutes_items').values(row).returningAll().executeTakeFirstOrThrow();
}

export function findMinutesItem(db: Db, id: string) {
  return db.selectFrom('minutes_items').selectAll().where('id', '=', id).executeTakeFirst();
}

export function updateMinutesItem(db: Db, id: string, expectedVersion: number, changes: Updateable<MinutesItemsTable>) {
  return db
    .updateTable('minutes_items')
    .set({ ...changes, version: expectedVersion + 1 })
    .where('id', '=', id)
    .where('version', '=', expectedVersion)
    .returningAll()
    .executeTakeFirst();
}

export function listMinutesItems(db: Db, engagementId: string) {
  return db
    .selectFrom('minutes_items')
    .selectAll()
    .where('engagement_id', '=', engagementId)
    .orderBy('position')
    .execute();
}

export function lastMinutesPosition(db: Db, engagementId: string) {
  return db
    .selectFrom('minutes_items')
    .select((eb) => eb.fn.max<number | null>('position').as('last'))
    .where('engagement_id', '=', engagementId)
    .executeTakeFirstOrThrow()
    .then((r) => r.last ?? 0);
}
