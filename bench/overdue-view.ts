import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3-multiple-ciphers';
import { sql } from 'kysely';
import { addDays } from '../src/domain/calendar-days.js';
import type { Actor } from '../src/security/roles.js';
import { deriveSubkey } from '../src/security/subkeys.js';
import { listDueTasks } from '../src/services/tasks/list-due-tasks.js';
import { listTeamDueTasks } from '../src/services/tasks/list-team-due-tasks.js';
import { findTeamByName } from '../src/store/users.js';
import { TIMELINE_END } from './generate/population.js';
import { Random } from './generate/random.js';
import {
  BENCH_DATA_ROOT,
  BENCH_LAWYER,
  BENCH_TEAM,
  DEFAULT_POPULATION,
  openBenchSafehold,
  type PopulationParams,
} from './support/bench-data.js';
import { numberFlags } from './support/flags.js';
import { median, medianSummary, summarize, timeInterleaved, type Summary } from './support/measure.js';
import { int, table, writeResults } from './support/report.js';
import { BENCH_SUPERVISOR } from './support/seed-casework.js';
import { ensureTasks, TODAY } from './support/seed-tasks.js';

// "What is overdue and due soon" over a whole practice, on the embedded engine, two ways:
//   services  listDueTasks (the lawyer's own tasks) and listTeamDueTasks (the team's, as its
//             supervisor sees them): a transaction, the policy, three queries, the views
//   raw       the same three statements (counts, overdue page, due-soon page) prepared on the
//             SQLCipher file with better-sqlite3: no transaction, no policy, no mapping
// On the practice with ten years of follow-ups and deadlines (support/seed-tasks.ts).
// npx tsx bench/overdue-view.ts [--clients 100000] [--notes 1000000] [--seed 1]
//                               [--reads 300] [--rounds 3] [--days 14] [--limit 100] [--cacheMb 64]
// --cacheMb sets SQLite's page cache of both connections (the engine's default is 2 MB).
const flags = numberFlags({ ...DEFAULT_POPULATION, reads: 300, rounds: 3, days: 14, limit: 100, cacheMb: 0 });
const params: PopulationParams = { clients: flags.clients, notes: flags.notes, seed: flags.seed };

const { dir, manifest } = await ensureTasks(params);

const { store, deps, dataKey } = await openBenchSafehold(dir);
if (!store.file) throw new Error('the benchmark runs on the embedded engine');
const teamRow = await findTeamByName(deps.db, BENCH_TEAM);
if (!teamRow) throw new Error('the seeded practice has no team');
const teamId = teamRow.id;
const userOf = async (username: string) =>
  deps.db.selectFrom('users').select(['id', 'role']).where('username', '=', username).executeTakeFirstOrThrow();
const actorOf = async (username: string): Promise<Actor> => {
  const u = await userOf(username);
  return { userId: u.id, role: u.role, teamIds: [teamId], authenticatedAt: new Date() };
};
const lawyer = await actorOf(BENCH_LAWYER.username);
const supervisor = await actorOf(BENCH_SUPERVISOR.username);

// The same statements without the layers: prepared once on their own connection to the file.
const raw = new Database(store.file, { readonly: true });
raw.pragma(`cipher='sqlcipher'`);
raw.pragma('legacy=4');
raw.pragma(`key="x'${deriveSubkey(dataKey, 'sqlcipher').toString('hex')}'"`);
if (flags.cacheMb > 0) {
  raw.pragma(`cache_size = -${flags.cacheMb * 1024}`);
  await sql`pragma cache_size = ${sql.raw(String(-flags.cacheMb * 1024))}`.execute(store.db);
}

// A count checks the team's cases as a set read once; a page, case by case (see store/tasks.ts).
type Probe = 'set' | 'row';
const ofTeam = (column: string, probe: Probe) =>
  probe === 'set'
    ? `${column} in (select vc.id from cases vc where vc.team_id = @team)`
    : `exists (select 1 from cases vc where vc.team_id = @team and vc.id = ${column})`;
