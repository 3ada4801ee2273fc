import { sql } from 'kysely';
import type { ConsentPurpose } from '../domain/consent.js';
import type { DocumentKind } from '../domain/document.js';
import type { EngagementStatus } from '../domain/engagement.js';
import { exactMinor } from '../domain/money.js';
import { openCasesInScope, type CaseScope } from './client-scope.js';
import type { Db } from './engine.js';

/** Whose records a dashboard counts: the open cases of a scope, or every open case. */
export type TotalsScope = { kind: 'cases'; cases: CaseScope } | { kind: 'installation' };

/** The ids of the open cases counted, as a subquery. */
function casesCounted(db: Db, scope: TotalsScope) {
  const open =
    scope.kind === 'cases' ? openCasesInScope(db, scope.cases) : db.selectFrom('cases').where('status', '<>', 'closed');
  return open.select(['cases.id as case_id', 'cases.client_id as client_id']);
}

/** Each client counted once, with the basis of the status in force on `on` (null when none is recorded). */
export async function clientsByStatusBasis(db: Db, scope: TotalsScope, on: string) {
  const rows = await db
    .with('clients', () => casesCounted(db, scope).clearSelect().select('cases.client_id as client_id').distinct())
    .with('current', (qb) =>
      qb
        .selectFrom('legal_statuses')
        .innerJoin('clients', 'clients.client_id', 'legal_statuses.person_id')
        .where('legal_statuses.effective_from', '<=', on)
        .select((eb) => [
          'legal_statuses.person_id',
          'legal_statuses.basis',
          eb.fn
            .agg<number>('row_number')
            .over((o) =>
              o
                .partitionBy('legal_statuses.person_id')
                .orderBy('legal_statuses.effective_from', 'desc')
                .orderBy('legal_statuses.created_at', 'desc'),
            )
            .as('rank'),
        ]),
    )
    .selectFrom('clients')
    .leftJoin('current', (j) => j.onRef('current.person_id', '=', 'clients.client_id').on('current.rank', '=', 1))
    .select(['current.basis as basis', (eb) => eb.fn.countAll<number | string>().as('n')])
    .groupBy('current.basis')
    .execute();
  return rows.map((r) => ({ basis: r.basis, count: Number(r.n) }));
}

/**
 * How many clients are counted, and how many of them hold a valid document of each group of
 * kinds on `on` (held, and not past its expiry: the rule of `isValidOn`).
 */
export async function clientsHoldingDocuments(
  db: Db,
  scope: TotalsScope,
  on: string,
  groups: Record<'workPermit' | 'travelDocument', readonly DocumentKind[]>,
) {
  const holding = (kinds: readonly DocumentKind[]) => sql<number | string | null>`sum(case when exists (
      select 1 from person_documents d
      where d.person_id = clients.client_id and d.kind in (${sql.join([...kinds])})
        and d.state = 'held' and (d.expires_on is null or d.expires_on >= ${on})
    ) then 1 else 0 end)`;
  const row = await db
    .with('clients', () => casesCounted(db, scope).clearSelect().select('cases.client_id as client_id').distinct())
    .selectFrom('clients')
    .select((eb) => [
      eb.fn.countAll<number | string>().as('clients'),
      holding(groups.workPermit).as('work_permit'),
      holding(groups.travelDocument).as('travel_document'),
    ])
    .executeTakeFirstOrThrow();
  return {
    clients: Number(row.clients),
    // An empty scope sums to null.
    workPermit: Number(row.work_permit ?? 0),
    travelDocument: Number(row.travel_document ?? 0),
  };
}

/** Per month (YYYY-MM) and currency, how many clients counted were paid and how much, between two dates. */
export async function paymentsByMonth(db: Db, scope: TotalsScope, from: string, until: string) {
  const month = sql<string>`substr(support_payments.paid_on, 1, 7)`;
  const rows = await db
    .with('clients', () => casesCounted(db, scope).clearSelect().select('cases.client_id as client_id').distinct())
    .selectFrom('support_payments')
    .innerJoin('clients', 'clients.client_id', 'support_payments.person_id')
    .where('support_payments.paid_on', '>=', from)
    .where('support_payments.paid_on', '<', until)
    .select([
      month.as('month'),
      'support_payments.currency as currency',
      sql<number | string>`count(distinct support_payments.person_id)`.as('recipients'),
      sql<number | string>`cast(sum(support_payments.amount_minor) as bigint)`.as('amount_minor'),
    ])
    .groupBy([month, 'support_payments.currency'])
    .execute();
  return rows.map((r) => ({
    month: r.month,
    currency: r.currency,
    recipients: Number(r.recipients),
    amountMinor: exactMinor(r.amount_minor),
  }));
}

