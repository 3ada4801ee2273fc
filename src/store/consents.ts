import type { Insertable } from 'kysely';
import type { Db } from './engine.js';
import { incidentStandingChanged } from './incident-standing.js';
import type { IncidentConsentsTable } from './schema.js';

/** Record a consent; one to the whole incident may change whether the incident may be used. */
export async function insertConsent(db: Db, row: Insertable<IncidentConsentsTable>) {
  const consent = await db.insertInto('incident_consents').values(row).returningAll().executeTakeFirstOrThrow();
  await incidentStandingChanged(db, consent.incident_id);
  return consent;
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
export async function withdrawConsent(
  db: Db,
  id: string,
  withdrawal: { withdrawn_on: string; withdrawal_recorded_by: string; withdrawal_recorded_at: string },
) {
  const consent = await db
    .updateTable('incident_consents')
    .set(withdrawal)
    .where('id', '=', id)
    .where('withdrawn_on', 'is', null)
    .returningAll()
    .executeTakeFirst();
  if (consent) await incidentStandingChanged(db, consent.incident_id);
  return consent;
}
