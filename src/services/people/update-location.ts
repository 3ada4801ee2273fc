import { location as locationSchema, type Location } from '../../domain/person.js';
import type { Actor } from '../../security/roles.js';
import { findIdentity, updateIdentity, updatePerson } from '../../store/people.js';
import type { Deps } from '../deps.js';
import { ConflictError, NotFoundError } from '../errors.js';
import { runUseCase } from '../use-case.js';
import { changedFields } from './changed-fields.js';
import { requirePersonAction } from './person-abilities.js';
import { presentPerson } from './person-view.js';
import { openLocation, sealLocation } from './protected-fields.js';

/** Replace (or, with null, clear) a person's whereabouts; the audit names the changed fields only. */
export function updateLocation(deps: Deps, actor: Actor, personId: string, version: number, location: Location | null) {
  return runUseCase(deps, actor, async (ctx) => {
    const { person, caseId } = await requirePersonAction(ctx, personId, 'location:update');
    if (person.version !== version) throw new ConflictError('person', person.version);
    const stored = await findIdentity(ctx.tx, personId);
    if (!stored) throw new NotFoundError('person');
    const before = stored.location ? openLocation(deps.cipher, personId, stored.location) : null;
    const at = ctx.now.toISOString();
    const updated = await updatePerson(ctx.tx, personId, version, { updated_at: at });
    if (!updated) throw new ConflictError('person', person.version + 1);
    await updateIdentity(ctx.tx, personId, {
      location: location ? sealLocation(deps.cipher, personId, location) : null,
      updated_at: at,
    });
    await ctx.audit({
      action: 'person.location.update',
      targetType: 'person',
      targetId: personId,
      caseId,
      details: { fields: changedFields(Object.keys(locationSchema.shape), before, location) },
    });
    return presentPerson(ctx, updated);
  });
}
