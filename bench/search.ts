import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3-multiple-ciphers';
import { facet, searchWords } from '../src/domain/search-text.js';
import { searchQuery } from '../src/domain/search-query.js';
import type { Actor } from '../src/security/roles.js';
import { deriveSubkey } from '../src/security/subkeys.js';
import { searchRecords } from '../src/services/search/search-records.js';
import { Random } from './generate/random.js';
import { BENCH_DATA_ROOT, DEFAULT_POPULATION, openBenchSafehold } from './support/bench-data.js';
import { numberFlags } from './support/flags.js';
import { percentile } from './support/measure.js';
import { int, mb, table, writeResults } from './support/report.js';
import { ACT_TYPES, benchUsers, corpusDirFor, ensureCorpus, RARE_WORDS } from './support/search-corpus.js';
import { ensureSeeded } from './support/seed-population.js';

// Search over a million notes and incidents on the embedded engine (SQLCipher + FTS5 over keyed
// hashes), newest first, as three users: one who sees every case, one who sees a third of them
// (by assignment), one who sees 40. Each query class is timed through the search use case
// (policy, index, decryption of the page shown, audit entry) and, for the words alone, as a raw
// FTS5 statement on the same file (no scope, no decryption, no audit).
//   npx tsx bench/search.ts [--clients 100000] [--notes 1000000] [--incidents 100000] [--seed 1]
//                           [--queries 200] [--warmup 20]
const flags = numberFlags({ ...DEFAULT_POPULATION, incidents: 100_000, queries: 200, warmup: 20 });
const params = { clients: flags.clients, notes: flags.notes, seed: flags.seed, incidents: flags.incidents };
const TARGET_P95_MS = 100;
const PAGE = 20;

await ensureSeeded({ clients: params.clients, notes: params.notes, seed: params.seed }, (line) => console.log(line));
const manifest = await ensureCorpus(params, (line) => console.log(line));
const dir = corpusDirFor(params);
console.log(
  `Search corpus ${dir}: ${int(manifest.documents)} documents; notes indexed in ${manifest.noteIndexSeconds} s, ` +
    `${int(params.incidents)} incidents written and indexed in ${manifest.incidentSeconds} s; file ${mb(manifest.fileBytes)}`,
);
const { store, deps, dataKey } = await openBenchSafehold(dir);
if (!store.file) throw new Error('the search benchmark runs on the embedded engine');
const users = await benchUsers(deps, manifest);
const raw = new Database(store.file, { readonly: true });
raw.pragma(`cipher='sqlcipher'`);
raw.pragma('legacy=4');
raw.pragma(`key="x'${deriveSubkey(dataKey, 'sqlcipher').toString('hex')}'"`);
const rawMatch = raw.prepare<[string, number], { rowid: number }>(
  'select rowid from search_fts where search_fts match ? order by rowid desc limit ?',
);
const rawCount = raw.prepare<[string], { n: number }>('select count(*) as n from search_fts where search_fts match ?');
const ftsOf = (words: string) =>
  searchWords(words)
    .map((w) => `"${deps.searchKey.hash(w)}"`)
    .join(' AND ');

type Query = Record<string, string>;
interface QueryClass {
  name: string;
  /** A new query for each run, so a class is not one cached query. */
  next: (rng: Random) => Query;
}
const police = manifest.organizationIds[1]!;
const classes: QueryClass[] = [
  { name: 'common word (en)', next: () => ({ q: 'client' }) },
  { name: 'common word (sq)', next: () => ({ q: 'klienti' }) },
  { name: 'common word (fa)', next: () => ({ q: 'موکل' }) },
  { name: 'two common words', next: () => ({ q: 'police report' }) },
  { name: 'uncommon (a number)', next: (r) => ({ q: String(r.int(2, 900)) }) },
  { name: 'rare word', next: (r) => ({ q: r.pick(RARE_WORDS) }) },
  { name: 'absent word', next: (r) => ({ q: `absentword${r.int(1, 1_000_000)}` }) },
  { name: 'term', next: (r) => ({ term: r.pick(ACT_TYPES) }) },
  { name: 'term + common word', next: (r) => ({ term: r.pick(ACT_TYPES), q: 'the' }) },
  { name: 'perpetrator', next: () => ({ perpetratorId: police }) },
  {
    name: 'dates (6 months)',
    next: (r) => {
      const year = r.int(2017, 2024);
      return { from: `${year}-01-01`, to: `${year}-06-30` };
    },
  },
  {
    name: 'common word + 3 months',
    next: (r) => {
      const year = r.int(2017, 2024);
      return { q: 'client', from: `${year}-03-01`, to: `${year}-05-31` };
    },
  },
  { name: 'rare word + incidents', next: (r) => ({ q: r.pick(RARE_WORDS), kind: 'incident' }) },
  { name: 'testimonies, common (fa)', next: () => ({ q: 'پلیس', kind: 'testimony' }) },
];

