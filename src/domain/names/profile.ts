import type { Identity } from '../person.js';

/**
 * What name matching compares: every way a person's name is written (in any script, aliases
 * included), and the details that tell namesakes apart. A search by a family fills what the
 * family said; a registered person's profile comes from the decrypted identity.
 */
export interface MatchProfile {
  names: readonly string[];
  birthYear?: number | null;
  /** ISO 3166-1 alpha-2. */
  nationality?: string | null;
  /** Names of parents, spouse or siblings, as a family gives them. */
  relatives?: readonly string[];
}

/** The profile of a registered person: full names and aliases, the year of birth, nationality. */
export function profileFromIdentity(identity: Identity, relatives: readonly string[] = []): MatchProfile {
  return {
    names: [...identity.names.map((n) => n.full), ...identity.aliases],
    birthYear: birthYearOf(identity.birthDate),
    nationality: identity.nationality ?? null,
    relatives,
  };
}

/** The year of a YYYY, YYYY-MM or YYYY-MM-DD birth date. */
export function birthYearOf(birthDate: string | null | undefined): number | null {
  const year = birthDate ? Number(birthDate.slice(0, 4)) : Number.NaN;
  return Number.isInteger(year) ? year : null;
}
