import type { CaseStatusFilter } from '../../domain/case.js';
import type { Actor } from '../../security/roles.js';
import { listVisibleCases } from '../../store/cases.js';
import { requireGlobal } from '../access/require-global.js';
import type { Deps } from '../deps.js';
import { runUseCase } from '../use-case.js';

/** The cases the actor may see, for lists: codes, labels and status, no protected text. */
export function listCases(
  deps: Deps,
  actor: Actor,
  opts: { status?: CaseStatusFilter; limit: number; offset: number },
) {
  return runUseCase(deps, actor, async (ctx) => {
    requireGlobal(ctx, 'case:list', { type: 'case' });
    const rows = await listVisibleCases(ctx.tx, { userId: actor.userId, teamIds: actor.teamIds, ...opts });
    return rows.map((r) => ({
      id: r.id,
      code: r.code,
      status: r.status,
      teamId: r.team_id,
      openedOn: r.opened_on,
      closedOn: r.closed_on,
      clientLabel: r.client_label,
      version: r.version,
      updatedAt: r.updated_at,
    }));
  });
}
