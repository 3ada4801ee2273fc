import type { ConsentPurpose } from '../domain/consent.js';
import { incidentStandingOn, type IncidentStanding } from '../domain/incident-standing.js';
import type { IncidentUseRecords } from '../domain/incident-use.js';
import type { Db } from './engine.js';
import { rowsOf } from './rows-of.js';

/** Incidents whose records are read, and rows written, per statement. */
const BATCH = 500;

/** The use the kept standing answers: the dashboard counts incidents for anonymous advocacy. */
const KEPT_USE: ConsentPurpose = 'anonymous_advocacy';

/**
 * Mark an incident's kept standing to be worked out again, in the transaction that changed its
 * acts, sources or consents: its day is cleared and its version raised, so that a reading taken
 * before the change is never written back over it.
 */
export async function incidentStandingChanged(db: Db, incidentId: string): Promise<void> {
  await db
    .insertInto('incident_advocacy_standing')
    .values({ incident_id: incidentId, version: 1 })
    .onConflict((oc) =>
      oc.column('incident_id').doUpdateSet((eb) => ({
        version: eb('incident_advocacy_standing.version', '+', 1),
        computed_on: null,
      })),
    )
    .execute();
}

/** The records of these incidents their use is decided from, by incident. */
async function useRecords(db: Db, incidentIds: readonly string[]): Promise<Map<string, IncidentUseRecords>> {
  const victims = await db
    .selectFrom('incident_acts')
    .select(['incident_id', 'victim_person_id as person_id'])
    .where('incident_id', 'in', [...incidentIds])
    .where('victim_person_id', 'is not', null)
    .$narrowType<{ person_id: string }>()
    .execute();
  const sources = await db
    .selectFrom('incident_sources')
    .select(['incident_id', 'person_id'])
    .where('incident_id', 'in', [...incidentIds])
    .where('person_id', 'is not', null)
    .$narrowType<{ person_id: string }>()
    .execute();
  const consents = await db
    .selectFrom('incident_consents')
    .select(['incident_id', 'purpose', 'given_by', 'given_on', 'withdrawn_on'])
    .where('incident_id', 'in', [...incidentIds])
    .where('source_id', 'is', null)
    .execute();
  const victimsOf = rowsOf(victims, 'incident_id');
  const sourcesOf = rowsOf(sources, 'incident_id');
  const consentsOf = rowsOf(consents, 'incident_id');
  return new Map(
    incidentIds.map((id) => [
      id,
      {
        victims: victimsOf(id).map((v) => v.person_id),
        sources: sourcesOf(id).map((s) => s.person_id),
        consents: consentsOf(id).map((c) => ({
          purpose: c.purpose,
          givenBy: c.given_by,
          givenOn: c.given_on,
          withdrawnOn: c.withdrawn_on,
        })),
      },
    ]),
  );
}

/**
 * Work out whether these incidents may be used for `KEPT_USE` on `on` and keep it: each row is
 * written unless the incident's records changed after `version` was read (0 when it had no
 * row).
 */
export async function workOutIncidentStandings(
  db: Db,
  incidents: readonly { incidentId: string; version: number }[],
  on: string,
): Promise<void> {
  for (let i = 0; i < incidents.length; i += BATCH) {
    const batch = incidents.slice(i, i + BATCH);
    const records = await useRecords(
      db,
      batch.map((p) => p.incidentId),
    );
    const worked = batch.map((p) => {
      const r = records.get(p.incidentId);
      if (!r) throw new Error('an incident read is missing from its records');
      return incidentStandingOn(r, KEPT_USE, on);
    });
    await db
      .insertInto('incident_advocacy_standing')
      .values(
        batch.map((p, j) => {
          const s = worked[j] as IncidentStanding;
          return {
            incident_id: p.incidentId,
            version: p.version,
            computed_on: on,
            valid_until: s.validUntil,
            usable: s.usable ? 1 : 0,
          };
        }),
      )
      .onConflict((oc) =>
        oc
          .column('incident_id')
          .doUpdateSet((eb) => ({
            computed_on: eb.ref('excluded.computed_on'),
            valid_until: eb.ref('excluded.valid_until'),
            usable: eb.ref('excluded.usable'),
          }))
          .whereRef('incident_advocacy_standing.version', '=', 'excluded.version'),
      )
      .execute();
  }
}
