import Database from 'better-sqlite3-multiple-ciphers';
import { STATUS_BASES } from '../../src/domain/legal-status.js';

/** What the raw dashboard counts: the scope, the day and the ranges of days and months. */
export interface RawDashboardQuery {
  teamId: string;
  userId: string;
  on: string;
  /** `on` plus 30, 60 and 90 days. */
  ends: readonly [string, string, string];
  /** The first and last months of support received (YYYY-MM). */
  receivedFrom: string;
  receivedTo: string;
  incidentsFrom: string;
  incidentsTo: string;
}

const IN_SCOPE = `c.status <> 'closed'
    and (c.team_id in (@teamId) or exists (select 1 from case_assignments a where a.case_id = c.id and a.user_id = @userId))`;

const BASES = STATUS_BASES.map((b) => `sum(case when s.basis = '${b}' then 1 else 0 end) as "${b}"`).join(',\n      ');

const GROUPS_IN_SCOPE = `select group_id from scope_group_members
    where (member_kind = 'team' and member_id in (@teamId)) or (member_kind = 'user' and member_id = @userId)`;

const STANDINGS = `
  select count(*) as clients,
    sum(case when s.computed_on <= @on and (s.valid_until is null or s.valid_until > @on) then 1 else 0 end) as holding,
    ${BASES},
    sum(case when s.work_permit = 1 then 1 else 0 end) as work_permit,
    sum(case when s.travel_document = 1 then 1 else 0 end) as travel_document,
    sum(case when s.covered = 1 and s.coverage_ends_on < @end30 then 1 else 0 end) as before30,
    sum(case when s.covered = 1 and s.coverage_ends_on < @end60 then 1 else 0 end) as before60,
    sum(case when s.covered = 1 and s.coverage_ends_on < @end90 then 1 else 0 end) as before90,
    sum(case when s.covered = 1 then 1 else 0 end) as covered
  from client_standing s where s.scope_group in (${GROUPS_IN_SCOPE})`;

const RECEIVED = `
  select r.month, r.currency, count(*) as recipients, cast(sum(r.amount_minor) as bigint) as amount_minor
  from support_month_receipts r
  where r.month >= @receivedFrom and r.month <= @receivedTo
    and r.scope_group in (${GROUPS_IN_SCOPE})
  group by r.month, r.currency`;

const HOLDS = (alias: string) =>
  `case when ${alias}.computed_on <= @on and (${alias}.valid_until is null or ${alias}.valid_until > @on) then 1 else 0 end`;

// As the services count them: from the kept standings that allow the use, with the count of the
// incidents whose row does not hold on the day or is missing (which the services run before has
// worked out, so none).
const ACTS = `
  select a.act_type, a.perpetrator_type, substr(i.occurred_from, 1, 7) as month, count(*) as n,
    (select count(*) from incident_advocacy_standing k where ${HOLDS('k')} = 0)
      + (select count(*) from incidents) - (select count(*) from incident_advocacy_standing) as unsettled
  from incident_advocacy_standing s join incidents i on i.id = s.incident_id join incident_acts a on a.incident_id = s.incident_id
  where s.usable = 1 and ${HOLDS('s')} = 1
    and substr(i.occurred_from, 1, 7) >= @incidentsFrom and substr(i.occurred_from, 1, 7) <= @incidentsTo
    and exists (select 1 from incident_cases ic join cases c on c.id = ic.case_id where ic.incident_id = i.id and ${IN_SCOPE})
  group by a.act_type, a.perpetrator_type, substr(i.occurred_from, 1, 7)`;

const LABELS = `select vocab_number, label_en from vocabulary_terms where vocab_number in (select value from json_each(@terms))`;

const REFERRALS = `
  select r.status, count(*) as n from referrals r join cases c on c.id = r.case_id where ${IN_SCOPE} group by r.status`;

const EXCHANGES = `
  select o.id, o.name, e.requested_on, e.outcome_on from engagements e join organizations o on o.id = e.organization_id
  where e.status in ('held', 'answered') and e.outcome_on is not null
    and exists (select 1 from engagement_cases ec join cases c on c.id = ec.case_id where ec.engagement_id = e.id and ${IN_SCOPE})`;

/**
 * The dashboard's statements prepared on a connection of its own to the SQLCipher file, with the
 * pragmas of the store (WAL, temporary data in memory, the same page cache): no transaction,
 * policy, audit entry or suppression.
 */
export function openRawDashboard(file: string, sqlcipherKey: Buffer, cacheMb: number) {
  const db = new Database(file);
  db.pragma(`cipher='sqlcipher'`);
  db.pragma('legacy=4');
  db.pragma(`key="x'${sqlcipherKey.toString('hex')}'"`);
  db.pragma('temp_store=MEMORY');
  db.pragma(`cache_size=-${cacheMb * 1024}`);
  const standings = db.prepare(STANDINGS);
  const received = db.prepare(RECEIVED);
  const acts = db.prepare(ACTS);
  const labels = db.prepare(LABELS);
  const referrals = db.prepare(REFERRALS);
  const exchanges = db.prepare(EXCHANGES);
  return {
    run(q: RawDashboardQuery) {
      const scope = { teamId: q.teamId, userId: q.userId };
      const [end30, end60, end90] = q.ends;
      const clients = standings.get({ ...scope, on: q.on, end30, end60, end90 }) as Record<string, number>;
      const actRows = acts.all({
        ...scope,
        on: q.on,
        incidentsFrom: q.incidentsFrom,
        incidentsTo: q.incidentsTo,
      }) as { act_type: string; perpetrator_type: string | null; n: number; unsettled: number }[];
      const terms = [...new Set(actRows.flatMap((r) => [r.act_type, r.perpetrator_type ?? '']))];
      return {
        clients,
        received: received.all({ ...scope, receivedFrom: q.receivedFrom, receivedTo: q.receivedTo }),
        acts: actRows,
        labels: labels.all({ terms: JSON.stringify(terms) }),
        referrals: referrals.all(scope) as { status: string; n: number }[],
        exchanges: exchanges.all(scope),
      };
    },
    close: () => db.close(),
  };
}
