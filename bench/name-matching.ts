import { createHmac, randomBytes } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { recordKeys, searchKeys } from '../src/domain/names/blind-keys.js';
import { nameParts } from '../src/domain/names/normalize.js';
import type { MatchProfile } from '../src/domain/names/profile.js';
import { MATCH_LEVELS, scorerFor, type MatchResult } from '../src/domain/names/score.js';
import { fictionalNames } from './generate/names.js';
import { Random } from './generate/random.js';
import { numberFlags } from './support/flags.js';
import { int, table } from './support/report.js';

// Precision, recall and latency of cross-script name matching through blind-key retrieval:
//   npx tsx bench/name-matching.ts [--distractors 100000] [--common-percent 20] [--seed 1]

const params = numberFlags({ distractors: 100_000, 'common-percent': 20, seed: 1 });
const TOP = 5;
const PROPOSE_AT = MATCH_LEVELS.possible;
/** A fallback (single-part) key shared by more people than this is not looked up. */
const FALLBACK_CAP = 200;
/** Truncated keyed hashes, as the store keeps them: 64 bits. */
const HASH_BYTES = 8;
/** Missed pairs printed per mode; the results file has them all. */
const LISTED = 10;

const DEFINITIONS = {
  population:
    'Every "b" name of the test set registered as its own person (a random birth year), plus the distractors (random birth years): ' +
    'common-percent of them recombined from the given and family names of the test set (one Latin spelling and the Persian ' +
    'script), so that they share the common names the queries use; the rest drawn by bench/generate/names.ts (Persian, Latin, ' +
    'sometimes Arabic-letter names and aliases; family names composed from a root and a suffix).',
  queries:
    'Every "a" name of the test set. A matching pair expects its own registered "b" person; a non-matching pair expects no one ' +
    'from the test set (its lookalike "b" is registered with the same birth year as the query, so only the name can tell them apart).',
  proposals:
    `The candidates sharing a name or pair key with the query (or, when those find no one, a single-part key that at most ` +
    `${FALLBACK_CAP} people share), scored; the ${TOP} best with a score of at least ${PROPOSE_AT} are proposed.`,
  recall: 'Matching queries whose expected person is proposed, over all matching queries.',
  precision:
    'Proposals that are the expected person, over all proposals made for all queries (matching and non-matching). Every other proposal ' +
    'counts against it: the lookalike of a non-matching pair, another test-set person, any distractor.',
  precisionWithoutNamesakes:
    'The same, leaving out proposals of namesakes: people other than the expected one who bear the name of the query or of the ' +
    'expected person — the same parts after folding letters and marks, in any order, in Persian script or with Latin spellings ' +
    'that the test set pairs with those Persian parts, or a writing that a matching pair of the test set gives for the same ' +
    'name. This does not rely on the matcher: a namesake is there in the data. One born within two years of the query is a ' +
    'person the caseworker has to look at too: name and birth year cannot tell them apart, only other details can.',
  retrievalRecall: 'Matching queries whose expected person is among the retrieved candidates at all (before scoring).',
  latency:
    'Per query: the query keys, their keyed hashes (HMAC-SHA256, truncated), the look-up, and the scoring of every candidate from its ' +
    'plain names (the text a decryption gives). The index is an in-memory Map from truncated hash to people, an honest stand-in for ' +
    'the database index in this pure benchmark: the time of the database look-up and of decrypting the candidates is not included; ' +
    'the candidate counts say how many decryptions a search would cost.',
};

interface Pair {
  kind: string;
  a: string;
  b: string;
}
interface Person {
  id: string;
  profile: MatchProfile;
  distractor: boolean;
}

const fixture = JSON.parse(await readFile(new URL('../test/fixtures/name-pairs.json', import.meta.url), 'utf8')) as {
  matching: Pair[];
  nonMatching: Pair[];
};

const rng = new Random(params.seed, 'name-matching');
const year = () => rng.int(1950, 2003);

