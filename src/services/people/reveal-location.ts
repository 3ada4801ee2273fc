import type { Actor } from '../../security/roles.js';
import { findIdentity } from '../../store/people.js';
import type { Deps } from '../deps.js';
import { NotFoundError } from '../errors.js';
import { runUseCase } from '../use-case.js';
import { requirePersonAction } from './person-abilities.js';
import { openLocation } from './protected-fields.js';
import { requireRecentProof } from '../access/require-recent-proof.js';
import { revealedUntil } from './recent-proof.js';

/**
 * Show where a person lives to a user allowed to see it, who proved who they are recently
 * and says why. The look is recorded with the reason (also when nothing is on record).
 */
export function revealLocation(deps: Deps, actor: Actor, personId: string, reason: string) {
  return runUseCase(deps, actor, async (ctx) => {
    const { person, caseId } = await requirePersonAction(ctx, personId, 'location:reveal');
    requireRecentProof(ctx);
    const stored = await findIdentity(ctx.tx, personId);
    if (!stored) throw new NotFoundError('person');
    const location = stored.location ? openLocation(deps.cipher, personId, stored.location) : null;
    await ctx.audit({
      action: 'person.location.reveal',
      targetType: 'person',
      targetId: personId,
      caseId,
      reason,
      details: { kind: person.kind, recorded: location !== null },
    });
    return { personId, location, revealedUntil: revealedUntil(ctx) };
  });
}
