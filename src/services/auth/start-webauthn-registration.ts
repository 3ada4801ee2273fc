import type { Actor } from '../../security/roles.js';
import { CEREMONY_TIMEOUT_MS, registrationOptions } from '../../security/webauthn.js';
import { listWebauthnCredentials } from '../../store/second-factors.js';
import { updateLiveSession } from '../../store/sessions.js';
import { findUser } from '../../store/users.js';
import type { Deps } from '../deps.js';
import { AccessRefused } from '../errors.js';
import { runUseCase } from '../use-case.js';
import { requireRecentProof } from '../access/require-recent-proof.js';
import { sessionOf } from './session-of.js';
import { hasSecondFactor, storedCredential } from './webauthn-credentials.js';

/**
 * Begin registering a security key or passkey: options for navigator.credentials.create(),
 * whose challenge this session must answer in time. A session still awaiting its second factor
 * may do this only for an account that has none yet; a full session needs a recent proof.
 */
export function startWebauthnRegistration(deps: Deps, actor: Actor) {
  return runUseCase(deps, actor, async (ctx) => {
    const sessionId = sessionOf(actor);
    const user = await findUser(ctx.tx, actor.userId);
    if (!user || (actor.awaitingSecondFactor && (await hasSecondFactor(ctx.tx, actor.userId)))) {
      throw new AccessRefused('auth.webauthn.register', { type: 'user', id: actor.userId }, 'forbidden');
    }
    if (!actor.awaitingSecondFactor) requireRecentProof(ctx);
    const existing = (await listWebauthnCredentials(ctx.tx, user.id)).map(storedCredential);
    const options = await registrationOptions(
      deps.site,
      { id: user.id, username: user.username, displayName: user.display_name },
      existing,
    );
    await updateLiveSession(ctx.tx, sessionId, {
      challenge: options.challenge,
      challenge_expires_at: new Date(ctx.now.getTime() + CEREMONY_TIMEOUT_MS).toISOString(),
    });
    await ctx.audit({ action: 'auth.webauthn.register-start', targetType: 'user', targetId: user.id });
    return options;
  });
}
