import { sql, type ExpressionBuilder } from 'kysely';
import type { EngagementStatus } from '../domain/engagement.js';
import { exactMinor } from '../domain/money.js';
import { openCaseInScope, type CaseScope } from './client-scope.js';
import type { Db } from './engine.js';
import { workOutIncidentStandings } from './incident-standing.js';
import type { Database } from './schema.js';
import { groupsInScope } from './scope-groups.js';

/** Whose records a dashboard counts: the open cases of a scope, or every open case. */
export type TotalsScope = { kind: 'cases'; cases: CaseScope } | { kind: 'installation' };

/** Whether the query's `cases` row is an open case counted. */
function caseCounted(scope: TotalsScope) {
  return scope.kind === 'cases'
    ? openCaseInScope(scope.cases)
    : (eb: ExpressionBuilder<Database, 'cases'>) => eb('cases.status', '<>', 'closed');
}

/**
 * Whether a row kept with its client's scope group (`column`) is of a client counted: one in a
 * group the user sees, or any client with an open case for the whole installation.
 */
export function clientGroupCounted(db: Db, scope: TotalsScope, column: string) {
  return scope.kind === 'cases'
    ? sql<boolean>`${sql.ref(column)} in (${groupsInScope(db, scope.cases)})`
    : sql<boolean>`${sql.ref(column)} is not null`;
}

/** Per month (YYYY-MM) and currency, how many clients counted were paid and how much, between two months. */
export async function paymentsByMonth(db: Db, scope: TotalsScope, fromMonth: string, toMonth: string) {
  // The months' receipts in the order of support_month_receipts_month, so that they are grouped
  // as they are read, each with the scope group of its person beside it.
  const rows = await db
    .selectFrom('support_month_receipts as r')
    .where('r.month', '>=', fromMonth)
    .where('r.month', '<=', toMonth)
    .where(clientGroupCounted(db, scope, 'r.scope_group'))
    .select([
      'r.month as month',
      'r.currency as currency',
      (eb) => eb.fn.countAll<number | string>().as('recipients'),
      sql<number | string>`cast(sum(r.amount_minor) as bigint)`.as('amount_minor'),
    ])
    .groupBy(['r.month', 'r.currency'])
    .execute();
  return rows.map((r) => ({
    month: r.month,
    currency: r.currency,
    recipients: Number(r.recipients),
    amountMinor: exactMinor(r.amount_minor),
  }));
}

/** Attempts at working out the incidents' standings that do not hold before giving up (each one is a change made meanwhile). */
const ATTEMPTS = 3;

/**
 * The acts of the incidents of the cases counted that may be used for anonymous advocacy on
 * `on`: every person the incident was done to (the victims among the people on record; when none
 * is a person, the people who told of it) has an incident-wide consent in force that covers it,
 * as kept per incident (domain/incident-standing.ts). Counted by act type, perpetrator type and
 * the month the incident started, between two months.
 *
 * Every incident has a kept row (from the upgrade that added them, or from its first act), so
 * the count starts from the rows that allow the use and reads no other incident. The same
 * statement counts the incidents whose row does not hold on the day (changed since, or past the
 * day it held until) or is missing; when there are some, those are worked out from their records
 * and kept, and the count runs again.
 */
