import { DERIVED_STATUSES, type ClaimValue, type Stance, type VerificationStatus } from './claim.js';

/** What the comparison needs of a claim; `assertedBy` is any key naming the asserter. */
export interface ComparableClaim {
  id: string;
  assertedBy: string;
  stance: Stance;
  value: ClaimValue | null;
  aboutFrom: string | null;
  aboutTo: string | null;
}

export type Comparison =
  | { relation: 'contradicts'; reason: 'negation' | 'different_values' }
  | { relation: 'agrees' }
  | { relation: 'unrelated'; reason: 'different_periods' | 'not_comparable' };

/** Periods open at an end reach as far as they can; dates compare as text. */
export function periodsOverlap(
  a: Pick<ComparableClaim, 'aboutFrom' | 'aboutTo'>,
  b: Pick<ComparableClaim, 'aboutFrom' | 'aboutTo'>,
): boolean {
  const startsBeforeEnd = (from: string | null, to: string | null) => from === null || to === null || from <= to;
  return startsBeforeEnd(a.aboutFrom, b.aboutTo) && startsBeforeEnd(b.aboutFrom, a.aboutTo);
}

/** Two amounts in one unit, or null when the currencies or periods cannot be converted exactly. */
function sameUnitAmounts(a: ClaimValue, b: ClaimValue): [number, number] | null {
  if (a.kind !== 'amount' || b.kind !== 'amount' || a.currency !== b.currency) return null;
  if (a.per === b.per) return [a.amount, b.amount];
  const perYear = { month: 12, year: 1 } as const;
  if ((a.per === 'month' || a.per === 'year') && (b.per === 'month' || b.per === 'year')) {
    return [a.amount * perYear[a.per], b.amount * perYear[b.per]];
  }
  return null;
}

/** An amount above zero says "yes, it is paid"; zero says "no". */
function yesNo(v: ClaimValue): boolean {
  return v.kind === 'yes_no' ? v.value : v.amount > 0;
}

/**
 * Compare two claims on one topic. They contradict when their periods overlap and one denies
 * what the other affirms (an explicit negation), or when their structured values differ.
 */
export function compareClaims(a: ComparableClaim, b: ComparableClaim): Comparison {
  if (!periodsOverlap(a, b)) return { relation: 'unrelated', reason: 'different_periods' };
  if (a.stance !== b.stance) return { relation: 'contradicts', reason: 'negation' };
  if (!a.value || !b.value) return { relation: 'agrees' };
  const amounts = sameUnitAmounts(a.value, b.value);
  if (amounts) {
    return amounts[0] === amounts[1] ? { relation: 'agrees' } : { relation: 'contradicts', reason: 'different_values' };
  }
  if (yesNo(a.value) !== yesNo(b.value)) return { relation: 'contradicts', reason: 'different_values' };
  // Two amounts in units that do not convert exactly (EUR against ALL, per week against per month).
  if (a.value.kind === 'amount' && b.value.kind === 'amount')
    return { relation: 'unrelated', reason: 'not_comparable' };
  return { relation: 'agrees' };
}

export interface ClaimPair<R extends string = string> {
  claimIds: [string, string];
  reason: R;
}

export interface TopicFindings {
  contradictions: ClaimPair<'negation' | 'different_values'>[];
  /** Agreeing claims from different asserters. */
  corroborations: ClaimPair<'agreement'>[];
}

/** Every pair of claims on a topic that contradict, and those that corroborate each other. */
export function topicFindings(claims: readonly ComparableClaim[]): TopicFindings {
  const findings: TopicFindings = { contradictions: [], corroborations: [] };
  claims.forEach((a, i) => {
    for (const b of claims.slice(i + 1)) {
      const c = compareClaims(a, b);
      if (c.relation === 'contradicts') findings.contradictions.push({ claimIds: [a.id, b.id], reason: c.reason });
      else if (c.relation === 'agrees' && a.assertedBy !== b.assertedBy) {
        findings.corroborations.push({ claimIds: [a.id, b.id], reason: 'agreement' });
      }
    }
  });
  return findings;
}

/**
 * The status the claims give a topic. A person's finding (verified, refuted) stands until a
 * person changes it; the others follow the claims.
 */
export function derivedStatus(current: VerificationStatus, findings: TopicFindings): VerificationStatus {
  if (!DERIVED_STATUSES.includes(current)) return current;
  if (findings.contradictions.length > 0) return 'contradicted';
  return findings.corroborations.length > 0 ? 'corroborated' : 'unverified';
}
