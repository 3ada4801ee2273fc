import { searchKeys } from '../../domain/names/blind-keys.js';
import { profileFromIdentity, type MatchProfile } from '../../domain/names/profile.js';
import { MATCH_LEVELS, scorerFor, type MatchResult } from '../../domain/names/score.js';
import { keyHolderCounts, peopleWithAnyKey, sealedIdentities } from '../../store/name-index.js';
import type { Db } from '../../store/engine.js';
import type { Deps } from '../deps.js';
import { openIdentity } from '../people/protected-fields.js';

/** People sharing a key with the query, at most: more would mean a key too common to tell anyone apart. */
export const MAX_RETRIEVED = 500;
/** A single-part (fallback) key is looked up only if at most this many people share it. */
export const FALLBACK_CAP = 200;

export interface NameCandidate {
  personId: string;
  match: MatchResult;
  level: 'likely' | 'possible';
}

export interface NameSearch {
  /** Scored at or above the "possible" level, best first. */
  candidates: NameCandidate[];
  /** People retrieved through the index and kept by `keep`: each was decrypted and scored. */
  scored: number;
  /** Single-part keys skipped because too many people share them (a common family name). */
  commonKeysSkipped: number;
}

/**
 * Find the registered people whose names may be the query's, through the blind index: the query's
 * keys are hashed, the people sharing any are found, `keep` narrows them (to whom the caller may
 * consider) and only those are decrypted and scored. Name and pair keys first; single-part keys
 * only when those find no one, and each only if few people share it. Never decides anything: the
 * candidates go to a person for review.
 */
export async function findNameCandidates(
  tx: Db,
  deps: Pick<Deps, 'cipher' | 'nameKey'>,
  query: MatchProfile,
  keep: (personIds: string[]) => Promise<string[]>,
): Promise<NameSearch> {
  const keys = searchKeys(query.names);
  let retrieved = await peopleWithAnyKey(tx, deps.nameKey.hashAll(keys.primary), MAX_RETRIEVED);
  let commonKeysSkipped = 0;
  if (retrieved.length === 0) {
    const counts = await keyHolderCounts(tx, deps.nameKey.hashAll(keys.fallback), FALLBACK_CAP);
    const rare = [...counts].filter(([, n]) => n > 0 && n <= FALLBACK_CAP).map(([hash]) => hash);
    commonKeysSkipped = [...counts.values()].filter((n) => n > FALLBACK_CAP).length;
    retrieved = await peopleWithAnyKey(tx, rare, MAX_RETRIEVED);
  }
  const kept = retrieved.length > 0 ? await keep(retrieved) : [];
  const score = scorerFor(query);
  const candidates = (await sealedIdentities(tx, kept))
    .map((row) => {
      const match = score(profileFromIdentity(openIdentity(deps.cipher, row.person_id, row.identity)));
      return { personId: row.person_id, match };
    })
    .filter((c) => c.match.score >= MATCH_LEVELS.possible)
    .sort((a, b) => b.match.score - a.match.score || a.personId.localeCompare(b.personId))
    .map((c) => ({ ...c, level: c.match.score >= MATCH_LEVELS.likely ? ('likely' as const) : ('possible' as const) }));
  return { candidates, scored: kept.length, commonKeysSkipped };
}
