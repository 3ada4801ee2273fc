import type { Actor } from '../../security/roles.js';
import { verifyAuthentication, type AuthenticationResponseJSON } from '../../security/webauthn.js';
import { findWebauthnCredential, useWebauthnCredential } from '../../store/second-factors.js';
import { takeChallenge, updateLiveSession } from '../../store/sessions.js';
import { findUser } from '../../store/users.js';
import type { Deps } from '../deps.js';
import { AccessRefused, InvalidInputError } from '../errors.js';
import { runUseCase } from '../use-case.js';
import { beginAttempt } from './attempt-guard.js';
import { completeSecondFactor } from './complete-second-factor.js';
import { sessionOf } from './session-of.js';
import { storedCredential } from './webauthn-credentials.js';

/**
 * Check a security key's answer to this session's challenge. A session awaiting its second
 * factor passes it (new token); a full session has proved who it is again (step-up).
 */
export async function finishWebauthnAuthentication(
  deps: Deps,
  actor: Actor,
  input: { response: AuthenticationResponseJSON; ip: string | null },
): Promise<{ token: string | null; authenticatedAt: string }> {
  const sessionId = sessionOf(actor);
  const user = await findUser(deps.db, actor.userId);
  if (!user) throw new AccessRefused('auth.webauthn', { type: 'user', id: actor.userId }, 'forbidden');
  const attempt = await beginAttempt(deps, { username: user.username, userId: user.id, ip: input.ip });
  const result = await runUseCase(deps, actor, async (ctx) => {
    const at = ctx.now.toISOString();
    const row = await findWebauthnCredential(ctx.tx, user.id, input.response.id);
    const challenge = await takeChallenge(ctx.tx, sessionId, at);
    const counter =
      row && challenge ? await verifyAuthentication(deps.site, input.response, challenge, storedCredential(row)) : null;
    if (!row || counter === null || !(await useWebauthnCredential(ctx.tx, row.id, row.counter, counter, at))) {
      await ctx.audit({ action: 'auth.webauthn', outcome: 'refused', targetType: 'user', targetId: user.id });
      await attempt.failed(ctx.tx);
      return null;
    }
    await attempt.succeeded(ctx.tx);
    if (actor.awaitingSecondFactor) {
      const token = await completeSecondFactor(ctx.tx, deps, { id: sessionId, userId: user.id }, 'webauthn', ctx.now);
      return { token, authenticatedAt: at };
    }
    await updateLiveSession(ctx.tx, sessionId, { second_factor_at: at });
    await ctx.audit({ action: 'auth.step-up', targetType: 'user', targetId: user.id, details: { method: 'webauthn' } });
    return { token: null, authenticatedAt: at };
  });
  if (!result) throw new InvalidInputError('response', 'the security key could not be verified: start again');
  return result;
}