const visible = (column: string, probe: Probe) =>
  `(${ofTeam(column, probe)} or exists (select 1 from case_assignments a where a.case_id = ${column} and a.user_id = @viewer))`;
const visibleTask = (probe: Probe) =>
  `((t.case_id is not null and ${visible('t.case_id', probe)}) or (t.engagement_id is not null and not exists ` +
  `(select 1 from engagement_cases ec where ec.engagement_id = t.engagement_id and not ${visible('ec.case_id', probe)})))`;
const SCOPES = {
  own: () => 't.assignee_id = @viewer',
  team: (probe: Probe) =>
    `(${ofTeam('t.case_id', probe)} or t.assignee_id in (select user_id from team_members where team_id = @team))`,
};
type ViewName = keyof typeof SCOPES;

interface RawRow {
  id: string;
}

function rawView(view: ViewName) {
  const where = (probe: Probe) => `t.status = 'open' and ${visibleTask(probe)} and ${SCOPES[view](probe)}`;
  const list = (range: string) =>
    raw.prepare<Record<string, string | number>, RawRow>(
      `select t.*, c.code as case_code, p.label as client_label, u.display_name as assignee_name
       from tasks t left join cases c on c.id = t.case_id left join people p on p.id = c.client_id
       join users u on u.id = t.assignee_id
       where ${range} and ${where('row')} order by t.due_on, t.id limit @limit`,
    );
  const counts = raw.prepare<Record<string, string>, { overdue: number; due_soon: number }>(
    `select count(*) filter (where t.due_on < @today) as overdue, count(*) filter (where t.due_on >= @today) as due_soon
     from tasks t where t.due_on <= @until and ${where('set')}`,
  );
  const overdue = list('t.due_on <= @yesterday');
  const dueSoon = list('t.due_on >= @today and t.due_on <= @until');
  const viewer = view === 'own' ? lawyer.userId : supervisor.userId;
  return (today: string) => {
    const p = { viewer, team: teamId, today, until: addDays(today, flags.days), yesterday: addDays(today, -1) };
    const n = counts.get(p);
    return {
      counts: [n?.overdue ?? 0, n?.due_soon ?? 0],
      overdue: overdue.all({ ...p, limit: flags.limit }).map((r) => r.id),
      dueSoon: dueSoon.all({ ...p, limit: flags.limit }).map((r) => r.id),
    };
  };
}

/** The services see "today" through deps.now, as a request on that day would. */
let serviceNow = new Date(TIMELINE_END);
deps.now = () => serviceNow;
function serviceView(view: ViewName) {
  const opts = { days: flags.days, limit: flags.limit };
  return async (today: string) => {
    serviceNow = new Date(`${today}T12:00:00.000Z`);
    const v =
      view === 'own' ? await listDueTasks(deps, lawyer, opts) : await listTeamDueTasks(deps, supervisor, teamId, opts);
    return {
      counts: [v.overdue.count, v.dueSoon.count],
      overdue: v.overdue.items.map((t) => t.id),
      dueSoon: v.dueSoon.items.map((t) => t.id),
    };
  };
}

const PATHS = ['raw', 'services'] as const;
type PathName = (typeof PATHS)[number];
const VIEWS: ViewName[] = ['own', 'team'];
const readers = Object.fromEntries(VIEWS.map((v) => [v, { raw: rawView(v), services: serviceView(v) }])) as Record<
  ViewName,
  Record<PathName, (today: string) => unknown>
>;

// Both paths must give the same answer, or the comparison means nothing.
const probe = TODAY;
const sizes: Record<ViewName, number[]> = { own: [], team: [] };
for (const v of VIEWS) {
  const a = JSON.stringify(await readers[v].raw(probe));
  const b = JSON.stringify(await readers[v].services(probe));
  if (a !== b) throw new Error(`the ${v} view differs between raw and services:\n${a}\n${b}`);
  sizes[v] = (JSON.parse(a) as { counts: number[] }).counts;
}