// The test-set people and the queries that look for them.
const people: Person[] = [];
const queries: { expected: string | null; lookalike: string | null; pair: Pair; profile: MatchProfile }[] = [];
fixture.matching.forEach((pair, i) => {
  const born = year();
  const id = `match-${i}`;
  people.push({ id, profile: { names: [pair.b], birthYear: born, nationality: 'IR' }, distractor: false });
  const offset = rng.weighted({ 0: 7, 1: 2, 2: 1 });
  const told = born + Number(offset) * (rng.chance(0.5) ? 1 : -1);
  queries.push({
    expected: id,
    lookalike: null,
    pair,
    profile: { names: [pair.a], birthYear: told, nationality: 'IR' },
  });
});
fixture.nonMatching.forEach((pair, i) => {
  const born = year();
  const id = `lookalike-${i}`;
  people.push({ id, profile: { names: [pair.b], birthYear: born, nationality: 'IR' }, distractor: false });
  queries.push({
    expected: null,
    lookalike: id,
    pair,
    profile: { names: [pair.a], birthYear: born, nationality: 'IR' },
  });
});

// Distractors.
const parts = testSetParts(fixture.matching);
for (let i = 0; i < params.distractors; i += 1) {
  const names = rng.chance(params['common-percent'] / 100) ? recombinedNames() : generatedNames();
  const nationality = rng.weighted({ IR: 80, IQ: 15, AF: 5 });
  people.push({ id: `distractor-${i}`, profile: { names, birthYear: year(), nationality }, distractor: true });
}

function generatedNames(): string[] {
  const { names, aliases } = fictionalNames(rng);
  return [...names.map((n) => n.full), ...aliases];
}

function recombinedNames(): string[] {
  const given = rng.pick(parts.given);
  const family = rng.pick(parts.family);
  return [`${rng.pick(given.latin)} ${rng.pick(family.latin)}`, `${given.persian} ${family.persian}`];
}

/** Given and family names of the test set, each in Persian script with the Latin spellings it is paired with. */
function testSetParts(pairs: readonly Pair[]) {
  const given = new Map<string, Set<string>>();
  const family = new Map<string, Set<string>>();
  for (const p of pairs.filter((pair) => pair.kind === 'script')) {
    const [faGiven, faFamily] = p.a.split(' ');
    const [latGiven, latFamily] = p.b.split(' ');
    if (!faGiven || !faFamily || !latGiven || !latFamily) continue;
    given.set(faGiven, (given.get(faGiven) ?? new Set()).add(latGiven));
    family.set(faFamily, (family.get(faFamily) ?? new Set()).add(latFamily));
  }
  const list = (m: Map<string, Set<string>>) => [...m].map(([persian, latin]) => ({ persian, latin: [...latin] }));
  return { given: list(given), family: list(family) };
}

const indexOf = new Map(people.map((p, i) => [p.id, i]));

// The blind index: truncated keyed hash → people.
const hashKey = randomBytes(32);
const blind = (key: string) =>
  createHmac('sha256', hashKey).update(key).digest().subarray(0, HASH_BYTES).toString('hex');
const indexStart = performance.now();
const index = new Map<string, number[]>();
people.forEach((person, i) => {
  for (const key of recordKeys(person.profile.names)) {
    const hash = blind(key);
    const list = index.get(hash);
    if (list) list.push(i);
    else index.set(hash, [i]);
  }
});
const indexSeconds = (performance.now() - indexStart) / 1000;

function lookUp(keys: readonly string[]): Set<number> {
  const found = new Set<number>();
  for (const key of keys) for (const i of index.get(blind(key)) ?? []) found.add(i);
  return found;
}

interface Proposal {
  person: Person;
  result: MatchResult;
}

