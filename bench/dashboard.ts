import { mkdir, writeFile } from 'node:fs/promises';
import { cpus } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { sql, type Insertable } from 'kysely';
import { v4 as uuidv4 } from 'uuid';
import { addDays, firstDayAfterMonth, monthsBack } from '../src/domain/calendar.js';
import { purposesCovering } from '../src/domain/disclosure/purposes-covering.js';
import type { Actor } from '../src/security/roles.js';
import { getDashboard } from '../src/services/dashboard/get-dashboard.js';
import type { Deps } from '../src/services/deps.js';
import type { Db } from '../src/store/engine.js';
import type { Database } from '../src/store/schema.js';
import { findTeamByName } from '../src/store/users.js';
import { Random } from './generate/random.js';
import { BENCH_DATA_ROOT, BENCH_LAWYER, BENCH_TEAM, DEFAULT_POPULATION } from './support/bench-data.js';
import { numberFlags } from './support/flags.js';
import { median, percentile } from './support/measure.js';
import { mb, table } from './support/report.js';
import { BENCH_SUPERVISOR, CASEWORK_ON, ensureCasework, openCasework } from './support/seed-casework.js';

// The whole dashboard over a population, as the supervisor of the team that holds every case
// sees it, two ways on the same connection to the seeded SQLCipher file:
//   services  getDashboard: one use case (policy, audit entry), every aggregate, the support
//             forecast client by client, suppression of every table
//   raw       the same aggregates as plain SQL statements (the support outlook as one statement
//             merging coverage into islands), no transaction, policy, audit or suppression
// The casework copy is extended once with incidents (acts, consents), referrals and requests to
// agencies when it has none.
// npx tsx bench/dashboard.ts [--clients 100000] [--notes 1000000] [--seed 1] [--runs 7] [--warmup 1]
const flags = numberFlags({ ...DEFAULT_POPULATION, runs: 7, warmup: 1 });
const params = { clients: flags.clients, notes: flags.notes, seed: flags.seed };

const ACT_TYPES = ['02010301010004', '02010303000004', '14010101000004', '03010200000004', '07010000000004'];
const PERPETRATOR_TYPES = ['11020000000024', '01010400000024', null];

