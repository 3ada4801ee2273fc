import type { Identity } from '../../domain/person.js';
import type { Actor } from '../../security/roles.js';
import { findOrganization } from '../../store/organizations.js';
import { requireGlobal } from '../access/require-global.js';
import type { Deps } from '../deps.js';
import { InvalidInputError } from '../errors.js';
import { runUseCase } from '../use-case.js';
import { insertProtectedPerson } from './insert-protected-person.js';
import { presentPerson } from './person-view.js';

export interface NewOfficialInput {
  /** Initials by default; the name stays in the encrypted identity. */
  label?: string | null;
  identity: Identity;
  organizationId: string;
  roleTitle: string;
}

/** Add an official of an organization (agency, ministry, police) to the directory. */
export function createOfficial(deps: Deps, actor: Actor, input: NewOfficialInput) {
  return runUseCase(deps, actor, async (ctx) => {
    requireGlobal(ctx, 'directory:create', { type: 'person' });
    if (!(await findOrganization(ctx.tx, input.organizationId))) {
      throw new InvalidInputError('organizationId', 'no organization with this id', 'unknown_record');
    }
    const row = await insertProtectedPerson(ctx, { kind: 'official', ...input });
    await ctx.audit({
      action: 'person.create',
      targetType: 'person',
      targetId: row.id,
      details: { kind: row.kind, organizationId: input.organizationId },
    });
    return presentPerson(ctx, row);
  });
}
