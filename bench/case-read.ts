import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { getCase } from '../src/services/cases/get-case.js';
import { listNotes } from '../src/services/notes/list-notes.js';
import { deriveSubkey } from '../src/security/subkeys.js';
import { Random } from './generate/random.js';
import { BENCH_DATA_ROOT, DEFAULT_POPULATION, dataDirFor, openBenchSafehold } from './support/bench-data.js';
import { signInLawyer } from './support/bench-session.js';
import { numberFlags } from './support/flags.js';
import { median, medianSummary, relativeRange, summarize, timeInterleaved, type Summary } from './support/measure.js';
import { openRawReader } from './support/raw-reader.js';
import { int, mb, seedTable, table, writeResults } from './support/report.js';
import { ensureSeeded } from './support/seed-population.js';
import { startServerChild } from './support/server-child.js';

// Read one case with its latest 50 notes, three ways, on the embedded engine:
//   raw       two prepared statements on the SQLCipher file (no policy, no decryption)
//   services  getCase + listNotes as the assigned lawyer (policy, transaction, decryption)
//   http      GET /api/cases/:id and GET /api/cases/:id/notes against the server in a child
// The population is seeded first when no seeded directory matches (see seed.ts).
// npx tsx bench/case-read.ts [--clients 100000] [--notes 1000000] [--seed 1]
//                            [--reads 2000] [--warmup 300] [--rounds 3]
const flags = numberFlags({ ...DEFAULT_POPULATION, reads: 2000, warmup: 300, rounds: 3 });
const params = { clients: flags.clients, notes: flags.notes, seed: flags.seed };
const NOTES_PER_READ = 50;
const TARGET_RATIO = 3;
const TARGET_SERVER_RSS_MB = 300;
const PATHS = ['raw', 'services', 'http'] as const;
type PathName = (typeof PATHS)[number];

const { manifest, reused } = await ensureSeeded(params, (line) => console.log(line));
const dataDir = dataDirFor(params);
console.log(`${reused ? 'Reusing' : 'Seeded'} ${dataDir}\n${seedTable(manifest)}\n`);
const { store, deps, dataKey } = await openBenchSafehold(dataDir);
if (!store.file) throw new Error('the read benchmark runs on the embedded engine');
const raw = openRawReader(store.file, deriveSubkey(dataKey, 'sqlcipher'));
const busyCases = raw.casesWithNotes(NOTES_PER_READ);
if (busyCases.length === 0) throw new Error(`no case has ${NOTES_PER_READ} notes: seed more notes`);
const { token, actor } = await signInLawyer(deps);
const server = await startServerChild(dataDir);

async function getJson(path: string): Promise<unknown> {
  const res = await fetch(`${server.url}${path}`, { headers: { authorization: `Bearer ${token}` } });
  if (res.status !== 200) throw new Error(`GET ${path} answered ${res.status}`);
  return res.json();
}

/** Each path returns the ids of the notes it read, newest first. */
const read: Record<PathName, (caseId: string) => string[] | Promise<string[]>> = {
  raw: (caseId) => raw.read(caseId, NOTES_PER_READ).notes.map((n) => n.id),
  services: async (caseId) => {
    await getCase(deps, actor, caseId);
    return (await listNotes(deps, actor, caseId, { limit: NOTES_PER_READ })).map((n) => n.id);
  },
  http: async (caseId) => {
    await getJson(`/api/cases/${caseId}`);
    const notes = (await getJson(`/api/cases/${caseId}/notes?limit=${NOTES_PER_READ}`)) as { items: { id: string }[] };
    return notes.items.map((n) => n.id);
  },
};

// The three paths must read the same rows, or the comparison means nothing.
const probe = busyCases[0]!;
const expected = JSON.stringify(await read.raw(probe));
for (const name of PATHS) {
  if (JSON.stringify(await read[name](probe)) !== expected) throw new Error(`${name} read other notes than raw`);
}

const loadBefore = loadavg()[0]!;
const rounds: Record<PathName, Summary[]> = { raw: [], services: [], http: [] };
for (let r = 0; r < flags.rounds; r += 1) {
  const rng = new Random(params.seed, `case-read/${r}`);
  const ids = Array.from({ length: flags.warmup + flags.reads }, () => rng.pick(busyCases));
  await timeInterleaved(ids.slice(0, flags.warmup), read);
  const serverCpuBefore = (await server.stats()).cpuMs;
  const runs = await timeInterleaved(ids.slice(flags.warmup), read);
  // For HTTP, the CPU time that counts is the server's, not the client's.
  runs.http.cpuMs = (await server.stats()).cpuMs - serverCpuBefore;
  for (const name of PATHS) rounds[name].push(summarize(runs[name]));
  console.log(
    `round ${r + 1}/${flags.rounds}: ${PATHS.map((p) => `${p} ${int(rounds[p].at(-1)!.readsPerSecond)}/s`).join(', ')}`,
  );
}

const serverMemory = await server.stats();
const serverPeakRssBytes = serverMemory.maxRssBytes;
await server.stop();
raw.close();
await store.close();
const benchPeakRssBytes = process.resourceUsage().maxRSS * 1024;
const loadAfter = loadavg()[0]!;