/** How many documents hold the words (or the facet) of a class's first query, whoever may see them. */
function matches(q: Query): number | null {
  const tokens = [
    ...(q.q ? searchWords(q.q) : []),
    ...(q.term ? [facet.term(q.term)] : []),
    ...(q.perpetratorId ? [facet.perpetrator(q.perpetratorId)] : []),
    ...(q.kind ? [facet.kind(q.kind)] : []),
  ];
  if (tokens.length === 0) return null;
  return rawCount.get(tokens.map((t) => `"${deps.searchKey.hash(t)}"`).join(' AND '))?.n ?? 0;
}

const USERS = ['all', 'part', 'few'] as const;
type UserName = (typeof USERS)[number];
const actors: Record<UserName, Actor> = users;
const visible = Object.fromEntries(
  await Promise.all(
    USERS.map(async (u) => {
      const n = await deps.db
        .selectFrom('cases')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .where((eb) =>
          eb.or([
            eb('id', 'in', eb.selectFrom('case_assignments').select('case_id').where('user_id', '=', actors[u].userId)),
            ...(actors[u].teamIds.length > 0 ? [eb('team_id', 'in', [...actors[u].teamIds])] : []),
          ]),
        )
        .executeTakeFirstOrThrow();
      return [u, n.n];
    }),
  ),
) as Record<UserName, number>;

interface Timing {
  p50: number;
  p95: number;
  mean: number;
  /** Results per query, on average. */
  results: number;
}
const timing = (ms: number[], results: number[]): Timing => {
  const sorted = [...ms].sort((a, b) => a - b);
  return {
    p50: percentile(sorted, 0.5),
    p95: percentile(sorted, 0.95),
    mean: sorted.reduce((a, b) => a + b, 0) / sorted.length,
    results: results.reduce((a, b) => a + b, 0) / results.length,
  };
};

const loadBefore = loadavg()[0]!;
const results: {
  name: string;
  example: Query;
  matches: number | null;
  raw: Timing | null;
  services: Record<UserName, Timing>;
}[] = [];
for (const c of classes) {
  const rng = new Random(params.seed, `search/${c.name}`);
  const queries = Array.from({ length: flags.warmup + flags.queries }, () => c.next(rng));
  const ms: Record<UserName | 'raw', number[]> = { all: [], part: [], few: [], raw: [] };
  const found: Record<UserName | 'raw', number[]> = { all: [], part: [], few: [], raw: [] };
  for (const [i, q] of queries.entries()) {
    const measured = i >= flags.warmup;
    // The users take turns, starting with another one at each query.
    for (let k = 0; k < USERS.length; k += 1) {
      const u = USERS[(i + k) % USERS.length]!;
      const t0 = performance.now();
      const page = await searchRecords(deps, actors[u], searchQuery.parse({ ...q, limit: String(PAGE) }));
      if (measured) {
        ms[u].push(performance.now() - t0);
        found[u].push(page.items.length);
      }
    }
    if (q.q && !q.term && !q.perpetratorId && !q.from && !q.kind) {
      const t0 = performance.now();
      const rows = rawMatch.all(ftsOf(q.q), PAGE + 1);
      if (measured) {
        ms.raw.push(performance.now() - t0);
        found.raw.push(Math.min(rows.length, PAGE));
      }
    }
  }
  const row = {
    name: c.name,
    example: queries[0]!,
    matches: matches(queries[0]!),
    raw: ms.raw.length > 0 ? timing(ms.raw, found.raw) : null,
    services: Object.fromEntries(USERS.map((u) => [u, timing(ms[u], found[u])])) as Record<UserName, Timing>,
  };
  results.push(row);
  console.log(
    `${c.name}: ${USERS.map((u) => `${u} p50 ${row.services[u].p50.toFixed(1)} / p95 ${row.services[u].p95.toFixed(1)} ms`).join(', ')}`,
  );
}
const loadAfter = loadavg()[0]!;
raw.close();
await store.close();

