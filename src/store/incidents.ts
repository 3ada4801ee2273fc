import type { Insertable, Updateable } from 'kysely';
import type { Db } from './engine.js';
import { incidentStandingChanged } from './incident-standing.js';
import type {
  IncidentActsTable,
  IncidentInterventionsTable,
  IncidentInvolvementsTable,
  IncidentSourcesTable,
  IncidentsTable,
} from './schema.js';

export function insertIncident(db: Db, row: Insertable<IncidentsTable>) {
  return db.insertInto('incidents').values(row).returningAll().executeTakeFirstOrThrow();
}

export function findIncident(db: Db, id: string) {
  return db.selectFrom('incidents').selectAll().where('id', '=', id).executeTakeFirst();
}

export function updateIncident(db: Db, id: string, expectedVersion: number, changes: Updateable<IncidentsTable>) {
  return db
    .updateTable('incidents')
    .set({ ...changes, version: expectedVersion + 1 })
    .where('id', '=', id)
    .where('version', '=', expectedVersion)
    .returningAll()
    .executeTakeFirst();
}

/** Mark an incident changed (a part was added), so a stale edit of it is refused. */
export function touchIncident(db: Db, id: string, at: string) {
  return db
    .updateTable('incidents')
    .set((eb) => ({ version: eb('version', '+', 1), updated_at: at }))
    .where('id', '=', id)
    .execute();
}

export function linkIncidentCase(db: Db, incidentId: string, caseId: string) {
  return db
    .insertInto('incident_cases')
    .values({ incident_id: incidentId, case_id: caseId })
    .onConflict((oc) => oc.columns(['incident_id', 'case_id']).doNothing())
    .execute();
}

export function incidentCaseIds(db: Db, incidentId: string) {
  return db
    .selectFrom('incident_cases')
    .select('case_id')
    .where('incident_id', '=', incidentId)
    .orderBy('case_id')
    .execute()
    .then((rows) => rows.map((r) => r.case_id));
}

/** The incidents of a case, newest first (ids are UUIDv7). */
export function incidentsOfCase(db: Db, caseId: string, limit: number, before?: string) {
  let q = db
    .selectFrom('incidents')
    .innerJoin('incident_cases', 'incident_cases.incident_id', 'incidents.id')
    .selectAll('incidents')
    .where('incident_cases.case_id', '=', caseId);
  if (before) q = q.where('incidents.id', '<', before);
  return q.orderBy('incidents.id', 'desc').limit(limit).execute();
}

/** Record an act; a victim who is a person is one more whose consent a use of the incident needs. */
export async function insertAct(db: Db, row: Insertable<IncidentActsTable>, rights: readonly string[]) {
  const act = await db.insertInto('incident_acts').values(row).returningAll().executeTakeFirstOrThrow();
  await incidentStandingChanged(db, act.incident_id);
  if (rights.length > 0) {
    await db
      .insertInto('incident_act_rights')
      .values(rights.map((r) => ({ act_id: act.id, right_term: r })))
      .execute();
  }
  return act;
}

export function actsOf(db: Db, incidentId: string) {
  return db
    .selectFrom('incident_acts')
    .selectAll()
    .where('incident_id', '=', incidentId)
    .orderBy('created_at')
    .orderBy('id')
    .execute();
}

export function rightsOfActs(db: Db, actIds: readonly string[]) {
  if (actIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('incident_act_rights')
    .selectAll()
    .where('act_id', 'in', [...actIds])
    .orderBy('right_term')
    .execute();
}

export function insertInvolvement(db: Db, row: Insertable<IncidentInvolvementsTable>) {
  return db.insertInto('incident_involvements').values(row).returningAll().executeTakeFirstOrThrow();
}

export function involvementsOf(db: Db, incidentId: string) {
  return db
    .selectFrom('incident_involvements')
    .selectAll()
    .where('incident_id', '=', incidentId)
    .orderBy('created_at')
    .orderBy('id')
    .execute();
}

/** Record a source; without a victim who is a person, the people who told of the incident consent to its use. */
export async function insertSource(db: Db, row: Insertable<IncidentSourcesTable>) {
  const source = await db.insertInto('incident_sources').values(row).returningAll().executeTakeFirstOrThrow();
  await incidentStandingChanged(db, source.incident_id);
  return source;
}

export function sourcesOf(db: Db, incidentId: string) {
  return db
    .selectFrom('incident_sources')
    .selectAll()
    .where('incident_id', '=', incidentId)
    .orderBy('created_at')
    .orderBy('id')
    .execute();
}

export function findSource(db: Db, incidentId: string, sourceId: string) {
  return db
    .selectFrom('incident_sources')
    .selectAll()
    .where('incident_id', '=', incidentId)
    .where('id', '=', sourceId)
    .executeTakeFirst();
}

export function findSourceById(db: Db, sourceId: string) {
  return db.selectFrom('incident_sources').selectAll().where('id', '=', sourceId).executeTakeFirst();
}

export function insertIntervention(db: Db, row: Insertable<IncidentInterventionsTable>) {
  return db.insertInto('incident_interventions').values(row).returningAll().executeTakeFirstOrThrow();
}

export function interventionsOf(db: Db, incidentId: string) {
  return db
    .selectFrom('incident_interventions')
    .selectAll()
    .where('incident_id', '=', incidentId)
    .orderBy('made_on')
    .orderBy('id')
    .execute();
}

export function findIntervention(db: Db, incidentId: string, id: string) {
  return db
    .selectFrom('incident_interventions')
    .selectAll()
    .where('incident_id', '=', incidentId)
    .where('id', '=', id)
    .executeTakeFirst();
}

export function updateIntervention(
  db: Db,
  id: string,
  expectedVersion: number,
  changes: Updateable<IncidentInterventionsTable>,
) {
  return db
    .updateTable('incident_interventions')
    .set({ ...changes, version: expectedVersion + 1 })
    .where('id', '=', id)
    .where('version', '=', expectedVersion)
    .returningAll()
    .executeTakeFirst();
}