const summary = Object.fromEntries(
  PATHS.map((p) => [
    p,
    {
      ...medianSummary(rounds[p]),
      readsPerSecondRange: relativeRange(rounds[p].map((s) => s.readsPerSecond)),
      rounds: rounds[p],
    },
  ]),
) as Record<PathName, Summary & { readsPerSecondRange: number; rounds: Summary[] }>;
/** Each path against raw, round by round (the same cases), then the median over rounds. */
const vsRaw = (p: PathName, k: 'meanMs' | 'p50Ms' | 'cpuMsPerRead') =>
  median(rounds[p].map((s, i) => s[k] / rounds.raw[i]![k]));
const timeVsRaw = Object.fromEntries(
  PATHS.map((p) => [p, { mean: vsRaw(p, 'meanMs'), p50: vsRaw(p, 'p50Ms'), cpu: vsRaw(p, 'cpuMsPerRead') }]),
) as Record<PathName, { mean: number; p50: number; cpu: number }>;

console.log(
  `\nRead one case and its latest ${NOTES_PER_READ} notes: ${int(params.clients)} clients, ${int(params.notes)} notes, ` +
    `${int(busyCases.length)} cases with ≥ ${NOTES_PER_READ} notes, ${flags.rounds} rounds of ${int(flags.reads)} reads (median); ` +
    `load average ${loadBefore.toFixed(1)} → ${loadAfter.toFixed(1)} on ${cpus().length} CPUs\n`,
);
console.log(
  table(
    ['path', 'reads/s', 'p50 ms', 'p95 ms', 'CPU ms', 'time vs raw', 'p50 vs raw', 'CPU vs raw', 'reads/s range'],
    PATHS.map((p) => [
      p,
      int(summary[p].readsPerSecond),
      summary[p].p50Ms.toFixed(3),
      summary[p].p95Ms.toFixed(3),
      summary[p].cpuMsPerRead.toFixed(3),
      `${timeVsRaw[p].mean.toFixed(2)}x`,
      `${timeVsRaw[p].p50.toFixed(2)}x`,
      `${timeVsRaw[p].cpu.toFixed(2)}x`,
      `${(summary[p].readsPerSecondRange * 100).toFixed(0)}%`,
    ]),
  ),
);
console.log("(CPU ms: CPU time per read — for http, the server process's — which waiting for a core does not inflate)");
const verdict = (met: boolean) => (met ? 'met' : 'MISSED');
console.log(
  `\nservices/raw ${timeVsRaw.services.mean.toFixed(2)}x (target ≤ ${TARGET_RATIO}x): ` +
    verdict(timeVsRaw.services.mean <= TARGET_RATIO),
);
console.log(
  `server peak RSS ${mb(serverPeakRssBytes)} (target < ${TARGET_SERVER_RSS_MB} MB): ` +
    `${verdict(serverPeakRssBytes < TARGET_SERVER_RSS_MB * 1024 * 1024)} ` +
    `(${mb(serverMemory.readyRssBytes)} once listening, before any read); ` +
    `benchmark process (services, raw and HTTP client) ${mb(benchPeakRssBytes)}`,
);

const result = {
  benchmark: 'case-read',
  measuredAt: new Date().toISOString(),
  engine: 'sqlite (SQLCipher 4, WAL, synchronous=FULL)',
  population: {
    ...params,
    casesWithFullPage: busyCases.length,
    seedSeconds: manifest.seconds,
    seedClientsPerSecond: manifest.clientsPerSecond,
    seedNotesPerSecond: manifest.notesPerSecond,
    fileBytes: manifest.fileBytes,
  },
  method: {
    notesPerRead: NOTES_PER_READ,
    caseChoice: `uniform, seeded, among the cases with at least ${NOTES_PER_READ} notes`,
    readsPerRound: flags.reads,
    warmupPerRound: flags.warmup,
    rounds: flags.rounds,
    statistic: 'median over rounds; readsPerSecondRange = (max - min) / median',
  },
  machine: {
    cpus: cpus().length,
    cpu: cpus()[0]?.model ?? 'unknown',
    node: process.version,
    /** One-minute load average before and after measuring: above the CPU count, reads wait for a core. */
    loadAverage: { before: loadBefore, after: loadAfter },
  },
  paths: summary,
  timeVsRaw,
  memory: {
    serverPeakRssBytes,
    serverReadyRssBytes: serverMemory.readyRssBytes,
    benchProcessPeakRssBytes: benchPeakRssBytes,
    serverRuntime: 'node --import tsx (TypeScript loaded through tsx)',
  },
  targets: { servicesToRawAtMost: TARGET_RATIO, serverPeakRssMbBelow: TARGET_SERVER_RSS_MB },
};
const isDefault = params.clients === DEFAULT_POPULATION.clients && params.notes === DEFAULT_POPULATION.notes;
const out = isDefault
  ? fileURLToPath(new URL('results/case-read.json', import.meta.url))
  : join(BENCH_DATA_ROOT, 'results', `case-read-${params.clients}-${params.notes}.json`);
await writeResults(out, result);
console.log(`\nwrote ${out}`);
