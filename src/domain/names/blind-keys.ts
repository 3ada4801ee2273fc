import { prepareName, type PartCache, type PreparedName } from './prepared-name.js';

/*
 * The strings to blind-index for a person's names. The store keys each with an HMAC under a key
 * derived from the data key and keeps a truncated hash, so the database holds no name; a search
 * computes the same strings for what it is given, finds the people who share any of them, and
 * decrypts and scores (score.ts) only those.
 *
 *   name:<parts sorted>   the normalized name, whatever the order of its parts: exact duplicates.
 *   pair:<key>+<key>      the phonetic keys of two parts of one name, sorted: given and family
 *                         name in any order and any script or spelling (Mohammad Rezaei, Rezaie
 *                         Mohamad, محمد رضایی all give pair:MHMD+RZI). Parts read together count
 *                         as one (Mohammad Reza Jafari also gives pair:JFRI+MHMDRZ).
 *   part:<key>            the phonetic key of one part: the fallback.
 *
 * The trade-off: a key shared by many people costs a decryption for each of them on every search,
 * and an equal hash on many rows tells a reader of the database that they share a name part. A
 * common family name alone (part:RZI) matches thousands; a given and a family name together
 * (pair:) match a handful, so searches use name: and pair: keys. Pair keys need both parts to
 * agree on their phonetic keys, which the usual spellings do; a part spelled beyond its key is
 * found only through part: keys. Those are indexed too but used only as a fallback — when the
 * search has a single part, or the pair keys found no one — and each only if few people share it:
 * the store can count the rows of a hash without decrypting anything, so it looks up the rare
 * part (the given name Karim) and skips the common one (Rahmani), and says so rather than
 * decrypt a whole family name.
 */

/** Changes whenever the keys a name gives change: stored keys of an older version must be recomputed. */
export const NAME_KEY_VERSION = 1;

export interface SearchKeys {
  /** Exact and pair keys: selective, to use first. */
  primary: string[];
  /** Single-part keys: to use only when primary finds no one, each only if few people share it. */
  fallback: string[];
}

/** Every key to store for one person's names (all scripts and aliases). */
export function recordKeys(names: readonly string[]): string[] {
  const { primary, fallback } = searchKeys(names);
  return [...new Set([...primary, ...fallback])];
}

/** The keys to look up for a search or a new registration. */
export function searchKeys(names: readonly string[]): SearchKeys {
  const primary = new Set<string>();
  const fallback = new Set<string>();
  const parts: PartCache = new Map();
  for (const name of names.map((n) => prepareName(n, parts))) {
    const exact = exactKey(name);
    if (exact !== null) primary.add(exact);
    for (const reading of name.readings) {
      reading.forEach((part, i) => {
        for (const key of part.keys) fallback.add(versioned(`part:${key}`));
        for (const other of reading.slice(i + 1)) {
          for (const a of part.keys)
            for (const b of other.keys) primary.add(versioned(`pair:${[a, b].sort().join('+')}`));
        }
      });
    }
  }
  return { primary: [...primary], fallback: [...fallback] };
}

function exactKey(name: PreparedName): string | null {
  const parts = name.readings[0];
  return parts
    ? versioned(
        `name:${parts
          .map((p) => p.text)
          .sort()
          .join(' ')}`,
      )
    : null;
}

function versioned(key: string): string {
  return `${NAME_KEY_VERSION}:${key}`;
}