function search(profile: MatchProfile): { candidates: number; proposals: Proposal[]; retrieved: Set<number> } {
  const keys = searchKeys(profile.names);
  let retrieved = lookUp(keys.primary);
  if (retrieved.size === 0) {
    retrieved = lookUp(keys.fallback.filter((k) => (index.get(blind(k))?.length ?? 0) <= FALLBACK_CAP));
  }
  const score = scorerFor(profile);
  const proposals = [...retrieved]
    .map((i) => ({ person: people[i]!, result: score(people[i]!.profile) }))
    .filter((p) => p.result.score >= PROPOSE_AT)
    .sort((x, y) => y.result.score - x.result.score)
    .slice(0, TOP);
  return { candidates: retrieved.size, proposals, retrieved };
}

/**
 * The names as written, folded, parts sorted, and in Persian script where every part is a Latin
 * spelling the test set pairs with a Persian part: two people bear the same name when they share one.
 */
const persianOf = new Map(
  [...parts.given, ...parts.family].flatMap((p) =>
    p.latin.map((latin) => [nameParts(latin).join(''), nameParts(p.persian).join('')]),
  ),
);
// Latin spellings that the test set pairs part by part with a spelling already known.
for (const pair of fixture.matching.filter((p) => p.kind === 'spelling')) {
  const a = nameParts(pair.a);
  const b = nameParts(pair.b);
  if (a.length !== b.length) continue;
  a.forEach((word, i) => {
    const other = b[i]!;
    const persian = persianOf.get(word) ?? persianOf.get(other);
    if (persian === undefined) return;
    persianOf.set(word, persian);
    persianOf.set(other, persian);
  });
}
const spellingForms = (name: string) => {
  const written = nameParts(name);
  const persian = written.map((w) => persianOf.get(w));
  const forms = [written.sort().join(' ')];
  if (persian.every((w) => w !== undefined)) forms.push(persian.sort().join(' '));
  return forms;
};
// The test set says which writings are one name: the two sides of every matching pair.
const sameNameAs = new Map<string, string>();
const nameGroup = (form: string): string => {
  const parent = sameNameAs.get(form);
  return parent === undefined || parent === form ? form : nameGroup(parent);
};
for (const pair of fixture.matching) {
  const [a, ...moreA] = spellingForms(pair.a).map(nameGroup);
  for (const other of [...moreA, ...spellingForms(pair.b).map(nameGroup)]) sameNameAs.set(other, a!);
}
const writtenForms = (profile: MatchProfile) => profile.names.flatMap(spellingForms).map(nameGroup);
const formsOf = people.map((p) => new Set(writtenForms(p.profile)));

function run(withBirthYear: boolean) {
  let found = 0;
  let retrievedExpected = 0;
  let proposals = 0;
  let namesakes = 0;
  let lookalikes = 0;
  const times: number[] = [];
  const candidates: number[] = [];
  const missed: { kind: string; a: string; b: string; best: number | null }[] = [];
  const confused: { kind: string; a: string; b: string; score: number }[] = [];
  for (const q of queries) {
    const profile = withBirthYear ? q.profile : { ...q.profile, birthYear: null };
    const start = performance.now();
    const r = search(profile);
    times.push(performance.now() - start);
    candidates.push(r.candidates);
    proposals += r.proposals.length;
    const sameName = new Set([
      ...writtenForms(q.profile),
      ...(q.expected === null ? [] : formsOf[indexOf.get(q.expected)!]!),
    ]);
    namesakes += r.proposals.filter(
      (p) => p.person.id !== q.expected && [...formsOf[indexOf.get(p.person.id)!]!].some((f) => sameName.has(f)),
    ).length;
    if (q.expected !== null) {
      const expectedIndex = indexOf.get(q.expected)!;
      if (r.retrieved.has(expectedIndex)) retrievedExpected += 1;
      if (r.proposals.some((p) => p.person.id === q.expected)) found += 1;
      else {
        const best = r.retrieved.has(expectedIndex) ? scorerFor(profile)(people[expectedIndex]!.profile).score : null;
        missed.push({ ...q.pair, best });
      }
    }
    const lookalike = r.proposals.find((p) => p.person.id === q.lookalike);
    if (lookalike) {
      lookalikes += 1;
      confused.push({ ...q.pair, score: lookalike.result.score });
    }
  }
  const matching = fixture.matching.length;
  const wrong = proposals - found;
  return {
    birthYearGiven: withBirthYear,
    queries: queries.length,
    matchingQueries: matching,
    recall: ratio(found, matching),
    precision: ratio(found, proposals),
    precisionWithoutNamesakes: ratio(found, proposals - namesakes),
    retrievalRecall: ratio(retrievedExpected, matching),
    proposals,
    wrongProposals: {
      total: wrong,
      lookalikes,
      namesakes,
      otherDistractorsOrTestPeople: wrong - lookalikes - namesakes,
    },
    latencyMs: { p50: quantile(times, 0.5), p95: quantile(times, 0.95), max: Math.max(...times) },
    candidatesPerQuery: {
      p50: quantile(candidates, 0.5),
      p95: quantile(candidates, 0.95),
      max: Math.max(...candidates),
    },
    missed,
    lookalikesProposed: confused,
  };
}

