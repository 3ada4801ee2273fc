import type { OrganizationPatch } from '../../domain/organization.js';
import type { Actor } from '../../security/roles.js';
import { findOrganization, updateOrganization as updateRow } from '../../store/organizations.js';
import { requireGlobal } from '../access/require-global.js';
import type { Deps } from '../deps.js';
import { ConflictError, NotFoundError } from '../errors.js';
import { runUseCase } from '../use-case.js';
import { organizationView } from './organization-view.js';

export function updateOrganization(deps: Deps, actor: Actor, id: string, version: number, patch: OrganizationPatch) {
  return runUseCase(deps, actor, async (ctx) => {
    requireGlobal(ctx, 'organization:update', { type: 'organization', id });
    const row = await updateRow(ctx.tx, id, version, { ...patch, updated_at: ctx.now.toISOString() });
    if (!row) {
      const current = await findOrganization(ctx.tx, id);
      if (!current) throw new NotFoundError('organization');
      throw new ConflictError('organization', current.version);
    }
    await ctx.audit({
      action: 'organization.update',
      targetType: 'organization',
      targetId: id,
      details: { fields: Object.keys(patch) },
    });
    return organizationView(row);
  });
}
