import { cpus } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { sql } from 'kysely';
import { addDays, firstDayAfterMonth, monthsBack } from '../src/domain/calendar.js';
import type { Actor } from '../src/security/roles.js';
import { supportForecast } from '../src/services/support/support-forecast.js';
import { supportReceived } from '../src/services/support/support-received.js';
import { findTeamByName } from '../src/store/users.js';
import { BENCH_DATA_ROOT, BENCH_TEAM, DEFAULT_POPULATION } from './support/bench-data.js';
import { numberFlags } from './support/flags.js';
import { median, percentile } from './support/measure.js';
import { int, mb, table, writeResults } from './support/report.js';
import { BENCH_SUPERVISOR, CASEWORK_ON, ensureCasework, openCasework } from './support/seed-casework.js';

// The support forecast over a whole population, as the supervisor of the practice's team sees
// it, two ways on the same connection to the seeded SQLCipher file:
//   services  supportForecast (who loses all support within N days, who has none) and
//             supportReceived paged through every client (per month and currency, 12 months)
//   raw       one SQL statement for each: coverage merged into islands with window functions,
//             and the receipts grouped by client, month and currency
// npx tsx bench/support-forecast.ts [--clients 100000] [--notes 1000000] [--seed 1]
//                                   [--runs 7] [--warmup 1] [--days 30] [--page 500]
const flags = numberFlags({ ...DEFAULT_POPULATION, runs: 7, warmup: 1, days: 30, page: 500 });
const params = { clients: flags.clients, notes: flags.notes, seed: flags.seed };
const MONTHS = 12;

const { dir, manifest, reused } = await ensureCasework(params, (line) => console.log(line));
console.log(`${reused ? 'Reusing' : 'Seeded'} ${dir}\n${JSON.stringify(manifest.rows)}\n`);
const { store, deps } = await openCasework(dir);
const team = await findTeamByName(deps.db, BENCH_TEAM);
const supervisor = await deps.db
  .selectFrom('users')
  .select('id')
  .where('username', '=', BENCH_SUPERVISOR.username)
  .executeTakeFirstOrThrow();
if (!team) throw new Error('the seeded practice has no team');
const actor: Actor = { userId: supervisor.id, role: 'supervisor', teamIds: [team.id], authenticatedAt: new Date() };

const on = CASEWORK_ON;
const horizonEnd = addDays(on, flags.days);
const to = on.slice(0, 7);
const from = monthsBack(`${to}-01`, MONTHS);
const until = firstDayAfterMonth(to);

const scope = sql`
  scope as (
    select c.client_id, min(c.code) as case_code
    from cases c
    where c.status <> 'closed'
      and (c.team_id = ${team.id}
           or exists (select 1 from case_assignments a where a.case_id = c.id and a.user_id = ${actor.userId}))
    group by c.client_id
  )`;

interface RawOutlook {
  client_id: string;
  label: string;
  case_id: string;
  case_code: string;
  covered_until: string | null;
  resumes_on: string | null;
  last_covered_on: string | null;
}

/** The forecast in one statement: the coverage of each client merged into islands, then classified. */
async function rawForecast() {
  const rows = await sql<RawOutlook>`
    with ${scope},
    terms as (
      select e.person_id, e.starts_on as s,
             coalesce(e.ends_on, case when e.period = 'one_off' then e.starts_on else '9999-12-30' end) as e
      from support_entitlements e join scope on scope.client_id = e.person_id
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
    outlook as (
      select scope.client_id, scope.case_code,
        max(case when m.s <= ${on} and m.e >= ${on} then m.e end) as covered_until,
        min(case when m.s > ${on} then m.s end) as resumes_on,
        max(case when m.e < ${on} then m.e end) as last_covered_on
      from scope left join merged m on m.person_id = scope.client_id
      group by scope.client_id, scope.case_code
    )
    select o.client_id, p.label, cs.id as case_id, o.case_code, o.covered_until, o.resumes_on, o.last_covered_on
    from outlook o join people p on p.id = o.client_id join cases cs on cs.code = o.case_code
    where o.covered_until is null or o.covered_until < ${horizonEnd}`.execute(store.db);
  return rows.rows;
}

