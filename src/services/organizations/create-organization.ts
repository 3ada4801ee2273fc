import { randomUUID } from 'node:crypto';
import type { OrganizationInput } from '../../domain/organization.js';
import type { Actor } from '../../security/roles.js';
import { insertOrganization } from '../../store/organizations.js';
import { requireGlobal } from '../access/require-global.js';
import type { Deps } from '../deps.js';
import { runUseCase } from '../use-case.js';
import { organizationView } from './organization-view.js';

export function createOrganization(deps: Deps, actor: Actor, input: OrganizationInput) {
  return runUseCase(deps, actor, async (ctx) => {
    requireGlobal(ctx, 'organization:create', { type: 'organization' });
    const at = ctx.now.toISOString();
    const row = await insertOrganization(ctx.tx, {
      id: randomUUID(),
      kind: input.kind,
      name: input.name,
      acronym: input.acronym ?? null,
      country: input.country ?? null,
      notes: input.notes ?? null,
      version: 1,
      created_at: at,
      updated_at: at,
    });
    await ctx.audit({ action: 'organization.create', targetType: 'organization', targetId: row.id });
    return organizationView(row);
  });
}
