import { hashRecoveryCode } from '../../security/recovery-codes.js';
import type { Actor } from '../../security/roles.js';
import { countUnusedRecoveryCodes, useRecoveryCode } from '../../store/second-factors.js';
import { findUser } from '../../store/users.js';
import type { Deps } from '../deps.js';
import { AccessRefused, InvalidInputError } from '../errors.js';
import { runUseCase } from '../use-case.js';
import { beginAttempt } from './attempt-guard.js';
import { useTotpCode } from './check-totp-code.js';
import { completeSecondFactor } from './complete-second-factor.js';
import { sessionOf } from './session-of.js';

export type SecondFactorProof = { code: string } | { recoveryCode: string };

/**
 * Pass the second factor of a session that has passed the password: a code from the
 * authenticator app (each code once) or a recovery code (each once). The session gets a new
 * token; the one used so far is dead.
 */
export async function verifySecondFactor(
  deps: Deps,
  actor: Actor,
  input: SecondFactorProof & { ip: string | null },
): Promise<{ token: string; recoveryCodesLeft: number }> {
  const sessionId = sessionOf(actor);
  if (!actor.awaitingSecondFactor) {
    throw new InvalidInputError('session', 'this session has already passed its second factor');
  }
  const user = await findUser(deps.db, actor.userId);
  if (!user) throw new AccessRefused('auth.second-factor', { type: 'user', id: actor.userId }, 'forbidden');
  const attempt = await beginAttempt(deps, { username: user.username, userId: user.id, ip: input.ip });
  const method = 'code' in input ? 'totp' : 'recovery-code';
  const field = 'code' in input ? 'code' : 'recoveryCode';
  const result = await runUseCase(deps, actor, async (ctx) => {
    const at = ctx.now.toISOString();
    let ok: boolean;
    if ('code' in input) {
      ok = await useTotpCode(ctx.tx, deps, user.id, input.code, ctx.now, { confirmed: true });
    } else {
      const hash = hashRecoveryCode(input.recoveryCode);
      ok = hash !== null && (await useRecoveryCode(ctx.tx, user.id, hash, at));
    }
    if (!ok) {
      await ctx.audit({
        action: 'auth.second-factor',
        outcome: 'refused',
        targetType: 'user',
        targetId: user.id,
        details: { method },
      });
      await attempt.failed(ctx.tx);
      return null;
    }
    await attempt.succeeded(ctx.tx);
    const token = await completeSecondFactor(ctx.tx, deps, { id: sessionId, userId: user.id }, method, ctx.now);
    return { token, recoveryCodesLeft: await countUnusedRecoveryCodes(ctx.tx, user.id) };
  });
  if (!result) throw new InvalidInputError(field, 'the code is not valid, or was already used');
  return result;
}
