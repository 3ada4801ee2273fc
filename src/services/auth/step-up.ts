import { verifyPassword } from '../../security/passwords.js';
import type { Actor } from '../../security/roles.js';
import { updateLiveSession } from '../../store/sessions.js';
import { findUser } from '../../store/users.js';
import type { Deps } from '../deps.js';
import { AccessRefused, InvalidInputError } from '../errors.js';
import { runUseCase } from '../use-case.js';
import { beginAttempt } from './attempt-guard.js';
import { useTotpCode } from './check-totp-code.js';
import { sessionOf } from './session-of.js';

export type StepUpProof = { password: string } | { code: string };

/**
 * Prove again who one is (password, or a code from the authenticator app), so that actions
 * that need a recent proof, such as revealing a protected identity, are allowed for a while.
 */
export async function stepUp(
  deps: Deps,
  actor: Actor,
  input: StepUpProof & { ip: string | null },
): Promise<{ authenticatedAt: string }> {
  const sessionId = sessionOf(actor);
  const user = await findUser(deps.db, actor.userId);
  if (!user || actor.awaitingSecondFactor) {
    throw new AccessRefused('auth.step-up', { type: 'user', id: actor.userId }, 'forbidden');
  }
  const attempt = await beginAttempt(deps, { username: user.username, userId: user.id, ip: input.ip });
  const method = 'password' in input ? 'password' : 'totp';
  // The password check is slow (Argon2id): run it before the transaction opens.
  const passwordOk = 'password' in input ? await verifyPassword(user.password_hash, input.password) : false;
  const result = await runUseCase(deps, actor, async (ctx) => {
    const at = ctx.now.toISOString();
    const ok =
      'code' in input ? await useTotpCode(ctx.tx, deps, user.id, input.code, ctx.now, { confirmed: true }) : passwordOk;
    if (!ok) {
      await ctx.audit({
        action: 'auth.step-up',
        outcome: 'refused',
        targetType: 'user',
        targetId: user.id,
        details: { method },
      });
      await attempt.failed(ctx.tx);
      return null;
    }
    await attempt.succeeded(ctx.tx);
    await updateLiveSession(ctx.tx, sessionId, method === 'password' ? { password_at: at } : { second_factor_at: at });
    await ctx.audit({ action: 'auth.step-up', targetType: 'user', targetId: user.id, details: { method } });
    return { authenticatedAt: at };
  });
  if (!result) throw new InvalidInputError(method === 'password' ? 'password' : 'code', 'this is not right');
  return result;
}