export async function consentedActs(db: Db, scope: TotalsScope, q: { on: string; fromMonth: string; toMonth: string }) {
  const month = sql<string>`substr(incidents.occurred_from, 1, 7)`;
  // 1 when the kept row holds on the day, else 0 (never worked out, changed since, or past its day).
  const holdsOn = (alias: string) => {
    const [computed, until] = [sql.ref(`${alias}.computed_on`), sql.ref(`${alias}.valid_until`)];
    return sql<number>`case when ${computed} <= ${q.on} and (${until} is null or ${until} > ${q.on}) then 1 else 0 end`;
  };
  // The incidents to work out: rows that do not hold, and (never so, short of a write beside the
  // store) an incident without a row, which would otherwise be left out unseen.
  const notHolding = () =>
    db.selectFrom('incident_advocacy_standing as k').where(holdsOn('k'), '=', 0).select(['k.incident_id', 'k.version']);
  const withoutRow = () =>
    db
      .selectFrom('incidents as i')
      .where((eb) =>
        eb.not(
          eb.exists(
            eb
              .selectFrom('incident_advocacy_standing as r')
              .select('r.incident_id')
              .whereRef('r.incident_id', '=', 'i.id'),
          ),
        ),
      )
      .select(['i.id as incident_id', sql<number>`0`.as('version')]);
  // How many those are, without looking for the missing rows: each row is of one incident, so
  // as many rows as incidents means none is missing.
  const unsettled = sql<number | string>`(select count(*) from (${notHolding()}) as u)
    + (select count(*) from incidents) - (select count(*) from incident_advocacy_standing)`;
  for (let attempt = 1; ; attempt += 1) {
    const rows = await db
      .selectFrom('incident_advocacy_standing as s')
      .innerJoin('incidents', 'incidents.id', 's.incident_id')
      .innerJoin('incident_acts', 'incident_acts.incident_id', 's.incident_id')
      .where('s.usable', '=', 1)
      .where(holdsOn('s'), '=', 1)
      .where(month, '>=', q.fromMonth)
      .where(month, '<=', q.toMonth)
      .where((eb) =>
        eb.exists(
          eb
            .selectFrom('incident_cases')
            .innerJoin('cases', 'cases.id', 'incident_cases.case_id')
            .where(caseCounted(scope))
            .select('incident_cases.case_id')
            .whereRef('incident_cases.incident_id', '=', 'incidents.id'),
        ),
      )
      .select((eb) => [
        'incident_acts.act_type as actType',
        'incident_acts.perpetrator_type as perpetratorType',
        month.as('month'),
        eb.fn.countAll<number | string>().as('n'),
        unsettled.as('unsettled'),
      ])
      .groupBy(['incident_acts.act_type', 'incident_acts.perpetrator_type', month])
      .execute();
    const stale =
      rows.length > 0 && Number(rows[0]?.unsettled) === 0
        ? []
        : [...(await notHolding().execute()), ...(await withoutRow().execute())];
    if (stale.length === 0) return rows.map((r) => ({ ...r, count: Number(r.n) }));
    if (attempt === ATTEMPTS)
      throw new Error('the consents of the incidents kept changing while their acts were counted');
    await workOutIncidentStandings(
      db,
      stale.map((i) => ({ incidentId: i.incident_id, version: i.version })),
      q.on,
    );
  }
}

/** The English labels of vocabulary terms. */
export async function termLabels(db: Db, vocabNumbers: readonly string[]) {
  if (vocabNumbers.length === 0) return new Map<string, string>();
  const rows = await db
    .selectFrom('vocabulary_terms')
    .select(['vocab_number', 'label_en'])
    .where('vocab_number', 'in', [...vocabNumbers])
    .execute();
  return new Map(rows.map((r) => [r.vocab_number, r.label_en]));
}

/** The referrals of the cases counted, by status. */
export async function referralsByStatus(db: Db, scope: TotalsScope) {
  // The referrals in status order (referrals_status), each checked against its own case.
  const rows = await db
    .selectFrom('referrals')
    .innerJoin('cases', 'cases.id', 'referrals.case_id')
    .where(caseCounted(scope))
    .select(['referrals.status as status', (eb) => eb.fn.countAll<number | string>().as('n')])
    .groupBy('referrals.status')
    .execute();
  return rows.map((r) => ({ status: r.status, count: Number(r.n) }));
}

/**
 * Requests to organizations that were answered or met, with their dates: those about a case
 * counted (any of their cases), or every one for the whole installation.
 */
export function exchangesWithOrganizations(db: Db, scope: TotalsScope, statuses: readonly EngagementStatus[]) {
  let q = db
    .selectFrom('engagements')
    .innerJoin('organizations', 'organizations.id', 'engagements.organization_id')
    .where('engagements.status', 'in', [...statuses])
    .where('engagements.outcome_on', 'is not', null)
    .select([
      'organizations.id as organizationId',
      'organizations.name as organizationName',
      'engagements.requested_on as requestedOn',
      'engagements.outcome_on as outcomeOn',
    ]);
  if (scope.kind === 'cases') {
    q = q.where((eb) =>
      eb.exists(
        eb
          .selectFrom('engagement_cases')
          .innerJoin('cases', 'cases.id', 'engagement_cases.case_id')
          .where(caseCounted(scope))
          .select('engagement_cases.case_id')
          .whereRef('engagement_cases.engagement_id', '=', 'engagements.id'),
      ),
    );
  }
  return q.execute();
}