/** Incidents for a fifth of the clients, a referral for a third, a request to an agency per 30 clients. */
async function seedCaseworkExtras(deps: Deps, seed: number): Promise<Record<string, number>> {
  const db = deps.db;
  const rng = new Random(seed, 'dashboard/extras');
  const at = deps.now().toISOString();
  const lawyer = await db
    .selectFrom('users')
    .select('id')
    .where('username', '=', BENCH_LAWYER.username)
    .executeTakeFirstOrThrow();
  const orgs = (await db.selectFrom('organizations').select('id').execute()).map((o) => o.id);
  const cases = await db.selectFrom('cases').select(['id', 'client_id']).where('status', '<>', 'closed').execute();
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rng.next() * list.length)] as T;
  const day = (daysBefore: number) => addDays(CASEWORK_ON, -daysBefore);
  const rows: { [K in keyof Database]?: Insertable<Database[K]>[] } = {};
  const push = <K extends keyof Database>(t: K, row: Insertable<Database[K]>) => {
    ((rows[t] ??= []) as Insertable<Database[K]>[]).push(row);
  };
  for (const c of cases) {
    if (rng.next() < 0.2) {
      const id = uuidv4();
      const start = day(Math.floor(rng.next() * 1000));
      push('incidents', {
        id,
        title: deps.cipher.encrypt('incidents', 'title', id, 'Threats after leaving'),
        start_value: start,
        start_precision: 'exact',
        occurred_from: start,
        occurred_to: start,
        description: deps.cipher.encrypt('incidents', 'description', id, 'A fictional account of threats.'),
        created_by: lawyer.id,
        version: 1,
        created_at: at,
        updated_at: at,
      });
      push('incident_cases', { incident_id: id, case_id: c.id });
      for (let a = 0; a < 1 + Math.floor(rng.next() * 2); a++) {
        push('incident_acts', {
          id: uuidv4(),
          incident_id: id,
          act_type: pick(ACT_TYPES),
          victim_person_id: c.client_id,
          perpetrator_type: pick(PERPETRATOR_TYPES),
          recorded_by: lawyer.id,
          created_at: at,
        });
      }
      if (rng.next() < 0.7) {
        push('incident_consents', {
          id: uuidv4(),
          incident_id: id,
          purpose: rng.next() < 0.8 ? 'anonymous_advocacy' : 'litigation',
          given_by: c.client_id,
          given_on: start,
          method: 'written',
          recorded_by: lawyer.id,
          recorded_at: at,
          withdrawn_on: rng.next() < 0.05 ? CASEWORK_ON : null,
        });
      }
    }
    if (rng.next() < 0.33) {
      const id = uuidv4();
      const sent = day(Math.floor(rng.next() * 700));
      push('referrals', {
        id,
        case_id: c.id,
        to_organization_id: pick(orgs),
        sent_on: sent,
        purpose: deps.cipher.encrypt('referrals', 'purpose', id, 'Social support'),
        status: pick(['sent', 'accepted', 'declined', 'completed'] as const),
        status_on: sent,
        consent_given_on: sent,
        consent_method: 'in_person',
        consent_recorded_by: lawyer.id,
        consent_recorded_at: at,
        created_by: lawyer.id,
        version: 1,
        created_at: at,
        updated_at: at,
      });
    }
    if (rng.next() < 1 / 30) {
      const id = uuidv4();
      const requested = day(30 + Math.floor(rng.next() * 700));
      const answered = rng.next() < 0.8;
      push('engagements', {
        id,
        organization_id: pick(orgs),
        requested_by: lawyer.id,
        requested_on: requested,
        channel: 'email',
        subject: deps.cipher.encrypt('engagements', 'subject', id, 'A meeting about support'),
        status: answered ? pick(['held', 'answered'] as const) : 'requested',
        outcome_on: answered ? addDays(requested, 3 + Math.floor(rng.next() * 60)) : null,
        version: 1,
        created_at: at,
        updated_at: at,
      });
      push('engagement_cases', { engagement_id: id, case_id: c.id });
    }
  }
  const order: (keyof Database)[] = [
    'incidents',
    'incident_cases',
    'incident_acts',
    'incident_consents',
    'referrals',
    'engagements',
    'engagement_cases',
  ];
  await db.transaction().execute(async (tx: Db) => {
    for (const t of order) {
      const list = (rows[t] ?? []) as Insertable<Database[typeof t]>[];
      for (let i = 0; i < list.length; i += 500) {
        await tx
          .insertInto(t)
          .values(list.slice(i, i + 500))
          .execute();
      }
    }
  });
  return Object.fromEntries(order.map((t) => [t, rows[t]?.length ?? 0]));
}

const { dir, reused } = await ensureCasework(params, (line) => console.log(line));
console.log(`${reused ? 'Reusing' : 'Seeded'} ${dir}`);
const { store, deps } = await openCasework(dir);
deps.now = () => new Date(`${CASEWORK_ON}T12:00:00Z`);
const existing = await deps.db
  .selectFrom('incidents')
  .select((eb) => eb.fn.countAll<number>().as('n'))
  .executeTakeFirstOrThrow();
const extras =
  existing.n > 0
    ? null
    : (console.log('Adding incidents, referrals and requests to agencies…'),
      await seedCaseworkExtras(deps, flags.seed));
if (extras) console.log(JSON.stringify(extras));

const team = await findTeamByName(deps.db, BENCH_TEAM);
const supervisor = await deps.db
  .selectFrom('users')
  .select('id')
  .where('username', '=', BENCH_SUPERVISOR.username)
  .executeTakeFirstOrThrow();
if (!team) throw new Error('the seeded practice has no team');
const actor: Actor = { userId: supervisor.id, role: 'supervisor', teamIds: [team.id], authenticatedAt: new Date() };

const on = CASEWORK_ON;
const to = on.slice(0, 7);
const incidentsFrom = monthsBack(`${to}-01`, 24);
const receivedFrom = monthsBack(`${to}-01`, 12);
const covering = purposesCovering('anonymous_advocacy');
const scope = sql`
  scope as (
    select c.id as case_id, c.client_id from cases c
    where c.status <> 'closed'
      and (c.team_id = ${team.id}
           or exists (select 1 from case_assignments a where a.case_id = c.id and a.user_id = ${actor.userId}))
  ),
  clients as (select distinct client_id from scope)`;

