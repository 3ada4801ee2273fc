import type { Updateable } from 'kysely';
import type { Actor } from '../../security/roles.js';
import { findOrganization } from '../../store/organizations.js';
import { updatePerson as updateRow } from '../../store/people.js';
import type { PeopleTable } from '../../store/schema.js';
import type { Deps } from '../deps.js';
import { ConflictError, InvalidInputError } from '../errors.js';
import { runUseCase } from '../use-case.js';
import { requirePersonAction } from './person-abilities.js';
import { presentPerson } from './person-view.js';

export interface PersonPatch {
  version: number;
  label?: string;
  roleTitle?: string | null;
  organizationId?: string | null;
}

/** Change what lists show of a person: label, role title, organization. */
export function updatePerson(deps: Deps, actor: Actor, personId: string, patch: PersonPatch) {
  return runUseCase(deps, actor, async (ctx) => {
    const { person, caseId } = await requirePersonAction(ctx, personId, 'update');
    if (person.version !== patch.version) throw new ConflictError('person', person.version);
    const changes: Updateable<PeopleTable> = { updated_at: ctx.now.toISOString() };
    if (patch.label !== undefined) changes.label = patch.label;
    if (patch.roleTitle !== undefined) changes.role_title = patch.roleTitle;
    if (patch.organizationId !== undefined) {
      if (patch.organizationId === null && person.kind === 'official') {
        throw new InvalidInputError('organizationId', 'an official belongs to an organization');
      }
      if (patch.organizationId !== null && !(await findOrganization(ctx.tx, patch.organizationId))) {
        throw new InvalidInputError('organizationId', 'no organization with this id', 'unknown_record');
      }
      changes.organization_id = patch.organizationId;
    }
    const updated = await updateRow(ctx.tx, personId, patch.version, changes);
    if (!updated) throw new ConflictError('person', person.version + 1);
    await ctx.audit({
      action: 'person.update',
      targetType: 'person',
      targetId: personId,
      caseId,
      details: { fields: Object.keys(patch).filter((k) => k !== 'version') },
    });
    return presentPerson(ctx, updated);
  });
}
