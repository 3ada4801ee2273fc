import { z } from 'zod';
import { id, isoDate } from './common.js';

/**
 * Consent to a use of an incident or of one testimony, given by the person concerned:
 *
 * - internal_only: kept within the team working on the case;
 * - anonymous_advocacy: in reports and advocacy without anything that identifies them;
 * - public_with_name: in public, naming them;
 * - litigation: in court proceedings (where the parties learn who they are).
 *
 * A consent also covers the uses that expose the person less: public_with_name covers
 * anonymous_advocacy, and every consent covers internal use. Litigation is its own use: it
 * covers nothing public. A withdrawal is recorded with its date; the consent stays on record.
 */
export const CONSENT_PURPOSES = ['internal_only', 'anonymous_advocacy', 'public_with_name', 'litigation'] as const;
export const consentPurpose = z.enum(CONSENT_PURPOSES);
export type ConsentPurpose = z.infer<typeof consentPurpose>;

const COVERS: Record<ConsentPurpose, readonly ConsentPurpose[]> = {
  internal_only: ['internal_only'],
  anonymous_advocacy: ['internal_only', 'anonymous_advocacy'],
  public_with_name: ['internal_only', 'anonymous_advocacy', 'public_with_name'],
  litigation: ['internal_only', 'litigation'],
};

export const CONSENT_METHODS = ['written', 'oral', 'recorded'] as const;

export const consentInput = z.strictObject({
  purpose: consentPurpose,
  /** The person who consents: a victim of the incident, or the source of the testimony. */
  givenBy: id,
  givenOn: isoDate,
  method: z.enum(CONSENT_METHODS),
  /** The testimony (a source of the incident) the consent is for; the whole incident when absent. */
  sourceId: id.nullish(),
});
export type ConsentInput = z.infer<typeof consentInput>;

export const withdrawalInput = z.strictObject({ withdrawnOn: isoDate });

export interface ConsentRecord {
  purpose: ConsentPurpose;
  givenBy: string;
  givenOn: string;
  withdrawnOn: string | null;
}

/** In force on the day: given on or before it, and not withdrawn on or before it. */
export function inForce(c: ConsentRecord, day: string): boolean {
  return c.givenOn <= day && (c.withdrawnOn === null || c.withdrawnOn > day);
}

export interface ConsentDecision {
  allowed: boolean;
  /** The people whose consent to this use is not in force. */
  missing: string[];
}

/**
 * Whether a use is allowed on a day: every person whose consent is needed has a consent in
 * force that covers it. With nobody to ask, nothing is allowed beyond the record itself.
 */
export function decideUse(
  consents: readonly ConsentRecord[],
  purpose: ConsentPurpose,
  day: string,
  needed: readonly string[],
): ConsentDecision {
  const covered = new Set(
    consents.filter((c) => inForce(c, day) && COVERS[c.purpose].includes(purpose)).map((c) => c.givenBy),
  );
  const missing = [...new Set(needed)].filter((p) => !covered.has(p));
  return { allowed: needed.length > 0 && missing.length === 0, missing };
}