/** The same aggregates as plain statements. */
async function rawDashboard() {
  const db = store.db;
  const basis = await sql`
    with ${scope},
    ranked as (
      select s.person_id, s.basis,
        row_number() over (partition by s.person_id order by s.effective_from desc, s.created_at desc) as rank
      from legal_statuses s join clients on clients.client_id = s.person_id where s.effective_from <= ${on}
    )
    select r.basis, count(*) as n from clients left join ranked r on r.person_id = clients.client_id and r.rank = 1
    group by r.basis`.execute(db);
  const docs = await sql<{ clients: number; permit: number; travel: number }>`
    with ${scope}
    select count(*) as clients,
      sum(case when exists (select 1 from person_documents d where d.person_id = clients.client_id
        and d.kind = 'work_permit' and d.state = 'held' and (d.expires_on is null or d.expires_on >= ${on})) then 1 else 0 end) as permit,
      sum(case when exists (select 1 from person_documents d where d.person_id = clients.client_id
        and d.kind in ('passport', 'travel_document') and d.state = 'held' and (d.expires_on is null or d.expires_on >= ${on})) then 1 else 0 end) as travel
    from clients`.execute(db);
  const outlook = await sql<{ bucket: string; n: number | string }>`
    with ${scope},
    terms as (
      select e.person_id, e.starts_on as s,
             coalesce(e.ends_on, case when e.period = 'one_off' then e.starts_on else '9999-12-30' end) as e
      from support_entitlements e join clients on clients.client_id = e.person_id
      where e.status <> 'suspended'
    ),
    marked as (
      select person_id, s, e,
        case when s <= date(max(e) over (partition by person_id order by s, e
                                         rows between unbounded preceding and 1 preceding), '+1 day')
             then 0 else 1 end as starts_island
      from terms
    ),
    islands as (
      select person_id, s, e,
        sum(starts_island) over (partition by person_id order by s, e rows unbounded preceding) as island
      from marked
    ),
    merged as (select person_id, min(s) as s, max(e) as e from islands group by person_id, island),
    covered as (
      select clients.client_id, max(case when m.s <= ${on} and m.e >= ${on} then m.e end) as until
      from clients left join merged m on m.person_id = clients.client_id group by clients.client_id
    )
    select case when until is null then 'without_support'
                when until >= ${addDays(on, 90)} then 'covered_beyond_90_days'
                when until < ${addDays(on, 30)} then 'within_30_days'
                when until < ${addDays(on, 60)} then 'within_31_60_days'
                else 'within_61_90_days' end as bucket, count(*) as n
    from covered group by bucket`.execute(db);
  const received = await sql`
    with ${scope}
    select substr(p.paid_on, 1, 7) as month, p.currency, count(distinct p.person_id) as recipients, sum(p.amount_minor) as amount
    from support_payments p join clients on clients.client_id = p.person_id
    where p.paid_on >= ${`${receivedFrom}-01`} and p.paid_on < ${firstDayAfterMonth(to)}
    group by substr(p.paid_on, 1, 7), p.currency`.execute(db);
  const acts = await sql<{ n: number | string }>`
    with ${scope},
    needed as (
      select incident_id, victim_person_id as person_id from incident_acts where victim_person_id is not null
      union
      select s.incident_id, s.person_id from incident_sources s where s.person_id is not null
        and not exists (select 1 from incident_acts a where a.incident_id = s.incident_id and a.victim_person_id is not null)
    )
    select a.act_type, a.perpetrator_type, substr(i.occurred_from, 1, 7) as month, count(*) as n
    from incident_acts a join incidents i on i.id = a.incident_id
    where substr(i.occurred_from, 1, 7) between ${incidentsFrom} and ${to}
      and exists (select 1 from incident_cases ic join scope on scope.case_id = ic.case_id where ic.incident_id = i.id)
      and exists (select 1 from needed n where n.incident_id = i.id)
      and not exists (select 1 from needed n where n.incident_id = i.id and not exists (
        select 1 from incident_consents k where k.incident_id = n.incident_id and k.given_by = n.person_id
          and k.source_id is null and k.purpose in (${sql.join(covering)}) and k.given_on <= ${on}
          and (k.withdrawn_on is null or k.withdrawn_on > ${on})))
    group by a.act_type, a.perpetrator_type, substr(i.occurred_from, 1, 7)`.execute(db);
  const referrals = await sql<{ status: string; n: number }>`
    with ${scope}
    select r.status, count(*) as n from referrals r join scope on scope.case_id = r.case_id group by r.status`.execute(
    db,
  );
  const exchanges = await sql`
    with ${scope}
    select o.id, o.name, e.requested_on, e.outcome_on from engagements e join organizations o on o.id = e.organization_id
    where e.status in ('held', 'answered') and e.outcome_on is not null
      and exists (select 1 from engagement_cases ec join scope on scope.case_id = ec.case_id where ec.engagement_id = e.id)`.execute(
    db,
  );
  return { basis, docs: docs.rows[0], outlook: outlook.rows, received, acts, referrals: referrals.rows, exchanges };
}

