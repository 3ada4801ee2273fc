import type { Actor } from '../../security/roles.js';
import { findOrganization } from '../../store/organizations.js';
import { requireGlobal } from '../access/require-global.js';
import type { Deps } from '../deps.js';
import { NotFoundError } from '../errors.js';
import { runUseCase } from '../use-case.js';
import { organizationView } from './organization-view.js';

export function getOrganization(deps: Deps, actor: Actor, id: string) {
  return runUseCase(deps, actor, async (ctx) => {
    requireGlobal(ctx, 'organization:read', { type: 'organization', id });
    const row = await findOrganization(ctx.tx, id);
    if (!row) throw new NotFoundError('organization');
    return organizationView(row);
  });
}
