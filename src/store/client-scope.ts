import type { ExpressionBuilder } from 'kysely';
import type { Db } from './engine.js';
import type { Database } from './schema.js';

/** Whose cases a report covers: the cases assigned to the user or to one of their teams. */
export interface CaseScope {
  userId: string;
  teamIds: readonly string[];
}

/**
 * Whether the case of a query's `cases` row is in scope and not closed: a condition to join
 * `cases` with, so that each row is checked against its own case.
 */
export function openCaseInScope(scope: CaseScope) {
  return (eb: ExpressionBuilder<Database, 'cases'>) =>
    eb.and([
      eb('cases.status', '<>', 'closed'),
      eb.or([
        ...(scope.teamIds.length > 0 ? [eb('cases.team_id', 'in', [...scope.teamIds])] : []),
        eb.exists(
          eb
            .selectFrom('case_assignments')
            .select('case_assignments.case_id')
            .whereRef('case_assignments.case_id', '=', 'cases.id')
            .where('case_assignments.user_id', '=', scope.userId),
        ),
      ]),
    ]);
}

/** The cases in scope that are not closed. */
export function openCasesInScope(db: Db, scope: CaseScope) {
  return db.selectFrom('cases').where(openCaseInScope(scope));
}

/**
 * The open cases in scope with their clients, in client id order from after `after` and, for
 * each client, their cases by code: read in pages with a limit, walking the index on client id,
 * and keep the first row of each client (`firstCaseOfEachClient`).
 */
export function clientCasesInScope(db: Db, scope: CaseScope, after: string | null) {
  let q = openCasesInScope(db, scope)
    .innerJoin('people', 'people.id', 'cases.client_id')
    .select(['cases.client_id as personId', 'people.label as label', 'cases.id as caseId', 'cases.code as caseCode'])
    .orderBy('cases.client_id')
    .orderBy('cases.code');
  if (after !== null) q = q.where('cases.client_id', '>', after);
  return q;
}

export interface ScopedClient {
  personId: string;
  label: string;
  caseId: string;
  caseCode: string;
}

/**
 * Each client once, with the lowest code among their cases. A page that ends inside a
 * client's cases still holds that client's first row, and the next page starts after them.
 */
export function firstCaseOfEachClient<T extends ScopedClient>(rows: readonly T[]): T[] {
  return rows.filter((row, i) => i === 0 || rows[i - 1]?.personId !== row.personId);
}

/** One page of the clients in scope from after `after`: at most `limit` rows read, each client once. */
export async function clientsInScope(db: Db, scope: CaseScope, after: string | null, limit: number) {
  const rows = await clientCasesInScope(db, scope, after).limit(limit).execute();
  const last = rows.at(-1);
  return {
    clients: firstCaseOfEachClient(rows),
    /** Where the next page starts, or null when this was the last. */
    nextAfter: rows.length === limit && last ? last.personId : null,
  };
}
