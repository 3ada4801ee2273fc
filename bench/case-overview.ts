import { cpus } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { sql } from 'kysely';
import { getCaseOverview } from '../src/services/overview/get-case-overview.js';
import { OVERVIEW_TASKS } from '../src/services/overview/tasks-section.js';
import { Random } from './generate/random.js';
import { BENCH_DATA_ROOT, DEFAULT_POPULATION } from './support/bench-data.js';
import { signInLawyer } from './support/bench-session.js';
import { numberFlags } from './support/flags.js';
import { median, relativeRange, summarize, timeEach, type Summary } from './support/measure.js';
import { int, mb, table, writeResults } from './support/report.js';
import { openCasework } from './support/seed-casework.js';
import { ensureTasks } from './support/seed-tasks.js';

// Open the case page of one case: the client's current legal status, documents, support in force
// with its end and the case's open tasks, two ways on the same connection to the seeded SQLCipher
// file of the practice with ten years of tasks (support/seed-tasks.ts):
//   services  getCaseOverview as the assigned lawyer (policy, one transaction, decryption of
//             open questions and document notes, the coverage of the support computed)
//   raw       the same six reads as plain SQL statements (case, client, status history with
//             authorities, documents with issuers, entitlements with providers, open tasks with
//             their case, client label and assignee)
// npx tsx bench/case-overview.ts [--clients 100000] [--notes 1000000] [--seed 1]
//                                [--reads 2000] [--warmup 300] [--rounds 3]
const flags = numberFlags({ ...DEFAULT_POPULATION, reads: 2000, warmup: 300, rounds: 3 });
const params = { clients: flags.clients, notes: flags.notes, seed: flags.seed };
const PATHS = ['raw', 'services'] as const;
type PathName = (typeof PATHS)[number];

const { dir, manifest } = await ensureTasks(params);
const { store, deps } = await openCasework(dir);
const { actor } = await signInLawyer(deps);
const caseIds = (await deps.db.selectFrom('cases').select('id').orderBy('id').execute()).map((r) => r.id);

/** The rows of the case page, read with plain SQL: no policy, no transaction, no decryption. */
async function rawOverview(caseId: string) {
  const kase = (
    await sql<{ id: string; client_id: string }>`select * from cases where id = ${caseId}`.execute(store.db)
  ).rows[0];
  if (!kase) throw new Error(`case ${caseId} not found`);
  const client = await sql`select id, label from people where id = ${kase.client_id}`.execute(store.db);
  const statuses = await sql<{ id: string }>`
    select s.*, o.name as authority_name from legal_statuses s left join organizations o on o.id = s.authority_id
    where s.person_id = ${kase.client_id} order by s.effective_from desc, s.created_at desc`.execute(store.db);
  const documents = await sql<{ id: string }>`
    select d.*, o.name as issuer_organization_name from person_documents d
    left join organizations o on o.id = d.issuer_organization_id
    where d.person_id = ${kase.client_id} order by d.kind, d.created_at desc`.execute(store.db);
  const entitlements = await sql<{ id: string }>`
    select e.*, o.name as provider_name from support_entitlements e join organizations o on o.id = e.provider_id
    where e.person_id = ${kase.client_id} order by e.starts_on desc, e.id`.execute(store.db);
  const tasks = await sql<{ id: string }>`
    select t.*, c.code as case_code, p.label as client_label, u.display_name as assignee_name
    from tasks t left join cases c on c.id = t.case_id left join people p on p.id = c.client_id
    join users u on u.id = t.assignee_id
    where t.case_id = ${caseId} and t.status = 'open' order by t.due_on, t.id`.execute(store.db);
  return {
    kase,
    client: client.rows[0],
    statuses: statuses.rows,
    documents: documents.rows,
    entitlements: entitlements.rows,
    tasks: tasks.rows,
  };
}

/** Each way returns the ids of the documents and of the first open tasks it read, in order. */
const read: Record<PathName, (caseId: string) => Promise<string[]>> = {
  raw: async (caseId) => {
    const page = await rawOverview(caseId);
    return [...page.documents, ...page.tasks.slice(0, OVERVIEW_TASKS)].map((r) => r.id);
  },
  services: async (caseId) => {
    const page = await getCaseOverview(deps, actor, caseId);
    return [...page.documents.items, ...page.tasks.items].map((r) => r.id);
  },
};