const f = (n: number) => n.toFixed(1);
console.log(
  `\nSearch, newest first, a page of ${PAGE}: ${int(manifest.documents)} documents ` +
    `(${int(params.notes)} notes, ${int(params.incidents)} incidents and their testimonies); ` +
    `${flags.queries} queries per class after ${flags.warmup} of warm-up; users who see ` +
    `${USERS.map((u) => `${int(visible[u])} (${u})`).join(', ')} cases; ` +
    `load average ${loadBefore.toFixed(1)} → ${loadAfter.toFixed(1)} on ${cpus().length} CPUs\n`,
);
console.log(
  table(
    ['query', 'matches', 'raw p50/p95', ...USERS.map((u) => `${u} p50/p95`), ...USERS.map((u) => `${u} shown`)],
    results.map((r) => [
      r.name,
      r.matches === null ? '-' : int(r.matches),
      r.raw ? `${f(r.raw.p50)}/${f(r.raw.p95)}` : '-',
      ...USERS.map((u) => `${f(r.services[u].p50)}/${f(r.services[u].p95)}`),
      ...USERS.map((u) => f(r.services[u].results)),
    ]),
  ),
);
console.log(
  '(ms; raw: the FTS5 statement for the words alone, no scope, no decryption, no audit; ' +
    'users: the search use case, with its audit entry written and synced)',
);
const worst = Math.max(...results.flatMap((r) => USERS.map((u) => r.services[u].p95)));
console.log(`\nworst p95 ${f(worst)} ms (target < ${TARGET_P95_MS} ms): ${worst < TARGET_P95_MS ? 'met' : 'MISSED'}`);

const report = {
  benchmark: 'search',
  measuredAt: new Date().toISOString(),
  engine: 'sqlite (SQLCipher 4, WAL, synchronous=FULL), FTS5 contentless over keyed hashes',
  corpus: {
    ...params,
    documents: manifest.documents,
    noteIndexSeconds: manifest.noteIndexSeconds,
    incidentSeconds: manifest.incidentSeconds,
    fileBytes: manifest.fileBytes,
    searchTableBytes: Object.fromEntries(
      Object.entries(manifest.tableBytes).filter(([name]) => name.startsWith('search_')),
    ),
  },
  method: {
    pageSize: PAGE,
    queriesPerClass: flags.queries,
    warmupPerClass: flags.warmup,
    visibleCases: visible,
    statistic: 'nearest-rank percentiles over the queries of a class',
  },
  machine: {
    cpus: cpus().length,
    cpu: cpus()[0]?.model ?? 'unknown',
    node: process.version,
    loadAverage: { before: loadBefore, after: loadAfter },
  },
  classes: results,
  worstP95Ms: worst,
  target: { p95MsBelow: TARGET_P95_MS },
};
const isDefault =
  params.clients === DEFAULT_POPULATION.clients &&
  params.notes === DEFAULT_POPULATION.notes &&
  params.incidents === 100_000;
const out = isDefault
  ? fileURLToPath(new URL('results/search.json', import.meta.url))
  : join(BENCH_DATA_ROOT, 'results', `search-${params.clients}-${params.notes}-${params.incidents}.json`);
await writeResults(out, report);
console.log(`\nwritten to ${out}`);
