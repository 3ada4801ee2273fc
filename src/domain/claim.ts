import { z } from 'zod';
import { attribution } from './attribution.js';
import { id, isoDate, line, text, version } from './common.js';
import { endNotBeforeStart } from './date-range.js';

/**
 * The claims ledger: on a topic ("monthly payment by the UN agency to leavers"), who asserted
 * what, when, from which source. A topic carries a verification status and its evidence.
 */
export const VERIFICATION_STATUSES = ['unverified', 'corroborated', 'contradicted', 'verified', 'refuted'] as const;
export const verificationStatus = z.enum(VERIFICATION_STATUSES);
export type VerificationStatus = z.infer<typeof verificationStatus>;

/** Statuses that follow the claims by themselves; verified and refuted are a person's finding. */
export const DERIVED_STATUSES: readonly VerificationStatus[] = ['unverified', 'corroborated', 'contradicted'];

/** Whether the claim asserts the topic's statement or denies it. */
export const STANCES = ['affirms', 'denies'] as const;
export const stance = z.enum(STANCES);
export type Stance = z.infer<typeof stance>;

export const AMOUNT_PERIODS = ['once', 'day', 'week', 'month', 'year'] as const;

/** A value that can be compared: an amount of money per period, or a plain yes or no. */
export const claimValue = z.discriminatedUnion('kind', [
  z.strictObject({
    kind: z.literal('amount'),
    amount: z.number().nonnegative().max(1e12),
    currency: z.string().regex(/^[A-Z]{3}$/, { error: 'must be an ISO 4217 code such as EUR' }),
    per: z.enum(AMOUNT_PERIODS),
  }),
  z.strictObject({ kind: z.literal('yes_no'), value: z.boolean() }),
]);
export type ClaimValue = z.infer<typeof claimValue>;

export const CLAIM_SOURCES = ['minutes_item', 'note', 'document'] as const;
export const claimSourceKind = z.enum(CLAIM_SOURCES);
export type ClaimSourceKind = z.infer<typeof claimSourceKind>;
export const claimSource = z.strictObject({ kind: claimSourceKind, id });
export type ClaimSource = z.infer<typeof claimSource>;

const caseIds = z
  .array(id)
  .min(1, { error: 'link at least one case' })
  .max(100, { error: 'at most 100 cases' })
  .refine((ids) => new Set(ids).size === ids.length, { error: 'must not list a case twice' });

/** Topics are phrased as a statement that claims affirm or deny. */
export const topicInput = z.strictObject({ title: line(300), caseIds });
export type TopicInput = z.infer<typeof topicInput>;

export const claimInput = z
  .strictObject({
    assertedBy: attribution,
    assertedOn: isoDate,
    stance: stance.default('affirms'),
    value: claimValue.nullish(),
    /** The time the claim is about; open at either end when not given. */
    aboutFrom: isoDate.nullish(),
    aboutTo: isoDate.nullish(),
    /** What was asserted, in the asserter's words where possible: may be testimony, so encrypted. */
    statement: text(4000).refine((s) => s.trim().length > 0, { error: 'must not be empty' }),
    source: claimSource,
  })
  .superRefine(endNotBeforeStart('aboutFrom', 'aboutTo'));
export type ClaimInput = z.infer<typeof claimInput>;

const evidenceInput = z.union([z.strictObject({ claimId: id }), z.strictObject({ source: claimSource })]);

/**
 * A person's finding on a topic: verified or refuted, with the evidence; or "unverified" to
 * withdraw a finding, after which the status follows the claims again.
 */
export const verificationInput = z
  .strictObject({
    version,
    status: verificationStatus.extract(['verified', 'refuted', 'unverified']),
    evidence: z.array(evidenceInput).max(50).default([]),
    note: text(4000).nullish(),
  })
  .refine((v) => !['verified', 'refuted'].includes(v.status) || v.evidence.length > 0, {
    error: 'a verified or refuted topic needs the evidence behind it',
    path: ['evidence'],
  });
export type VerificationInput = z.infer<typeof verificationInput>;
