import { mkdir, writeFile } from 'node:fs/promises';
import { cpus, loadavg } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadConfig } from '../src/config.js';
import { addDays, monthsBack } from '../src/domain/calendar.js';
import type { Actor } from '../src/security/roles.js';
import { deriveSubkey } from '../src/security/subkeys.js';
import { getDashboard } from '../src/services/dashboard/get-dashboard.js';
import { findTeamByName } from '../src/store/users.js';
import { BENCH_DATA_ROOT, BENCH_TEAM, DEFAULT_POPULATION } from './support/bench-data.js';
import { ensureDashboardExtras } from './support/dashboard-extras.js';
import { numberFlags } from './support/flags.js';
import { median, percentile } from './support/measure.js';
import { openRawDashboard, type RawDashboardQuery } from './support/raw-dashboard.js';
import { mb, table } from './support/report.js';
import { BENCH_SUPERVISOR, CASEWORK_ON, ensureCasework, openCasework } from './support/seed-casework.js';

// The whole dashboard over a population, as the supervisor of the team that holds every case
// sees it, two ways on the seeded SQLCipher file:
//   services  getDashboard: one use case (policy, audit entry), every aggregate (status, documents
//             and support outlook of every client in one pass over support_coverage and covering
//             indexes), suppression of every table
//   raw       the same statements prepared on a second connection with the store's pragmas
//             (better-sqlite3-multiple-ciphers), no transaction, policy, audit or suppression
// The casework copy is extended once with incidents (acts, consents), referrals and requests to
// agencies when it has none.
// npx tsx bench/dashboard.ts [--clients 100000] [--notes 1000000] [--seed 1] [--runs 7] [--warmup 1]
const flags = numberFlags({ ...DEFAULT_POPULATION, runs: 7, warmup: 1 });
const params = { clients: flags.clients, notes: flags.notes, seed: flags.seed };

const { dir, reused } = await ensureCasework(params, (line) => console.log(line));
console.log(`${reused ? 'Reusing' : 'Seeded'} ${dir}`);
const { store, deps, dataKey } = await openCasework(dir);
deps.now = () => new Date(`${CASEWORK_ON}T12:00:00Z`);
console.log('Adding incidents, referrals and requests to agencies when the copy has none…');
const extras = await ensureDashboardExtras(deps, flags.seed);
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
const rawQuery: RawDashboardQuery = {
  teamId: team.id,
  userId: actor.userId,
  on,
  ends: [addDays(on, 30), addDays(on, 60), addDays(on, 90)],
  receivedFrom: monthsBack(`${to}-01`, 12),
  receivedTo: to,
  incidentsFrom: monthsBack(`${to}-01`, 24),
  incidentsTo: to,
};
if (!store.file) throw new Error('the casework copy is not on the embedded engine');
const cacheMb = loadConfig({ SAFEHOLD_DATA_DIR: dir }).cacheMb;
const raw = openRawDashboard(store.file, deriveSubkey(dataKey, 'sqlcipher'), cacheMb);
const rawDashboard = () => raw.run(rawQuery);
const servicesDashboard = () => getDashboard(deps, actor, { period: 'quarter' });

// Both ways must count the same, or the comparison means nothing.
const service = await servicesDashboard();
const rawAnswer = rawDashboard();
const rawClients = rawAnswer.clients;
if (rawClients.holding !== rawClients.clients)
  throw new Error('kept standings still to be worked out after a dashboard');
const counted = (n: number | undefined) => n ?? 0;
const rawOutlook: Record<string, number> = {
  within_30_days: counted(rawClients.before30),
  within_31_60_days: counted(rawClients.before60) - counted(rawClients.before30),
  within_61_90_days: counted(rawClients.before90) - counted(rawClients.before60),
  covered_beyond_90_days: counted(rawClients.covered) - counted(rawClients.before90),
  without_support: counted(rawClients.clients) - counted(rawClients.covered),
};
const serviceOutlook = Object.fromEntries(
  (service.support.outlook?.keys ?? []).map((k, i) => [k, service.support.outlook?.cells[i]?.count ?? null]),
);
for (const [bucket, n] of Object.entries(serviceOutlook)) {
  if (n !== null && n !== (rawOutlook[bucket] ?? 0)) throw new Error(`the support outlook differs at ${bucket}`);
}
const rawReceived = (rawAnswer.received as { recipients: number }[]).reduce((sum, r) => sum + r.recipients, 0);
const serviceReceived = (service.support.received?.currencies ?? []).reduce(
  (sum, c) => sum + (c.recipients.total.count ?? NaN),
  0,
);
if (serviceReceived !== rawReceived) throw new Error('the clients paid per month differ');
if (rawReceived === 0) throw new Error('no client was paid in the year: the receipts per month are missing');
if (rawAnswer.acts.some((r) => r.unsettled > 0))
  throw new Error('kept incident standings still to be worked out after a dashboard');
const rawActs = rawAnswer.acts.reduce((sum, r) => sum + r.n, 0);
if (rawActs === 0) throw new Error('no act was counted: the incidents are missing');
if (service.incidents.byActType.total.count !== null && service.incidents.byActType.total.count !== rawActs) {
  throw new Error('the consented acts differ');
}
if (service.clients.workPermit?.total.count !== rawClients.clients) throw new Error('the clients differ');
const rawReferrals = rawAnswer.referrals.reduce((sum, r) => sum + r.n, 0);
if (service.referrals.byOutcome?.total.count !== rawReferrals) throw new Error('the referrals differ');

const PATHS = { services: servicesDashboard, raw: async () => Promise.resolve(rawDashboard()) } as const;
type PathName = keyof typeof PATHS;
const names = Object.keys(PATHS) as PathName[];
const times: Record<PathName, number[]> = { services: [], raw: [] };
const loadBefore = loadavg();
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
raw.close();
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
  engine: `sqlite (SQLCipher 4, WAL, synchronous=FULL, ${cacheMb} MiB page cache); services on the store connection, raw on a second connection with the same pragmas`,
  population: { ...params, on, records: counts },
  method: { actor: 'supervisor of the team that holds every case', runs: flags.runs, warmup: flags.warmup },
  machine: {
    cpus: cpus().length,
    node: process.version,
    // Other work shares the machine: 1, 5 and 15 minute load averages before and after the runs.
    loadAverage: {
      before: loadBefore.map((l) => Math.round(l * 100) / 100),
      after: loadavg().map((l) => Math.round(l * 100) / 100),
    },
  },
  answer: {
    clients: service.clients.workPermit?.total.count ?? null,
    consentedActs: service.incidents.byActType.total.count,
  },
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
console.log(
  `load average ${result.machine.loadAverage.before.join(' ')} before, ${result.machine.loadAverage.after.join(' ')} after`,
);
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