/**
 * The acts of the incidents of the cases counted that may be used for `covering` on `on`: every
 * person the incident was done to (the victims among the people on record; when none is a
 * person, the people who told of it) has an incident-wide consent in force of one of the
 * purposes given — the rule of `mayUseIncident`, as one query. Counted by act type,
 * perpetrator type and the month the incident started, between two months.
 */
export async function consentedActs(
  db: Db,
  scope: TotalsScope,
  q: { on: string; covering: readonly ConsentPurpose[]; fromMonth: string; toMonth: string },
) {
  const month = sql<string>`substr(incidents.occurred_from, 1, 7)`;
  const rows = await db
    .with('counted_cases', () => casesCounted(db, scope))
    .with('needed', (qb) =>
      qb
        .selectFrom('incident_acts')
        .where('victim_person_id', 'is not', null)
        .select(['incident_id', 'victim_person_id as person_id'])
        .union(
          qb
            .selectFrom('incident_sources as s')
            .where('s.person_id', 'is not', null)
            .where((eb) =>
              eb.not(
                eb.exists(
                  eb
                    .selectFrom('incident_acts as a')
                    .select('a.id')
                    .whereRef('a.incident_id', '=', 's.incident_id')
                    .where('a.victim_person_id', 'is not', null),
                ),
              ),
            )
            .select(['s.incident_id', 's.person_id']),
        ),
    )
    .selectFrom('incident_acts')
    .innerJoin('incidents', 'incidents.id', 'incident_acts.incident_id')
    .where(month, '>=', q.fromMonth)
    .where(month, '<=', q.toMonth)
    .where((eb) =>
      eb.exists(
        eb
          .selectFrom('incident_cases')
          .innerJoin('counted_cases', 'counted_cases.case_id', 'incident_cases.case_id')
          .select('incident_cases.case_id')
          .whereRef('incident_cases.incident_id', '=', 'incidents.id'),
      ),
    )
    .where((eb) =>
      eb.exists(eb.selectFrom('needed').select('needed.person_id').whereRef('needed.incident_id', '=', 'incidents.id')),
    )
    .where((eb) =>
      eb.not(
        eb.exists(
          eb
            .selectFrom('needed')
            .select('needed.person_id')
            .whereRef('needed.incident_id', '=', 'incidents.id')
            .where((inner) =>
              inner.not(
                inner.exists(
                  inner
                    .selectFrom('incident_consents as k')
                    .select('k.id')
                    .whereRef('k.incident_id', '=', 'needed.incident_id')
                    .whereRef('k.given_by', '=', 'needed.person_id')
                    .where('k.source_id', 'is', null)
                    .where('k.purpose', 'in', [...q.covering])
                    .where('k.given_on', '<=', q.on)
                    .where((w) => w.or([w('k.withdrawn_on', 'is', null), w('k.withdrawn_on', '>', q.on)])),
                ),
              ),
            ),
        ),
      ),
    )
    .select([
      'incident_acts.act_type as actType',
      'incident_acts.perpetrator_type as perpetratorType',
      month.as('month'),
      (eb) => eb.fn.countAll<number | string>().as('n'),
    ])
    .groupBy(['incident_acts.act_type', 'incident_acts.perpetrator_type', month])
    .execute();
  return rows.map((r) => ({ ...r, count: Number(r.n) }));
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
  const rows = await db
    .with('counted_cases', () => casesCounted(db, scope))
    .selectFrom('referrals')
    .innerJoin('counted_cases', 'counted_cases.case_id', 'referrals.case_id')
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
          .innerJoin(casesCounted(db, scope).as('counted_cases'), 'counted_cases.case_id', 'engagement_cases.case_id')
          .select('engagement_cases.case_id')
          .whereRef('engagement_cases.engagement_id', '=', 'engagements.id'),
      ),
    );
  }
  return q.execute();
}
