import Database from 'better-sqlite3-multiple-ciphers';

/** What the raw dashboard counts: the scope, the day and the ranges of days and months. */
export interface RawDashboardQuery {
  teamId: string;
  userId: string;
  on: string;
  /** `on` plus 30, 60 and 90 days. */
  ends: readonly [string, string, string];
  receivedFrom: string;
  receivedUntil: string;
  incidentsFrom: string;
  incidentsTo: string;
  covering: readonly string[];
}

const SCOPE = `
  select c.id as case_id, c.client_id from cases c
  where c.status <> 'closed'
    and (c.team_id in (@teamId)
         or exists (select 1 from case_assignments a where a.case_id = c.id and a.user_id = @userId))`;

const STANDINGS = `
  with clients as (select distinct client_id from (${SCOPE})),
  standing as materialized (
    select
      (select s.basis from legal_statuses s where s.person_id = clients.client_id and s.effective_from <= @on
       order by s.effective_from desc, s.created_at desc limit 1) as basis,
      (select max(case when d.kind in ('work_permit') then 1 else 0 end)
            + 2 * max(case when d.kind in ('passport', 'travel_document') then 1 else 0 end)
       from person_documents d
       where d.person_id = clients.client_id and d.state = 'held' and (d.expires_on is null or d.expires_on >= @on)) as documents,
      (select case when v.ends_on is null then 3 when v.ends_on < @end30 then 0 when v.ends_on < @end60 then 1
                   when v.ends_on < @end90 then 2 else 3 end
       from support_coverage v
       where v.person_id = clients.client_id and v.starts_on <= @on and (v.ends_on is null or v.ends_on >= @on)) as band
    from clients
  )
  select basis, documents, band, count(*) as n from standing group by basis, documents, band`;

const RECEIVED = `
  with clients as (select distinct client_id from (${SCOPE}))
  select substr(p.paid_on, 1, 7) as month, p.currency, count(distinct p.person_id) as recipients,
         cast(sum(p.amount_minor) as bigint) as amount_minor
  from support_payments p cross join clients
  where clients.client_id = p.person_id and p.paid_on >= @receivedFrom and p.paid_on < @receivedUntil
  group by substr(p.paid_on, 1, 7), p.currency`;

const ACTS = (purposes: number) => `
  with counted_cases as materialized (${SCOPE}),
  needed as (
    select incident_id, victim_person_id as person_id from incident_acts where victim_person_id is not null
    union
    select s.incident_id, s.person_id from incident_sources s
    where s.person_id is not null
      and not exists (select 1 from incident_acts a where a.incident_id = s.incident_id and a.victim_person_id is not null)
  ),
  consented as (
    select incident_id from needed group by incident_id
    having min(case when exists (
      select 1 from incident_consents k
      where k.incident_id = needed.incident_id and k.given_by = needed.person_id and k.source_id is null
        and k.purpose in (${Array.from({ length: purposes }, (_, i) => `@purpose${i}`).join(', ')})
        and k.given_on <= @on and (k.withdrawn_on is null or k.withdrawn_on > @on)
    ) then 1 else 0 end) = 1
  )
  select a.act_type, a.perpetrator_type, substr(i.occurred_from, 1, 7) as month, count(*) as n
  from consented join incidents i on i.id = consented.incident_id join incident_acts a on a.incident_id = i.id
  where substr(i.occurred_from, 1, 7) >= @incidentsFrom and substr(i.occurred_from, 1, 7) <= @incidentsTo
    and exists (select 1 from incident_cases ic join counted_cases on counted_cases.case_id = ic.case_id
                where ic.incident_id = i.id)
  group by a.act_type, a.perpetrator_type, substr(i.occurred_from, 1, 7)`;

const LABELS = `select vocab_number, label_en from vocabulary_terms where vocab_number in (select value from json_each(@terms))`;

const REFERRALS = `
  with counted_cases as materialized (${SCOPE})
  select r.status, count(*) as n from referrals r cross join counted_cases
  where counted_cases.case_id = r.case_id group by r.status`;

const EXCHANGES = `
  select o.id, o.name, e.requested_on, e.outcome_on from engagements e join organizations o on o.id = e.organization_id
  where e.status in ('held', 'answered') and e.outcome_on is not null
    and exists (select 1 from engagement_cases ec join (${SCOPE}) as counted_cases on counted_cases.case_id = ec.case_id
                where ec.engagement_id = e.id)`;

/**
 * The dashboard's statements prepared on a connection of its own to the SQLCipher file, with the
 * pragmas of the store (WAL, temporary data in memory, 64 MiB page cache): no transaction,
 * policy, audit entry or suppression.
 */
export function openRawDashboard(file: string, sqlcipherKey: Buffer, covering: readonly string[]) {
  const db = new Database(file);
  db.pragma(`cipher='sqlcipher'`);
  db.pragma('legacy=4');
  db.pragma(`key="x'${sqlcipherKey.toString('hex')}'"`);
  db.pragma('temp_store=MEMORY');
  db.pragma('cache_size=-65536');
  const standings = db.prepare(STANDINGS);
  const received = db.prepare(RECEIVED);
  const acts = db.prepare(ACTS(covering.length));
  const labels = db.prepare(LABELS);
  const referrals = db.prepare(REFERRALS);
  const exchanges = db.prepare(EXCHANGES);
  return {
    run(q: RawDashboardQuery) {
      const scope = { teamId: q.teamId, userId: q.userId };
      const [end30, end60, end90] = q.ends;
      const clients = standings.all({ ...scope, on: q.on, end30, end60, end90 }) as {
        basis: string | null;
        documents: number | null;
        band: number | null;
        n: number;
      }[];
      const actRows = acts.all({
        ...scope,
        on: q.on,
        incidentsFrom: q.incidentsFrom,
        incidentsTo: q.incidentsTo,
        ...Object.fromEntries(q.covering.map((p, i) => [`purpose${i}`, p])),
      }) as { act_type: string; perpetrator_type: string | null; n: number }[];
      const terms = [...new Set(actRows.flatMap((r) => [r.act_type, r.perpetrator_type ?? '']))];
      return {
        clients,
        received: received.all({ ...scope, receivedFrom: q.receivedFrom, receivedUntil: q.receivedUntil }),
        acts: actRows,
        labels: labels.all({ terms: JSON.stringify(terms) }),
        referrals: referrals.all(scope) as { status: string; n: number }[],
        exchanges: exchanges.all(scope),
      };
    },
    close: () => db.close(),
  };
}