interface RawReceipt {
  client_id: string;
  label: string;
  case_id: string;
  case_code: string;
  month: string | null;
  currency: string | null;
  total: number | null;
}

/** Every client in scope with what they received per month and currency, in one statement. */
async function rawReceived() {
  const rows = await sql<RawReceipt>`
    with ${scope},
    totals as (
      select p.person_id, substr(p.paid_on, 1, 7) as month, p.currency, sum(p.amount_minor) as total
      from support_payments p join scope on scope.client_id = p.person_id
      where p.paid_on >= ${`${from}-01`} and p.paid_on < ${until}
      group by p.person_id, substr(p.paid_on, 1, 7), p.currency
    )
    select scope.client_id, pe.label, cs.id as case_id, scope.case_code, t.month, t.currency, t.total
    from scope join people pe on pe.id = scope.client_id join cases cs on cs.code = scope.case_code
    left join totals t on t.person_id = scope.client_id
    order by scope.client_id, t.month, t.currency`.execute(store.db);
  return rows.rows;
}

// Every client listed, as the raw query lists them: the same work on both sides.
const forecastByServices = () => supportForecast(deps, actor, { on, days: flags.days, limit: Number.MAX_SAFE_INTEGER });

async function receivedByServices() {
  const items = [];
  let after: string | undefined;
  let pages = 0;
  for (;;) {
    const page = await supportReceived(deps, actor, { from, to, limit: flags.page, ...(after ? { after } : {}) });
    items.push(...page.items);
    pages += 1;
    if (page.nextAfter === null) return { items, pages };
    after = page.nextAfter;
  }
}

// Both ways must find the same people and the same sums, or the comparison means nothing.
const service = await forecastByServices();
const raw = await rawForecast();
const key = (personId: string, ...dates: (string | null)[]) => `${personId} ${dates.join(' ')}`;
const serviceLosing = service.losing.map((c) => key(c.personId, c.coveredUntil, c.resumesOn)).sort();
const serviceNone = service.withoutSupport.map((c) => key(c.personId, c.lastCoveredOn, c.resumesOn)).sort();
const rawLosing = raw
  .filter((r) => r.covered_until !== null)
  .map((r) => key(r.client_id, r.covered_until, r.resumes_on))
  .sort();
const rawNone = raw
  .filter((r) => r.covered_until === null)
  .map((r) => key(r.client_id, r.last_covered_on, r.resumes_on))
  .sort();
if (JSON.stringify(serviceLosing) !== JSON.stringify(rawLosing)) throw new Error('the losing lists differ');
if (JSON.stringify(serviceNone) !== JSON.stringify(rawNone))
  throw new Error('the lists of clients without support differ');
const received = await receivedByServices();
const rawReceipts = await rawReceived();
const sums = (pairs: [string, number][]) =>
  JSON.stringify(
    Object.entries(pairs.reduce<Record<string, number>>((s, [c, n]) => ({ ...s, [c]: (s[c] ?? 0) + n }), {})).sort(),
  );
const serviceSums = sums(
  received.items.flatMap((c) =>
    c.months.flatMap((m) => m.amounts.map((a) => [a.currency, a.amountMinor] as [string, number])),
  ),
);
const rawSums = sums(rawReceipts.filter((r) => r.currency !== null).map((r) => [r.currency!, r.total!]));
if (serviceSums !== rawSums || received.items.length !== new Set(rawReceipts.map((r) => r.client_id)).size) {
  throw new Error('the receipts differ');
}

const PATHS = {
  'forecast services': forecastByServices,
  'forecast raw': rawForecast,
  'received services': receivedByServices,
  'received raw': rawReceived,
} as const;
type PathName = keyof typeof PATHS;
const names = Object.keys(PATHS) as PathName[];
const times: Record<PathName, number[]> = Object.fromEntries(names.map((n) => [n, []])) as unknown as Record<
  PathName,
  number[]
