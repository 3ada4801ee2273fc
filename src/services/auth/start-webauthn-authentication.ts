import type { Actor } from '../../security/roles.js';
import { authenticationOptions, CEREMONY_TIMEOUT_MS } from '../../security/webauthn.js';
import { listWebauthnCredentials } from '../../store/second-factors.js';
import { updateLiveSession } from '../../store/sessions.js';
import type { Deps } from '../deps.js';
import { InvalidInputError } from '../errors.js';
import { runUseCase } from '../use-case.js';
import { sessionOf } from './session-of.js';
import { storedCredential } from './webauthn-credentials.js';

/** Options for navigator.credentials.get() with the user's keys, for the second factor or a step-up. */
export function startWebauthnAuthentication(deps: Deps, actor: Actor) {
  return runUseCase(deps, actor, async (ctx) => {
    const sessionId = sessionOf(actor);
    const keys = (await listWebauthnCredentials(ctx.tx, actor.userId)).map(storedCredential);
    if (keys.length === 0) throw new InvalidInputError('webauthn', 'no security key is registered for this account');
    const options = await authenticationOptions(deps.site, keys);
    await updateLiveSession(ctx.tx, sessionId, {
      challenge: options.challenge,
      challenge_expires_at: new Date(ctx.now.getTime() + CEREMONY_TIMEOUT_MS).toISOString(),
    });
    return options;
  });
}
