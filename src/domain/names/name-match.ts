import type { PreparedName, PreparedPart } from './prepared-name.js';
import { soundSimilarity } from './sound-distance.js';
import { canonicalForm } from './variant-forms.js';

/** How one part of the searched name met a part of the candidate's name. */
export type PartMatchKind = 'exact' | 'same-sound' | 'short-form' | 'similar' | 'different' | 'missing';

export interface PartMatch {
  query: string;
  candidate: string | null;
  how: PartMatchKind;
  /** Similarity of the two sound skeletons, 0..1. */
  similarity: number;
  samePhoneticKey: boolean;
}

export interface NameMatch {
  query: string;
  candidate: string;
  /** 0..1: every part of the searched name found, and how closely. */
  score: number;
  parts: PartMatch[];
  /** Parts of the candidate's name that the searched name does not have. */
  extraParts: string[];
}

/** Below this sound similarity two parts are different names (Hassan and Hossein: about 0.76). */
const SIMILAR_PART = 0.85;
// Weighted-sound similarity is mapped to a part credit that drops fast below SIMILAR_PART.
const FULL_CREDIT_FROM = 0.9;
const NO_CREDIT_BELOW = 0.6;
/** How much the weakest paired part pulls the name score down (one wrong given name must show). */
const WEAKEST_PART_WEIGHT = 0.25;
/** The candidate's name may have more parts (a second given name, a father's name): a small cost each. */
const EXTRA_PART_COST = 0.04;

/** Sound similarities already computed for one search, by pair of skeletons. */
export type SimilarityCache = Map<string, number>;

interface ReadingMatch {
  score: number;
  query: readonly PreparedPart[];
  candidate: readonly PreparedPart[];
  /** For each query part, the index of the candidate part paired with it, or -1. */
  pairing: number[];
}

/**
 * The best of several names against several names (every script and alias on both sides): each
 * read into parts in every way, the parts paired regardless of their order. A name in Persian or
 * Arabic script is compared only with the candidate's names in that script when there are any:
 * those letters say which vowels are long, where a Latin spelling leaves it open (Mahmud is
 * محمود, not محمد).
 */
export function bestNameMatch(
  queryNames: readonly PreparedName[],
  candidateNames: readonly PreparedName[],
  cache: SimilarityCache,
): NameMatch | null {
  let best: { q: PreparedName; c: PreparedName; match: ReadingMatch } | null = null;
  const arabicScript = candidateNames.filter((c) => c.arabicScript);
  for (const q of queryNames) {
    for (const c of q.arabicScript && arabicScript.length > 0 ? arabicScript : candidateNames) {
      const match = bestReadingMatch(q, c, cache);
      if (match !== null && (best === null || match.score > best.match.score)) best = { q, c, match };
    }
  }
  return best && describe(best.q, best.c, best.match, cache);
}

function bestReadingMatch(query: PreparedName, candidate: PreparedName, cache: SimilarityCache): ReadingMatch | null {
  let best: ReadingMatch | null = null;
  for (const [i, q] of query.readings.entries()) {
    for (const [j, c] of candidate.readings.entries()) {
      // Parts are read together on one side only, to meet a name written as one word on the
      // other: read together on both sides, different parts would blur into one similar word.
      if (i > 0 && j > 0) continue;
      const match = matchReading(q, c, cache);
      if (best === null || match.score > best.score) best = match;
    }
  }
  return best;
}

function matchReading(
  query: readonly PreparedPart[],
  candidate: readonly PreparedPart[],
  cache: SimilarityCache,
): ReadingMatch {
  const credit = query.map((q) => candidate.map((c) => partCredit(similarity(q, c, cache))));
  const pairing = bestPairing(credit, candidate.length);
  let sum = 0;
  let weakest = 1;
  let paired = 0;
  pairing.forEach((j, i) => {
    const c = credit[i]?.[j];
    if (c === undefined) return;
    sum += c;
    weakest = Math.min(weakest, c);
    paired += 1;
  });
  const extra = candidate.length - paired;
  const score = sum / query.length - WEAKEST_PART_WEIGHT * (paired > 0 ? 1 - weakest : 1) - EXTRA_PART_COST * extra;
  return { score: Math.max(0, score), query, candidate, pairing };
}

function similarity(q: PreparedPart, c: PreparedPart, cache: SimilarityCache): number {
  if (q.text === c.text || (q.sound !== '' && q.sound === c.sound)) return 1;
  if (q.sound === '' || c.sound === '') return 0;
  const key = `${q.sound}\u0000${c.sound}`;
  let s = cache.get(key);
  if (s === undefined) {
    s = soundSimilarity(q.sound, c.sound);
    cache.set(key, s);
  }
  return s;
}

function partCredit(similarity: number): number {
  if (similarity >= FULL_CREDIT_FROM) return similarity;
  const t = (similarity - NO_CREDIT_BELOW) / (FULL_CREDIT_FROM - NO_CREDIT_BELOW);
  return FULL_CREDIT_FROM * Math.min(1, Math.max(0, t));
}

/** The reasons for one paired reading: how each part met, and what the candidate has more. */
function describe(
  query: PreparedName,
  candidate: PreparedName,
  match: ReadingMatch,
  cache: SimilarityCache,
): NameMatch {
  const parts = match.query.map((q, i): PartMatch => {
    const c = match.candidate[match.pairing[i] ?? -1];
    if (c === undefined)
      return { query: q.text, candidate: null, how: 'missing', similarity: 0, samePhoneticKey: false };
    const s = similarity(q, c, cache);
    return {
      query: q.text,
      candidate: c.text,
      how: partMatchKind(q, c, s),
      similarity: s,
      samePhoneticKey: q.keys.some((k) => c.keys.includes(k)),
    };
  });
  const paired = new Set(match.pairing);
  return {
    query: query.written,
    candidate: candidate.written,
    score: match.score,
    parts,
    extraParts: match.candidate.filter((_, j) => !paired.has(j)).map((c) => c.text),
  };
}

function partMatchKind(q: PreparedPart, c: PreparedPart, similarity: number): PartMatchKind {
  if (q.text === c.text) return 'exact';
  if (q.sound !== '' && q.sound === c.sound) {
    return canonicalForm(q.text) !== null || canonicalForm(c.text) !== null ? 'short-form' : 'same-sound';
  }
  return similarity >= SIMILAR_PART ? 'similar' : 'different';
}

function popCount(bits: number): number {
  let n = 0;
  for (let b = bits; b !== 0; b &= b - 1) n += 1;
  return n;
}

/**
 * For each row (a part of the searched name) the column (a candidate part) it is paired with, or
 * -1, maximizing the total credit; each column is used once. Names have a handful of parts, so
 * an exhaustive search over the columns left is cheap.
 */
function bestPairing(credit: readonly (readonly number[])[], columns: number): number[] {
  let bestTotal = -1;
  let best: number[] = [];
  const current: number[] = [];
  const visit = (row: number, used: number, total: number) => {
    if (row === credit.length) {
      if (total > bestTotal) {
        bestTotal = total;
        best = [...current];
      }
      return;
    }
    for (let col = 0; col < columns; col += 1) {
      if ((used & (1 << col)) !== 0) continue;
      current.push(col);
      visit(row + 1, used | (1 << col), total + (credit[row]?.[col] ?? 0));
      current.pop();
    }
    // A part is left unpaired only when the candidate has no part left for it: credits are never
    // negative, so pairing never lowers the total.
    if (columns - popCount(used) < credit.length - row) {
      current.push(-1);
      visit(row + 1, used, total);
      current.pop();
    }
  };
  visit(0, 0, 0);
  return best;
}
