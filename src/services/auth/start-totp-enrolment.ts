import type { Actor } from '../../security/roles.js';
import { newTotpSecret, totpUri } from '../../security/totp.js';
import { findTotp, listWebauthnCredentials, putUnconfirmedTotp } from '../../store/second-factors.js';
import { findUser } from '../../store/users.js';
import type { Deps } from '../deps.js';
import { AccessRefused, InvalidInputError } from '../errors.js';
import { runUseCase } from '../use-case.js';
import { requireRecentProof } from '../access/require-recent-proof.js';

/**
 * Begin setting up an authenticator app: a new secret, stored encrypted and unconfirmed until
 * a first code proves the app holds it. A session still awaiting its second factor may do this
 * only for an account that has none yet (otherwise a stolen password would be enough to add one);
 * a full session needs a recent proof.
 */
export function startTotpEnrolment(deps: Deps, actor: Actor) {
  return runUseCase(deps, actor, async (ctx) => {
    const user = await findUser(ctx.tx, actor.userId);
    if (!user) throw new AccessRefused('auth.totp.enrol', { type: 'user', id: actor.userId }, 'forbidden');
    if ((await findTotp(ctx.tx, user.id))?.confirmed_at) {
      throw new InvalidInputError('totp', 'an authenticator app is already set up for this account');
    }
    if (actor.awaitingSecondFactor && (await listWebauthnCredentials(ctx.tx, user.id)).length > 0) {
      throw new AccessRefused('auth.totp.enrol', { type: 'user', id: user.id }, 'forbidden');
    }
    if (!actor.awaitingSecondFactor) requireRecentProof(ctx);
    const secret = newTotpSecret();
    const sealed = deps.cipher.encrypt('totp_credentials', 'secret', user.id, secret);
    await putUnconfirmedTotp(ctx.tx, user.id, sealed, ctx.now.toISOString());
    await ctx.audit({ action: 'auth.totp.enrol-start', targetType: 'user', targetId: user.id });
    return { secret, uri: totpUri(secret, user.username) };
  });
}