const servicesDashboard = () => getDashboard(deps, actor, { period: 'quarter' });

// Both ways must count the same, or the comparison means nothing.
const service = await servicesDashboard();
const raw = await rawDashboard();
const rawOutlook = Object.fromEntries(raw.outlook.map((r) => [r.bucket, Number(r.n)]));
const serviceOutlook = Object.fromEntries(
  (service.support.outlook?.keys ?? []).map((k, i) => [k, service.support.outlook?.cells[i]?.count ?? null]),
);
for (const [bucket, n] of Object.entries(serviceOutlook)) {
  if (n !== null && n !== (rawOutlook[bucket] ?? 0)) throw new Error(`the support outlook differs at ${bucket}`);
}
const rawActs = raw.acts.rows.reduce((sum, r) => sum + Number(r.n), 0);
if (service.incidents.byActType.total.count !== null && service.incidents.byActType.total.count !== rawActs) {
  throw new Error('the consented acts differ');
}
if (service.clients.workPermit?.total.count !== Number(raw.docs?.clients)) throw new Error('the clients differ');

const PATHS = { services: servicesDashboard, raw: rawDashboard } as const;
type PathName = keyof typeof PATHS;
const names = Object.keys(PATHS) as PathName[];
const times: Record<PathName, number[]> = { services: [], raw: [] };
for (let r = 0; r < flags.warmup + flags.runs; r += 1) {
  for (const name of [...names.slice(r % names.length), ...names.slice(0, r % names.length)]) {
    const t0 = performance.now();
    await PATHS[name]();
    if (r >= flags.warmup) times[name].push(performance.now() - t0);
  }
  console.log(`run ${r + 1}/${flags.warmup + flags.runs}${r < flags.warmup ? ' (warm-up)' : ''}`);
}
const counts = await deps.db
  .selectFrom('incidents')
  .select((eb) => [
    eb.fn.countAll<number>().as('incidents'),
    eb
      .selectFrom('referrals')
      .select((e) => e.fn.countAll<number>().as('n'))
      .as('referrals'),
    eb
      .selectFrom('engagements')
      .select((e) => e.fn.countAll<number>().as('n'))
      .as('engagements'),
  ])
  .executeTakeFirstOrThrow();
await store.close();

const summary = (ms: number[]) => {
  const sorted = [...ms].sort((a, b) => a - b);
  return {
    p50Ms: Math.round(median(ms) * 10) / 10,
    p95Ms: Math.round(percentile(sorted, 0.95) * 10) / 10,
    runsMs: ms.map((m) => Math.round(m)),
  };
};
const ratios = times.services.map((s, i) => s / (times.raw[i] ?? s));
const result = {
  benchmark: 'dashboard',
  measuredAt: new Date().toISOString(),
  engine: 'sqlite (SQLCipher 4, WAL, synchronous=FULL), one connection for both ways',
  population: { ...params, on, records: counts },
  method: { actor: 'supervisor of the team that holds every case', runs: flags.runs, warmup: flags.warmup },
  machine: { cpus: cpus().length, node: process.version },
  answer: { clients: service.clients.workPermit.total.count, consentedActs: service.incidents.byActType.total.count },
  paths: { services: summary(times.services), raw: summary(times.raw) },
  ratios: { servicesToRaw: Math.round(median(ratios) * 1000) / 1000 },
  targetMs: 300,
  memory: { benchProcessPeakRssBytes: process.resourceUsage().maxRSS * 1024 },
};
console.log(
  table(
    ['path', 'p50 ms', 'p95 ms'],
    names.map((n) => [n, String(result.paths[n].p50Ms), String(result.paths[n].p95Ms)]),
  ),
);
console.log(`services / raw: ${result.ratios.servicesToRaw}; peak RSS ${mb(result.memory.benchProcessPeakRssBytes)}`);
const out = join(
  dirname(fileURLToPath(import.meta.url)),
  'results',
  params.clients === DEFAULT_POPULATION.clients && params.notes === DEFAULT_POPULATION.notes
    ? 'dashboard.json'
    : `dashboard-${params.clients}-${params.notes}.json`,
);
await mkdir(dirname(out), { recursive: true });
await writeFile(out, `${JSON.stringify(result, null, 2)}\n`);
console.log(`Results in ${out} (data in ${BENCH_DATA_ROOT})`);