function ratio(n: number, d: number): number {
  return d === 0 ? 0 : Math.round((n / d) * 1000) / 1000;
}

function quantile(values: readonly number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  const v = sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;
  return Math.round(v * 100) / 100;
}

run(true); // warm-up: compiles the hot paths before anything is timed
const results = [run(true), run(false)];

console.log(
  `${int(people.length)} people (${int(params.distractors)} distractors, ${params['common-percent']}% of them with ` +
    `test-set names), ${int(index.size)} distinct blind keys, ` +
    `indexed in ${indexSeconds.toFixed(1)} s; ${int(queries.length)} queries (${fixture.matching.length} matching, ` +
    `${fixture.nonMatching.length} non-matching)\n`,
);
console.log(
  table(
    [
      'query gives',
      'recall',
      'precision',
      'prec. w/o namesakes',
      'retrieval recall',
      'p50 ms',
      'p95 ms',
      'cand. p50',
      'cand. p95',
    ],
    results.map((r) => [
      r.birthYearGiven ? 'name + birth year' : 'name only',
      r.recall.toFixed(3),
      r.precision.toFixed(3),
      r.precisionWithoutNamesakes.toFixed(3),
      r.retrievalRecall.toFixed(3),
      r.latencyMs.p50.toFixed(2),
      r.latencyMs.p95.toFixed(2),
      String(r.candidatesPerQuery.p50),
      String(r.candidatesPerQuery.p95),
    ]),
  ),
);
console.log('\nHow it is counted:');
for (const [name, text] of Object.entries(DEFINITIONS)) console.log(`- ${name}: ${text}`);
for (const r of results) {
  const label = r.birthYearGiven ? 'name + birth year' : 'name only';
  console.log(`\n${label}: wrong proposals ${JSON.stringify(r.wrongProposals)}`);
  for (const m of r.missed.slice(0, LISTED)) {
    console.log(`  missed   [${m.kind}] ${m.a} | ${m.b} (score ${m.best ?? 'not retrieved'})`);
  }
  if (r.missed.length > LISTED) console.log(`  … ${r.missed.length - LISTED} more missed (all in the results file)`);
  for (const c of r.lookalikesProposed) console.log(`  proposed [${c.kind}] ${c.a} | ${c.b} (score ${c.score})`);
}

const out = fileURLToPath(new URL('./results/name-matching.json', import.meta.url));
await mkdir(fileURLToPath(new URL('./results/', import.meta.url)), { recursive: true });
await writeFile(
  out,
  `${JSON.stringify(
    {
      generatedAt: new Date().toISOString(),
      node: process.version,
      params: { ...params, top: TOP, proposeAt: PROPOSE_AT, fallbackCap: FALLBACK_CAP, hashBytes: HASH_BYTES },
      population: { people: people.length, distinctBlindKeys: index.size, indexSeconds },
      definitions: DEFINITIONS,
      results,
    },
    null,
    2,
  )}\n`,
);
console.log(`\nWritten to ${out}`);
