import type { Actor } from '../../security/roles.js';
import { listDirectory as listRows } from '../../store/people.js';
import { requireGlobal } from '../access/require-global.js';
import type { Deps } from '../deps.js';
import { runUseCase } from '../use-case.js';

/** Officials in the directory, by label: no names, which stay in the encrypted identity. */
export function listDirectory(
  deps: Deps,
  actor: Actor,
  opts: { organizationId?: string; limit: number; offset: number },
) {
  return runUseCase(deps, actor, async (ctx) => {
    requireGlobal(ctx, 'directory:read', { type: 'person' });
    const rows = await listRows(ctx.tx, opts);
    return rows.map((r) => ({
      id: r.id,
      label: r.label,
      organizationId: r.organization_id,
      roleTitle: r.role_title,
      version: r.version,
      updatedAt: r.updated_at,
    }));
  });
}
