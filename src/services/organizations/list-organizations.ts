import type { OrganizationKind } from '../../domain/organization.js';
import type { Actor } from '../../security/roles.js';
import { listOrganizations as listRows } from '../../store/organizations.js';
import { requireGlobal } from '../access/require-global.js';
import type { Deps } from '../deps.js';
import { runUseCase } from '../use-case.js';
import { organizationView } from './organization-view.js';

export function listOrganizations(
  deps: Deps,
  actor: Actor,
  opts: { kind?: OrganizationKind; limit: number; offset: number },
) {
  return runUseCase(deps, actor, async (ctx) => {
    requireGlobal(ctx, 'organization:read', { type: 'organization' });
    return (await listRows(ctx.tx, opts)).map(organizationView);
  });
}
