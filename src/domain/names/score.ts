import { bestNameMatch, type NameMatch, type SimilarityCache } from './name-match.js';
import { prepareName, type PartCache, type PreparedName } from './prepared-name.js';
import type { MatchProfile } from './profile.js';

/*
 * How well a registered person (the candidate) fits a search or a new registration (the query),
 * 0..1, with the reasons a caseworker needs to judge it: which written names were compared, how
 * each part met, and what the birth year, relatives and nationality added or took away. A score
 * only ranks proposals for a person to check; it never decides anything on its own.
 *
 * The reasons hold name parts of both people: they belong in the audited candidate view, never in
 * logs, audit details or error messages.
 */

export type BirthYearMatch = 'exact' | 'within-1' | 'within-2' | 'conflict' | 'unknown';

export type DetailMatch =
  | { detail: 'birth-year'; how: BirthYearMatch; adjustment: number }
  | { detail: 'nationality'; how: 'same' | 'different' | 'unknown'; adjustment: number }
  | { detail: 'relatives'; how: 'matched' | 'none-matched' | 'unknown'; matched: number; adjustment: number };

export interface MatchResult {
  score: number;
  /** The best-matching pair of written names; null when either side has no readable name. */
  name: NameMatch | null;
  details: DetailMatch[];
}

/** Score levels for proposing a candidate to a caseworker and for a duplicate warning. */
export const MATCH_LEVELS = { likely: 0.9, possible: 0.8 } as const;

const BIRTH_YEAR_ADJUSTMENT: Readonly<Record<BirthYearMatch, number>> = {
  exact: 0.05,
  'within-1': 0.03,
  'within-2': 0,
  conflict: -0.3,
  unknown: 0,
};
const SAME_NATIONALITY = 0.02;
const OTHER_NATIONALITY = -0.05;
const RELATIVE_MATCHED = 0.04;
const MAX_RELATIVES_COUNTED = 2;

/** A profile with its names read once, to score many candidates against. */
interface PreparedProfile {
  names: PreparedName[];
  birthYear: number | null;
  nationality: string | null;
  relatives: PreparedName[];
}

function prepareProfile(p: MatchProfile, parts: PartCache): PreparedProfile {
  const read = (names: readonly string[] | undefined) =>
    (names ?? []).map((n) => prepareName(n, parts)).filter((n) => n.readings.length > 0);
  return {
    names: read(p.names),
    birthYear: p.birthYear ?? null,
    nationality: p.nationality ?? null,
    relatives: read(p.relatives),
  };
}

/**
 * A scorer for one query: its names are read once, and name parts and part similarities are kept
 * across its candidates (many share a family name). Drop it when the search is done.
 */
export function scorerFor(query: MatchProfile): (candidate: MatchProfile) => MatchResult {
  const parts: PartCache = new Map();
  const similarities: SimilarityCache = new Map();
  const q = prepareProfile(query, parts);
  return (candidate) => scorePrepared(q, prepareProfile(candidate, parts), similarities);
}

/** The score of one candidate against one query. */
export function scoreCandidate(query: MatchProfile, candidate: MatchProfile): MatchResult {
  return scorerFor(query)(candidate);
}

/**
 * The name score, lowered by details that conflict and raised by details that agree — but only
 * for a name that already matches: a lookalike name with the same birth year stays a lookalike.
 */
function scorePrepared(q: PreparedProfile, c: PreparedProfile, cache: SimilarityCache): MatchResult {
  const name = bestNameMatch(q.names, c.names, cache);
  const nameScore = name?.score ?? 0;
  const raises = nameScore >= MATCH_LEVELS.possible;
  const details = [birthYearDetail(q, c), nationalityDetail(q, c), relativesDetail(q, c, cache)].map((d) =>
    d.adjustment > 0 && !raises ? { ...d, adjustment: 0 } : d,
  );
  const total = nameScore + details.reduce((s, d) => s + d.adjustment, 0);
  return { score: round(Math.min(1, Math.max(0, total))), name, details };
}

function birthYearDetail(q: PreparedProfile, c: PreparedProfile): DetailMatch {
  const how = birthYearMatch(q.birthYear, c.birthYear);
  return { detail: 'birth-year', how, adjustment: BIRTH_YEAR_ADJUSTMENT[how] };
}

function birthYearMatch(a: number | null, b: number | null): BirthYearMatch {
  if (a === null || b === null) return 'unknown';
  const gap = Math.abs(a - b);
  return gap === 0 ? 'exact' : gap === 1 ? 'within-1' : gap === 2 ? 'within-2' : 'conflict';
}

function nationalityDetail(q: PreparedProfile, c: PreparedProfile): DetailMatch {
  if (q.nationality === null || c.nationality === null) return { detail: 'nationality', how: 'unknown', adjustment: 0 };
  return q.nationality === c.nationality
    ? { detail: 'nationality', how: 'same', adjustment: SAME_NATIONALITY }
    : { detail: 'nationality', how: 'different', adjustment: OTHER_NATIONALITY };
}

/** Relatives named on both sides that match add a little each; unmatched ones take nothing away. */
function relativesDetail(q: PreparedProfile, c: PreparedProfile, cache: SimilarityCache): DetailMatch {
  if (q.relatives.length === 0 || c.relatives.length === 0) {
    return { detail: 'relatives', how: 'unknown', matched: 0, adjustment: 0 };
  }
  const matched = q.relatives.filter(
    (r) => (bestNameMatch([r], c.relatives, cache)?.score ?? 0) >= MATCH_LEVELS.likely,
  ).length;
  const adjustment = RELATIVE_MATCHED * Math.min(matched, MAX_RELATIVES_COUNTED);
  return { detail: 'relatives', how: matched > 0 ? 'matched' : 'none-matched', matched, adjustment };
}

function round(n: number): number {
  return Math.round(n * 1000) / 1000;
}
