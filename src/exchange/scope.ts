import { sql } from 'kysely';
import type { CaseScope } from '../store/client-scope.js';

export type { CaseScope };

/**
 * "The case `caseIdColumn` names is one the user sees" (assigned to them, or to one of their
 * teams; closed ones included), as a condition on the row being read. Pages walk their table
 * by key and test each row through the indexes, so an export costs one pass over the table
 * whatever the number of pages.
 */
export function caseIsVisible(caseIdColumn: string, scope: CaseScope) {
  const assigned = sql`exists (select 1 from case_assignments ca where ca.case_id = c.id and ca.user_id = ${scope.userId})`;
  const teams = scope.teamIds.map((t) => sql`${t}`);
  const visible = teams.length > 0 ? sql`(c.team_id in (${sql.join(teams)}) or ${assigned})` : assigned;
  return sql<boolean>`exists (select 1 from cases c where c.id = ${sql.ref(caseIdColumn)} and ${visible})`;
}

/** "The person `personIdColumn` names is on a case the user sees." */
export function personIsVisible(personIdColumn: string, scope: CaseScope) {
  return sql<boolean>`exists (select 1 from case_people cp where cp.person_id = ${sql.ref(personIdColumn)} and ${caseIsVisible('cp.case_id', scope)})`;
}

/** "Every case the record is linked to through `linkTable` is one the user sees, and it has one." */
export function everyCaseIsVisible(
  linkTable: 'engagement_cases' | 'incident_cases',
  recordColumn: 'engagement_id' | 'incident_id',
  idColumn: string,
  scope: CaseScope,
) {
  const link = sql.table(linkTable);
  const record = sql.ref(`l.${recordColumn}`);
  return sql<boolean>`(exists (select 1 from ${link} l where ${record} = ${sql.ref(idColumn)})
    and not exists (select 1 from ${link} l where ${record} = ${sql.ref(idColumn)} and not ${caseIsVisible('l.case_id', scope)}))`;
}
