import { createHash } from 'node:crypto';

/**
 * How failed sign-in attempts slow down the next ones. The first `freeFailures` cost nothing;
 * after that each further attempt waits twice as long as the one before, from `baseDelayMs` up
 * to `maxDelayMs`. A counter untouched for `forgetAfterMs` starts over.
 */
export interface ThrottleRule {
  freeFailures: number;
  baseDelayMs: number;
  maxDelayMs: number;
  forgetAfterMs: number;
}

export interface ThrottleSettings {
  /** Per account (by username, whether or not it exists). Reset by a successful sign-in. */
  account: ThrottleRule;
  /** Per client address, across accounts: a larger budget, not reset by a success. */
  address: ThrottleRule;
  /**
   * An address from which the account completed a sign-in this recently is not held back by
   * the account's counter (only by its own): someone guessing elsewhere cannot lock the real
   * user out.
   */
  knownAddressMs: number;
}

export const DEFAULT_THROTTLE: ThrottleSettings = {
  account: { freeFailures: 5, baseDelayMs: 30_000, maxDelayMs: 15 * 60_000, forgetAfterMs: 60 * 60_000 },
  address: { freeFailures: 30, baseDelayMs: 30_000, maxDelayMs: 15 * 60_000, forgetAfterMs: 60 * 60_000 },
  knownAddressMs: 30 * 24 * 60 * 60_000,
};

export interface ThrottleCount {
  failures: number;
  last_failure_at: string;
}

function current(rule: ThrottleRule, count: ThrottleCount | undefined, now: Date): number {
  if (!count || now.getTime() - Date.parse(count.last_failure_at) > rule.forgetAfterMs) return 0;
  return count.failures;
}

/** Milliseconds until the next attempt may be made; 0 when it may be made now. */
export function waitBeforeNextAttempt(rule: ThrottleRule, count: ThrottleCount | undefined, now: Date): number {
  const failures = current(rule, count, now);
  if (!count || failures < rule.freeFailures) return 0;
  const delay = Math.min(rule.maxDelayMs, rule.baseDelayMs * 2 ** (failures - rule.freeFailures));
  return Math.max(0, Date.parse(count.last_failure_at) + delay - now.getTime());
}

/** The count after one more attempt at `now`. */
export function countAttempt(rule: ThrottleRule, count: ThrottleCount | undefined, now: Date): ThrottleCount {
  return { failures: current(rule, count, now) + 1, last_failure_at: now.toISOString() };
}

/** The stored key: the username or address is hashed, so the table does not list them. */
export function throttleKey(kind: 'account' | 'address', value: string): string {
  return `${kind}:${createHash('sha256').update(`safehold/throttle/${kind}\0${value}`, 'utf8').digest('hex')}`;
}
