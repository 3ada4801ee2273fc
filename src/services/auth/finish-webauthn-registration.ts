import type { Actor } from '../../security/roles.js';
import { verifyRegistration, type RegistrationResponseJSON } from '../../security/webauthn.js';
import { findWebauthnCredential, insertWebauthnCredential } from '../../store/second-factors.js';
import { takeChallenge } from '../../store/sessions.js';
import type { Deps } from '../deps.js';
import { AccessRefused, InvalidInputError } from '../errors.js';
import { runUseCase } from '../use-case.js';
import { completeSecondFactor } from './complete-second-factor.js';
import { issueFirstRecoveryCodes } from './issue-recovery-codes.js';
import { sessionOf } from './session-of.js';
import { hasSecondFactor } from './webauthn-credentials.js';

/**
 * Store the new security key if its answer is valid for this session's challenge, origin and
 * relying party. In a session awaiting its second factor, this passes it (new token).
 */
export async function finishWebauthnRegistration(
  deps: Deps,
  actor: Actor,
  input: { response: RegistrationResponseJSON; name: string },
): Promise<{ token: string | null; recoveryCodes: string[] }> {
  const sessionId = sessionOf(actor);
  const result = await runUseCase(deps, actor, async (ctx) => {
    if (actor.awaitingSecondFactor && (await hasSecondFactor(ctx.tx, actor.userId))) {
      throw new AccessRefused('auth.webauthn.register', { type: 'user', id: actor.userId }, 'forbidden');
    }
    const at = ctx.now.toISOString();
    const challenge = await takeChallenge(ctx.tx, sessionId, at);
    const credential = challenge ? await verifyRegistration(deps.site, input.response, challenge) : null;
    if (!credential || (await findWebauthnCredential(ctx.tx, actor.userId, credential.id))) {
      await ctx.audit({
        action: 'auth.webauthn.register',
        outcome: 'refused',
        targetType: 'user',
        targetId: actor.userId,
      });
      return null;
    }
    await insertWebauthnCredential(ctx.tx, {
      id: credential.id,
      user_id: actor.userId,
      name: input.name,
      public_key: Buffer.from(credential.publicKey),
      counter: credential.counter,
      transports: JSON.stringify(credential.transports),
      created_at: at,
      last_used_at: null,
    });
    await ctx.audit({ action: 'auth.webauthn.register', targetType: 'user', targetId: actor.userId });
    const recoveryCodes = await issueFirstRecoveryCodes(ctx.tx, actor.userId, at);
    const token = actor.awaitingSecondFactor
      ? await completeSecondFactor(ctx.tx, deps, { id: sessionId, userId: actor.userId }, 'webauthn', ctx.now)
      : null;
    return { token, recoveryCodes };
  });
  if (!result) throw new InvalidInputError('response', 'the security key could not be registered: start again');
  return result;
}
