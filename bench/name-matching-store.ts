import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import Database from 'better-sqlite3-multiple-ciphers';
import { searchKeys } from '../src/domain/names/blind-keys.js';
import { isArabicScript } from '../src/domain/names/fold.js';
import type { MatchProfile } from '../src/domain/names/profile.js';
import { caseCreateInput } from '../src/domain/case.js';
import type { Actor } from '../src/security/roles.js';
import { deriveSubkey } from '../src/security/subkeys.js';
import { createCase } from '../src/services/cases/create-case.js';
import type { Deps } from '../src/services/deps.js';
import { FALLBACK_CAP, findNameCandidates, MAX_RETRIEVED } from '../src/services/names/name-candidates.js';
import { peopleInReach } from '../src/services/names/people-in-reach.js';
import { reindexStaleNames } from '../src/services/names/reindex-names.js';
import { runUseCase } from '../src/services/use-case.js';
import { SQLITE_FILE } from '../src/store/engine.js';
import { Random } from './generate/random.js';
import { dataDirFor, openBenchSafehold } from './support/bench-data.js';
import { signInLawyer } from './support/bench-session.js';
import { numberFlags } from './support/flags.js';
import { summarize, timeInterleaved, type Summary } from './support/measure.js';
import { int, table, writeResults } from './support/report.js';
import { ensureSeeded } from './support/seed-population.js';

// Cross-script name matching through the blind index on the real store (embedded SQLCipher):
//   npx tsx bench/name-matching-store.ts [--clients 100000] [--rounds 3] [--seed 1]

const params = numberFlags({ clients: 100_000, rounds: 3, seed: 1 });
const TOP = 5;
const WARMUP = 50;
/** The file that maps each registered test-set name to its person, kept beside the seeded data. */
const FIXTURE_PEOPLE = 'name-matching-fixture-people.json';

const DEFINITIONS = {
  population:
    'The seeded practice (bench/support/seed-population.ts, no notes): N fictional clients, each with a case assigned to the ' +
    'benchmark lawyer, names indexed by reindexStaleNames; plus every "b" name of the test set registered through createCase ' +
    '(its duplicate check included) with a random birth year.',
  queries:
    'Every "a" name of the test set with a birth year: for a matching pair, the expected person’s year, or one or two years off ' +
    '(7:2:1); for a non-matching pair, the lookalike’s own year, so that only the name can tell them apart.',
  services:
    'findNameCandidates as the contact-request search runs it, in a use case of the lawyer: the query keys and their keyed hashes, ' +
    'the index look-up, the policy check of the people found (peopleInReach, identity:reveal), decryption and scoring of those, ' +
    'the best first; the top 5 at or above the "possible" level are proposed.',
  raw:
    'The same look-ups with prepared statements on the same SQLCipher file (better-sqlite3-multiple-ciphers): the people sharing a ' +
    'name or pair hash (else the rare single-part hashes), then their sealed identities — no policy, no transaction, no ' +
    'decryption, no scoring.',
  recall: 'Matching queries whose expected person is among the proposals.',
  precision:
    'Over the proposals of test-set people: those that bear the query’s name — the expected person, or another test-set person ' +
    'whose name the test set pairs with it (matching pairs are joined into groups of writings of one name) — over all ' +
    'proposals of test-set people. The lookalike of a non-matching pair and any other test-set name count against it.',
  strictPrecision:
    'The same over all proposals, counting every proposal from the seeded population as an error. The generator composes the ' +
    'population from the same common given and family names, so many of those are true namesakes a caseworker must look at; the ' +
    'test set has no label for them, so this is a lower bound, and precision is settled on the test set, whose labels say which ' +
    'writings are one name (bench/name-matching.ts instead recognizes namesakes in its generated population by their spelling).',
};

interface Pair {
  kind: string;
  a: string;
  b: string;
}
const fixture = JSON.parse(await readFile(new URL('../test/fixtures/name-pairs.json', import.meta.url), 'utf8')) as {
  matching: Pair[];
  nonMatching: Pair[];
};

/** Writings of one name: the test set joins the two sides of every matching pair. */
const groupOf = new Map<string, string>();
const root = (name: string): string => {
  const parent = groupOf.get(name) ?? name;
  return parent === name ? name : root(parent);
};
for (const p of fixture.matching) groupOf.set(root(p.a), root(p.b));
const sameName = (a: string, b: string) => root(a) === root(b);

