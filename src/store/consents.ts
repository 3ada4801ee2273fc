import type { Insertable } from 'kysely';
import type { Db } from './engine.js';
import type { IncidentConsentsTable } from './schema.js';

export function insertConsent(db: Db, row: Insertable<IncidentConsentsTable>) {
  return db.insertInto('incident_consents').values(row).returningAll().executeTakeFirstOrThrow();
}

export function consentsOf(db: Db, incidentId: string) {
  return db
    .selectFrom('incident_consents')
    .selectAll()
    .where('incident_id', '=', incidentId)
    .orderBy('recorded_at')
    .orderBy('id')
    .execute();
}

export function findConsent(db: Db, incidentId: string, id: string) {
  return db
    .selectFrom('incident_consents')
    .selectAll()
    .where('incident_id', '=', incidentId)
    .where('id', '=', id)
    .executeTakeFirst();
}

/** Record a withdrawal on a consent still in force; undefined when it was already withdrawn. */
export function withdrawConsent(
  db: Db,
  id: string,
  withdrawal: { withdrawn_on: string; withdrawal_recorded_by: string; withdrawal_recorded_at: string },
) {
  return db
    .updateTable('incident_consents')
    .set(withdrawal)
    .where('id', '=', id)
    .where('withdrawn_on', 'is', null)
    .returningAll()
    .executeTakeFirst();
}
