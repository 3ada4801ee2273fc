import { appendAudit } from '../../security/audit-log.js';
import {
  countAttempt,
  throttleKey,
  waitBeforeNextAttempt,
  type ThrottleCount,
  type ThrottleRule,
} from '../../security/throttle.js';
import type { Db } from '../../store/engine.js';
import { hasSessionFromAddress } from '../../store/sessions.js';
import { addFailure, clearThrottle, findThrottle, swapThrottle } from '../../store/throttle.js';
import type { Deps } from '../deps.js';
import { ThrottledError } from './auth-errors.js';

export interface AttemptSubject {
  /** The username as typed (normalized): unknown usernames are throttled the same way. */
  username: string;
  /** The account, when it exists. */
  userId: string | null;
  ip: string | null;
}

export interface Attempt {
  /** The proof was right: the account's counter starts over (the address's does not). */
  succeeded(tx: Db): Promise<void>;
  /** The proof was wrong: it counts against the account and the address; a lockout that starts now is audited. */
  failed(tx: Db): Promise<void>;
}

/**
 * Check that an attempt to prove who one is (password, second factor, step-up) may be made now,
 * or refuse with the time to wait. The account's counter is charged before the proof is checked,
 * with a compare-and-swap: of parallel attempts on one account (on any app server) only one
 * goes ahead. The address's counter counts failures only, and a success does not give any back,
 * so guesses cannot be laundered through sign-ins of one's own account.
 */
export async function beginAttempt(deps: Deps, who: AttemptSubject): Promise<Attempt> {
  const now = deps.now();
  const account = { key: throttleKey('account', who.username), rule: deps.throttle.account };
  const address = who.ip ? { key: throttleKey('address', who.ip), rule: deps.throttle.address } : null;

  const seen = await findThrottle(deps.db, account.key);
  let wait = waitBeforeNextAttempt(account.rule, seen, now);
  if (wait > 0 && who.userId && who.ip) {
    const since = new Date(now.getTime() - deps.throttle.knownAddressMs).toISOString();
    if (await hasSessionFromAddress(deps.db, who.userId, who.ip, since)) wait = 0;
  }
  if (address) {
    wait = Math.max(wait, waitBeforeNextAttempt(address.rule, await findThrottle(deps.db, address.key), now));
  }
  if (wait > 0) throw new ThrottledError(Math.ceil(wait / 1000));

  const charged = countAttempt(account.rule, seen, now);
  // Another attempt on this account was counted at the same moment: one at a time.
  if (!(await swapThrottle(deps.db, account.key, seen, charged))) throw new ThrottledError(1);

  const lockoutStarts = async (tx: Db, scope: 'account' | 'address', rule: ThrottleRule, count: ThrottleCount) => {
    if (count.failures < rule.freeFailures) return;
    await appendAudit(
      tx,
      {
        actorId: who.userId,
        action: 'auth.lockout',
        outcome: 'refused',
        targetType: scope === 'account' ? 'user' : 'address',
        targetId: scope === 'account' ? who.userId : null,
        details: {
          scope,
          failures: count.failures,
          retryAfterSeconds: Math.ceil(waitBeforeNextAttempt(rule, count, now) / 1000),
        },
      },
      now,
    );
  };

  return {
    async succeeded(tx) {
      await clearThrottle(tx, account.key);
    },
    async failed(tx) {
      await lockoutStarts(tx, 'account', account.rule, charged);
      if (!address) return;
      const forgetBefore = new Date(now.getTime() - address.rule.forgetAfterMs).toISOString();
      const count = await addFailure(tx, address.key, now.toISOString(), forgetBefore);
      await lockoutStarts(tx, 'address', address.rule, count);
    },
  };
}