const rng = new Random(params.seed, 'name-matching-store');
const year = () => rng.int(1950, 2003);
const registered = [
  ...fixture.matching.map((p) => ({ name: p.b, born: year() })),
  ...fixture.nonMatching.map((p) => ({ name: p.b, born: year() })),
];
const queries: { expected: number | null; profile: MatchProfile; name: string }[] = [
  ...fixture.matching.map((p, i) => {
    const offset = Number(rng.weighted({ 0: 7, 1: 2, 2: 1 })) * (rng.chance(0.5) ? 1 : -1);
    return { expected: i, name: p.a, profile: { names: [p.a], birthYear: registered[i]!.born + offset } };
  }),
  ...fixture.nonMatching.map((p, i) => ({
    expected: null,
    name: p.a,
    profile: { names: [p.a], birthYear: registered[fixture.matching.length + i]!.born },
  })),
];

const log = (line: string) => console.log(line);
const population = { clients: params.clients, notes: 0, seed: params.seed };
const { manifest } = await ensureSeeded(population, log);
const dataDir = dataDirFor(population);
const { store, deps, dataKey } = await openBenchSafehold(dataDir);
try {
  const indexStarted = performance.now();
  const indexed = await reindexStaleNames(deps, {
    onProgress: (n) => n > 0 && n % 20_000 === 0 && log(`  ${int(n)} people indexed`),
  });
  const indexSeconds = (performance.now() - indexStarted) / 1000;
  if (indexed > 0) log(`Indexed the names of ${int(indexed)} people in ${indexSeconds.toFixed(1)} s`);
  const { actor } = await signInLawyer(deps);
  const testSet = await registerTestSet(deps, actor);
  const personIndex = new Map(testSet.map((id, i) => [id, i]));

  const raw = openRawIndex(join(dataDir, SQLITE_FILE), deriveSubkey(dataKey, 'sqlcipher'), deps);
  const proposals = new Map<number, string[]>();
  const search = (q: number) =>
    runUseCase(deps, actor, async (ctx) => {
      const found = await findNameCandidates(ctx.tx, deps, queries[q]!.profile, async (ids) => {
        const reach = await peopleInReach(ctx, ids, 'identity:reveal');
        return ids.filter((id) => reach.has(id));
      });
      proposals.set(
        q,
        found.candidates.slice(0, TOP).map((c) => c.personId),
      );
      return found.scored;
    });

  const order = [...queries.keys()];
  const ids = [...order.slice(0, WARMUP), ...order].map(String);
  const rounds: { services: Summary; raw: Summary }[] = [];
  for (let r = 0; r < params.rounds; r += 1) {
    const runs = await timeInterleaved(ids, {
      services: (id) => search(Number(id)),
      raw: (id) => raw.lookUp(queries[Number(id)]!.profile),
    });
    const measured = (run: (typeof runs)['raw']) => ({
      ...run,
      latenciesMs: run.latenciesMs.slice(WARMUP),
      wallMs: run.latenciesMs.slice(WARMUP).reduce((a, b) => a + b, 0),
    });
    rounds.push({ services: summarize(measured(runs.services)), raw: summarize(measured(runs.raw)) });
  }
  const candidates = order.map((q) => raw.lookUp(queries[q]!.profile)).sort((a, b) => a - b);
  raw.close();

  let found = 0;
  let testSetProposals = 0;
  let rightTestSet = 0;
  let populationProposals = 0;
  const missed: string[] = [];
  for (const [q, query] of queries.entries()) {
    const proposed = proposals.get(q) ?? [];
    if (query.expected !== null) {
      if (proposed.includes(testSet[query.expected]!)) found += 1;
      else missed.push(`${query.name} → ${registered[query.expected]!.name}`);
    }
    for (const id of proposed) {
      const i = personIndex.get(id);
      if (i === undefined) populationProposals += 1;
      else {
        testSetProposals += 1;
        if (sameName(query.name, registered[i]!.name)) rightTestSet += 1;
      }
    }
  }
  const matching = fixture.matching.length;
  const median = (pick: (r: (typeof rounds)[number]) => number) =>
    [...rounds.map(pick)].sort((a, b) => a - b)[Math.floor(rounds.length / 2)]!;
  const results = {
    definitions: DEFINITIONS,
    population: { clients: manifest.params.clients, testSet: testSet.length, namesIndexedNow: indexed, indexSeconds },
    queries: queries.length,
    latencyMs: {
      services: { p50: median((r) => r.services.p50Ms), p95: median((r) => r.services.p95Ms) },
      raw: { p50: median((r) => r.raw.p50Ms), p95: median((r) => r.raw.p95Ms) },
      ratioP50: median((r) => r.services.p50Ms / r.raw.p50Ms),
      ratioMean: median((r) => r.services.meanMs / r.raw.meanMs),
    },
    candidatesPerQuery: { p50: candidates[Math.floor(candidates.length / 2)], max: candidates.at(-1) },
    recall: found / matching,
    precision: testSetProposals > 0 ? rightTestSet / testSetProposals : null,
    strictPrecision: rightTestSet / Math.max(1, testSetProposals + populationProposals),
    populationProposalsPerQuery: populationProposals / queries.length,
    missed,
  };
  await writeResults(
    new URL(
      `./results/name-matching-store${params.clients === 100_000 ? '' : `-${params.clients}`}.json`,
      import.meta.url,
    ).pathname,
    results,
  );
  const ms = (n: number) => n.toFixed(2);
  log(
    table(
      ['path', 'p50 ms', 'p95 ms'],
      [
        ['services', ms(results.latencyMs.services.p50), ms(results.latencyMs.services.p95)],
        ['raw', ms(results.latencyMs.raw.p50), ms(results.latencyMs.raw.p95)],
      ],
    ),
  );
  log(
    `services / raw: ${results.latencyMs.ratioP50.toFixed(1)}× at p50, ${results.latencyMs.ratioMean.toFixed(1)}× mean`,
  );
  log(
    `candidates per query (retrieved, before policy and scoring): p50 ${results.candidatesPerQuery.p50}, max ${results.candidatesPerQuery.max}`,
  );
  log(
    `recall ${results.recall.toFixed(3)}, precision ${results.precision?.toFixed(3)} (strict ${results.strictPrecision.toFixed(3)}), ` +
      `${results.populationProposalsPerQuery.toFixed(2)} population proposals per query; ${missed.length} missed`,
  );
} finally {
  await store.close();
}