>;
for (let r = 0; r < flags.warmup + flags.runs; r += 1) {
  // The order turns from run to run, so that no way always runs first.
  for (const name of [...names.slice(r % names.length), ...names.slice(0, r % names.length)]) {
    const t0 = performance.now();
    await PATHS[name]();
    if (r >= flags.warmup) times[name].push(performance.now() - t0);
  }
  console.log(`run ${r + 1}/${flags.warmup + flags.runs}${r < flags.warmup ? ' (warm-up)' : ''}`);
}
await store.close();
const peakRssBytes = process.resourceUsage().maxRSS * 1024;

const stats = (name: PathName) => {
  const sorted = [...times[name]].sort((a, b) => a - b);
  return { p50Ms: percentile(sorted, 0.5), p95Ms: percentile(sorted, 0.95), runsMs: times[name] };
};
const summary = Object.fromEntries(names.map((n) => [n, stats(n)])) as Record<PathName, ReturnType<typeof stats>>;
const ratio = (a: PathName, b: PathName) => median(times[a].map((t, i) => t / times[b][i]!));
const ratios = {
  forecastServicesToRaw: ratio('forecast services', 'forecast raw'),
  receivedServicesToRaw: ratio('received services', 'received raw'),
};

console.log(
  `\nSupport forecast of ${int(service.clients)} clients in open cases (of ${int(params.clients)}), ` +
    `on ${on}, horizon ${flags.days} days: ${int(service.losing.length)} lose all support, ` +
    `${int(service.withoutSupport.length)} have none, ${int(service.covered)} stay covered. ` +
    `Receipts over ${MONTHS} months (${from} to ${to}) in ${received.pages} pages of ${flags.page}. ` +
    `${flags.runs} runs after ${flags.warmup} warm-up.\n`,
);
console.log(
  table(
    ['path', 'p50 ms', 'p95 ms', 'time vs raw'],
    names.map((n) => [
      n,
      summary[n].p50Ms.toFixed(1),
      summary[n].p95Ms.toFixed(1),
      n === 'forecast services'
        ? `${ratios.forecastServicesToRaw.toFixed(2)}x`
        : n === 'received services'
          ? `${ratios.receivedServicesToRaw.toFixed(2)}x`
          : '1.00x',
    ]),
  ),
);
console.log(`\nbenchmark process peak RSS ${mb(peakRssBytes)}`);

const result = {
  benchmark: 'support-forecast',
  measuredAt: new Date().toISOString(),
  engine: 'sqlite (SQLCipher 4, WAL, synchronous=FULL), one connection for both ways',
  population: {
    ...params,
    on,
    casework: manifest.rows,
    caseworkSeedSeconds: manifest.seconds,
    fileBytes: manifest.fileBytes,
  },
  method: {
    actor: 'supervisor of the team that holds every case',
    horizonDays: flags.days,
    receivedMonths: MONTHS,
    receivedPageSize: flags.page,
    runs: flags.runs,
    warmup: flags.warmup,
    ratio: 'median over runs of (services time / raw time) in the same run',
  },
  machine: { cpus: cpus().length, cpu: cpus()[0]?.model ?? 'unknown', node: process.version },
  answer: {
    clients: service.clients,
    losing: service.losing.length,
    withoutSupport: service.withoutSupport.length,
    covered: service.covered,
  },
  paths: summary,
  ratios,
  memory: { benchProcessPeakRssBytes: peakRssBytes },
};
const isDefault = params.clients === DEFAULT_POPULATION.clients && params.notes === DEFAULT_POPULATION.notes;
const out = isDefault
  ? fileURLToPath(new URL('results/support-forecast.json', import.meta.url))
  : join(BENCH_DATA_ROOT, 'results', `support-forecast-${params.clients}-${params.notes}.json`);
await writeResults(out, result);
console.log(`wrote ${out}`);
