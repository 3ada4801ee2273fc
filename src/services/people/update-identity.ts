import { CASE_BOUND_KINDS, identity as identitySchema, type Identity } from '../../domain/person.js';
import type { Actor } from '../../security/roles.js';
import { findIdentity, updateIdentity as updateIdentityRow, updatePerson } from '../../store/people.js';
import type { Deps } from '../deps.js';
import { ConflictError, NotFoundError } from '../errors.js';
import { runUseCase } from '../use-case.js';
import { indexPersonNames } from '../names/index-person-names.js';
import { changedFields } from './changed-fields.js';
import { requirePersonAction } from './person-abilities.js';
import { presentPerson } from './person-view.js';
import { openIdentity, sealIdentity } from './protected-fields.js';

/** Replace a person's protected identity; the audit entry names the changed fields, never the values. */
export function updateIdentity(deps: Deps, actor: Actor, personId: string, version: number, identity: Identity) {
  return runUseCase(deps, actor, async (ctx) => {
    const { person, caseId } = await requirePersonAction(ctx, personId, 'identity:update');
    if (person.version !== version) throw new ConflictError('person', person.version);
    const stored = await findIdentity(ctx.tx, personId);
    if (!stored) throw new NotFoundError('person');
    const before = openIdentity(deps.cipher, personId, stored.identity);
    const at = ctx.now.toISOString();
    const updated = await updatePerson(ctx.tx, personId, version, { updated_at: at });
    if (!updated) throw new ConflictError('person', person.version + 1);
    await updateIdentityRow(ctx.tx, personId, {
      identity: sealIdentity(deps.cipher, personId, identity),
      updated_at: at,
    });
    if (CASE_BOUND_KINDS.includes(person.kind)) await indexPersonNames(ctx.tx, deps, personId, identity, at);
    await ctx.audit({
      action: 'person.identity.update',
      targetType: 'person',
      targetId: personId,
      caseId,
      details: { fields: changedFields(Object.keys(identitySchema.shape), before, identity) },
    });
    return presentPerson(ctx, updated);
  });
}
