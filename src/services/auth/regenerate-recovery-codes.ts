import type { Actor } from '../../security/roles.js';
import type { Deps } from '../deps.js';
import { AccessRefused } from '../errors.js';
import { runUseCase } from '../use-case.js';
import { issueRecoveryCodes } from './issue-recovery-codes.js';
import { requireRecentProof } from '../access/require-recent-proof.js';

/** Ten new recovery codes replacing the old ones (all of which stop working); needs a recent proof. */
export function regenerateRecoveryCodes(deps: Deps, actor: Actor) {
  return runUseCase(deps, actor, async (ctx) => {
    if (actor.awaitingSecondFactor) {
      throw new AccessRefused('auth.recovery-codes', { type: 'user', id: actor.userId }, 'forbidden');
    }
    requireRecentProof(ctx);
    const recoveryCodes = await issueRecoveryCodes(ctx.tx, actor.userId, ctx.now.toISOString());
    await ctx.audit({ action: 'auth.recovery-codes', targetType: 'user', targetId: actor.userId });
    return { recoveryCodes };
  });
}
