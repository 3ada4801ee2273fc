import type { Actor } from '../../security/roles.js';
import { findTotp } from '../../store/second-factors.js';
import { findUser } from '../../store/users.js';
import type { Deps } from '../deps.js';
import { AccessRefused, InvalidInputError } from '../errors.js';
import { runUseCase } from '../use-case.js';
import { beginAttempt } from './attempt-guard.js';
import { useTotpCode } from './check-totp-code.js';
import { completeSecondFactor } from './complete-second-factor.js';
import { issueFirstRecoveryCodes } from './issue-recovery-codes.js';

export interface ConfirmTotpResult {
  /** The session's new token when this completed its second-factor step; null otherwise. */
  token: string | null;
  /** Recovery codes, shown this once (empty when the user already has some). */
  recoveryCodes: string[];
}

/** Finish setting up the authenticator app with a first code from it. */
export async function confirmTotpEnrolment(
  deps: Deps,
  actor: Actor,
  input: { code: string; ip: string | null },
): Promise<ConfirmTotpResult> {
  const user = await findUser(deps.db, actor.userId);
  const pending = await findTotp(deps.db, actor.userId);
  if (!user) throw new AccessRefused('auth.totp.enrol', { type: 'user', id: actor.userId }, 'forbidden');
  if (!pending || pending.confirmed_at) {
    throw new InvalidInputError('code', 'start setting up an authenticator app first');
  }
  const attempt = await beginAttempt(deps, { username: user.username, userId: user.id, ip: input.ip });
  const result = await runUseCase(deps, actor, async (ctx) => {
    if (!(await useTotpCode(ctx.tx, deps, user.id, input.code, ctx.now, { confirmed: false }))) {
      await ctx.audit({ action: 'auth.totp.enrol', outcome: 'refused', targetType: 'user', targetId: user.id });
      await attempt.failed(ctx.tx);
      return null;
    }
    await attempt.succeeded(ctx.tx);
    await ctx.audit({ action: 'auth.totp.enrol', targetType: 'user', targetId: user.id });
    const recoveryCodes = await issueFirstRecoveryCodes(ctx.tx, user.id, ctx.now.toISOString());
    const token =
      actor.awaitingSecondFactor && actor.sessionId
        ? await completeSecondFactor(ctx.tx, deps, { id: actor.sessionId, userId: user.id }, 'totp', ctx.now)
        : null;
    return { token, recoveryCodes };
  });
  if (!result) throw new InvalidInputError('code', 'the code is not valid');
  return result;
}
