import type { ExpressionBuilder } from 'kysely';
import { openCasesInScope, type CaseScope } from './client-scope.js';
import type { Db } from './engine.js';
import type { Database } from './schema.js';

/** The act's victim is a person with no consent recorded on its incident, for any use, ever. */
function victimWithoutConsent(eb: ExpressionBuilder<Database, 'incident_acts'>) {
  return eb.and([
    eb('incident_acts.victim_person_id', 'is not', null),
    eb.not(
      eb.exists(
        eb
          .selectFrom('incident_consents')
          .select('incident_consents.id')
          .whereRef('incident_consents.incident_id', '=', 'incident_acts.incident_id')
          .whereRef('incident_consents.given_by', '=', 'incident_acts.victim_person_id'),
      ),
    ),
  ]);
}

/**
 * Incidents on the open cases in scope with a victim whose consent was never recorded, longest
 * waiting first. A withdrawn consent is an answer: it does not wait.
 */
export function incidentsAwaitingConsent(db: Db, scope: CaseScope, limit: number) {
  return db
    .selectFrom('incidents')
    .selectAll('incidents')
    .where((eb) =>
      eb.exists(
        eb
          .selectFrom('incident_acts')
          .select('incident_acts.id')
          .whereRef('incident_acts.incident_id', '=', 'incidents.id')
          .where(victimWithoutConsent),
      ),
    )
    .where((eb) =>
      eb.exists(
        eb
          .selectFrom('incident_cases')
          .select('incident_cases.case_id')
          .whereRef('incident_cases.incident_id', '=', 'incidents.id')
          .where('incident_cases.case_id', 'in', openCasesInScope(db, scope).select('cases.id')),
      ),
    )
    .orderBy('incidents.created_at')
    .orderBy('incidents.id')
    .limit(limit)
    .execute();
}

/** The victims of one incident (people, each once, by label) with no consent recorded on it. */
export function victimsAwaitingConsent(db: Db, incidentId: string) {
  return db
    .selectFrom('incident_acts')
    .innerJoin('people', 'people.id', 'incident_acts.victim_person_id')
    .where('incident_acts.incident_id', '=', incidentId)
    .where(victimWithoutConsent)
    .select(['people.id', 'people.label'])
    .distinct()
    .orderBy('people.label')
    .orderBy('people.id')
    .execute();
}