const loadBefore = loadavg()[0] ?? 0;
const rounds: Record<ViewName, Record<PathName, Summary[]>> = {
  own: { raw: [], services: [] },
  team: { raw: [], services: [] },
};
for (let r = 0; r < flags.rounds; r += 1) {
  // Days of the last quarter of the timeline, in a seeded order: each read asks on one of them.
  const rng = new Random(params.seed, `overdue-view/${r}`);
  const days = Array.from({ length: flags.reads }, () => addDays(TODAY, -rng.int(0, 90)));
  for (const v of VIEWS) {
    const runs = await timeInterleaved(days, readers[v]);
    for (const p of PATHS) rounds[v][p].push(summarize(runs[p]));
  }
  console.log(
    `round ${r + 1}/${flags.rounds}: ` +
      VIEWS.map((v) =>
        PATHS.map((p) => `${v} ${p} ${rounds[v][p].at(-1)?.p50Ms.toFixed(2) ?? '?'} ms`).join(', '),
      ).join('; '),
  );
}
raw.close();
await store.close();

const ratio = (v: ViewName, k: 'p50Ms' | 'p95Ms' | 'meanMs') =>
  median(rounds[v].services.map((s, i) => s[k] / (rounds[v].raw[i]?.[k] ?? Number.NaN)));
const summary = Object.fromEntries(
  VIEWS.map((v) => [
    v,
    {
      overdueAndDueSoon: sizes[v],
      raw: medianSummary(rounds[v].raw),
      services: medianSummary(rounds[v].services),
      servicesVsRaw: { p50: ratio(v, 'p50Ms'), p95: ratio(v, 'p95Ms'), mean: ratio(v, 'meanMs') },
    },
  ]),
) as Record<
  ViewName,
  {
    overdueAndDueSoon: number[];
    raw: Summary;
    services: Summary;
    servicesVsRaw: { p50: number; p95: number; mean: number };
  }
>;

console.log(
  `\nOverdue and due within ${flags.days} days (first ${flags.limit} of each, with full counts) on ${TODAY}: ` +
    `${int(params.clients)} clients, ${int(manifest.tasks)} tasks, ${flags.rounds} rounds of ${int(flags.reads)} ` +
    `reads per path (median); load average ${loadBefore.toFixed(1)} → ${(loadavg()[0] ?? 0).toFixed(1)} on ` +
    `${cpus().length} CPUs\n`,
);
console.log(
  table(
    ['view', 'overdue / due soon', 'path', 'reads/s', 'p50 ms', 'p95 ms', 'p50 vs raw', 'p95 vs raw'],
    VIEWS.flatMap((v) =>
      PATHS.map((p) => [
        v === 'own' ? "the lawyer's own" : "the team's (supervisor)",
        `${int(sizes[v][0] ?? 0)} / ${int(sizes[v][1] ?? 0)}`,
        p,
        int(summary[v][p].readsPerSecond),
        summary[v][p].p50Ms.toFixed(2),
        summary[v][p].p95Ms.toFixed(2),
        p === 'raw' ? '1.00x' : `${summary[v].servicesVsRaw.p50.toFixed(2)}x`,
        p === 'raw' ? '1.00x' : `${summary[v].servicesVsRaw.p95.toFixed(2)}x`,
      ]),
    ),
  ),
);

const full = params.clients === DEFAULT_POPULATION.clients && params.notes === DEFAULT_POPULATION.notes;
const out = full
  ? fileURLToPath(new URL('./results/overdue-view.json', import.meta.url))
  : join(BENCH_DATA_ROOT, 'results', `overdue-view-${params.clients}-${params.notes}.json`);
await writeResults(out, { measuredAt: new Date().toISOString(), flags, on: TODAY, tasks: manifest, summary, rounds });
console.log(`\nresults: ${out}`);
