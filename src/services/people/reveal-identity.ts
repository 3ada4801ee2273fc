import type { Actor } from '../../security/roles.js';
import { findIdentity } from '../../store/people.js';
import type { Deps } from '../deps.js';
import { NotFoundError } from '../errors.js';
import { runUseCase } from '../use-case.js';
import { requirePersonAction } from './person-abilities.js';
import { openIdentity } from './protected-fields.js';
import { requireRecentProof } from '../access/require-recent-proof.js';
import { revealedUntil } from './recent-proof.js';

/**
 * Show a person's protected identity to a user allowed to see it, who proved who they are
 * recently and says why. The look is recorded with the reason, never with the values.
 */
export function revealIdentity(deps: Deps, actor: Actor, personId: string, reason: string) {
  return runUseCase(deps, actor, async (ctx) => {
    const { person, caseId } = await requirePersonAction(ctx, personId, 'identity:reveal');
    requireRecentProof(ctx);
    const stored = await findIdentity(ctx.tx, personId);
    if (!stored) throw new NotFoundError('person');
    const identity = openIdentity(deps.cipher, personId, stored.identity);
    await ctx.audit({
      action: 'person.identity.reveal',
      targetType: 'person',
      targetId: personId,
      caseId,
      reason,
      details: { kind: person.kind },
    });
    return { personId, identity, revealedUntil: revealedUntil(ctx) };
  });
}