/**
 * The test set's "b" names, each registered as a client through createCase by the lawyer, once per
 * data directory: the person ids are kept beside the seeded data.
 */
async function registerTestSet(deps: Deps, actor: Actor): Promise<string[]> {
  const file = join(dataDir, FIXTURE_PEOPLE);
  try {
    return JSON.parse(await readFile(file, 'utf8')) as string[];
  } catch {
    log(`Registering the ${registered.length} test-set people…`);
    const ids: string[] = [];
    for (const person of registered) {
      const script = person.name.split(/\s+/u).every(isArabicScript) ? 'persian' : 'latin';
      const input = caseCreateInput.parse({
        client: { identity: { names: [{ script, full: person.name }], birthDate: String(person.born) } },
        teamId: actor.teamIds[0],
      });
      ids.push((await createCase(deps, actor, input)).clientId);
    }
    await writeFile(file, JSON.stringify(ids));
    return ids;
  }
}

/** The raw engine doing the index look-ups of a search, with prepared statements. */
function openRawIndex(file: string, sqlcipherKey: Buffer, d: Deps) {
  const db = new Database(file, { readonly: true });
  db.pragma(`cipher='sqlcipher'`);
  db.pragma('legacy=4');
  db.pragma(`key="x'${sqlcipherKey.toString('hex')}'"`);
  const holders = (n: number) =>
    db.prepare<string[], { person_id: string }>(
      `select distinct person_id from person_name_keys where hash in (${Array(n).fill('?').join(',')}) limit ${MAX_RETRIEVED}`,
    );
  const countOf = db.prepare<[string], { n: number }>(
    `select count(*) as n from (select 1 from person_name_keys where hash = ? limit ${FALLBACK_CAP + 1})`,
  );
  const identities = (n: number) =>
    db.prepare<string[], { identity: Buffer }>(
      `select identity from person_identities where person_id in (${Array(n).fill('?').join(',')})`,
    );
  const lookUp = (profile: MatchProfile): number => {
    const keys = searchKeys(profile.names);
    const primary = d.nameKey.hashAll(keys.primary);
    let people = primary.length > 0 ? holders(primary.length).all(...primary) : [];
    if (people.length === 0) {
      const rare = d.nameKey.hashAll(keys.fallback).filter((h) => (countOf.get(h)?.n ?? 0) <= FALLBACK_CAP);
      people = rare.length > 0 ? holders(rare.length).all(...rare) : [];
    }
    if (people.length > 0) identities(people.length).all(...people.map((p) => p.person_id));
    return people.length;
  };
  return { lookUp, close: () => db.close() };
}