// Both ways must read the same rows, or the comparison means nothing.
for (const probe of caseIds.slice(0, 20)) {
  if (JSON.stringify(await read.raw(probe)) !== JSON.stringify(await read.services(probe))) {
    throw new Error(`the two ways read other documents or tasks of case ${probe}`);
  }
}

const rounds: Record<PathName, Summary[]> = { raw: [], services: [] };
for (let r = 0; r < flags.rounds; r += 1) {
  const rng = new Random(params.seed, `case-overview/${r}`);
  const ids = Array.from({ length: flags.warmup + flags.reads }, () => rng.pick(caseIds));
  for (const name of r % 2 === 0 ? PATHS : [...PATHS].reverse()) {
    rounds[name].push(summarize(await timeEach(ids, flags.warmup, read[name])));
  }
  console.log(
    `round ${r + 1}/${flags.rounds}: ${PATHS.map((p) => `${p} ${int(rounds[p].at(-1)!.readsPerSecond)}/s`).join(', ')}`,
  );
}
await store.close();
const peakRssBytes = process.resourceUsage().maxRSS * 1024;

const summary = Object.fromEntries(
  PATHS.map((p) => {
    const of = (k: keyof Summary) => median(rounds[p].map((s) => s[k]));
    return [
      p,
      {
        readsPerSecond: of('readsPerSecond'),
        meanMs: of('meanMs'),
        p50Ms: of('p50Ms'),
        p95Ms: of('p95Ms'),
        readsPerSecondRange: relativeRange(rounds[p].map((s) => s.readsPerSecond)),
      },
    ];
  }),
) as Record<PathName, Summary & { readsPerSecondRange: number }>;
const ratio = (k: 'meanMs' | 'p50Ms') => median(rounds.services.map((s, i) => s[k] / rounds.raw[i]![k]));
const ratios = { servicesToRaw: { mean: ratio('meanMs'), p50: ratio('p50Ms') } };

console.log(
  `\nOpen the case page of one case (status, documents, support and its forecast end, open tasks): ` +
    `${int(caseIds.length)} cases, ${flags.rounds} rounds of ${int(flags.reads)} reads (median)\n`,
);
console.log(
  table(
    ['path', 'reads/s', 'p50 ms', 'p95 ms', 'time vs raw', 'reads/s range'],
    PATHS.map((p) => [
      p,
      int(summary[p].readsPerSecond),
      summary[p].p50Ms.toFixed(3),
      summary[p].p95Ms.toFixed(3),
      p === 'raw' ? '1.00x' : `${ratios.servicesToRaw.mean.toFixed(2)}x`,
      `${(summary[p].readsPerSecondRange * 100).toFixed(0)}%`,
    ]),
  ),
);
console.log(`\nbenchmark process peak RSS ${mb(peakRssBytes)}`);

const result = {
  benchmark: 'case-overview',
  measuredAt: new Date().toISOString(),
  engine: 'sqlite (SQLCipher 4, WAL, synchronous=FULL), one connection for both ways',
  population: {
    ...params,
    cases: caseIds.length,
    tasks: manifest.tasks,
    openTasks: manifest.open,
    fileBytes: manifest.fileBytes,
  },
  method: {
    actor: 'the lawyer assigned to every case',
    caseChoice: 'uniform, seeded, among all cases',
    readsPerRound: flags.reads,
    warmupPerRound: flags.warmup,
    rounds: flags.rounds,
    statistic: 'median over rounds; readsPerSecondRange = (max - min) / median',
  },
  machine: { cpus: cpus().length, cpu: cpus()[0]?.model ?? 'unknown', node: process.version },
  paths: summary,
  ratios,
  memory: { benchProcessPeakRssBytes: peakRssBytes },
};
const isDefault = params.clients === DEFAULT_POPULATION.clients && params.notes === DEFAULT_POPULATION.notes;
const out = isDefault
  ? fileURLToPath(new URL('results/case-overview.json', import.meta.url))
  : join(BENCH_DATA_ROOT, 'results', `case-overview-${params.clients}-${params.notes}.json`);
await writeResults(out, result);
console.log(`wrote ${out}`);
