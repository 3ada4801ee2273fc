import type { Actor } from '../../security/roles.js';
import { updateExportRequest } from '../../store/export-requests.js';
import type { Deps } from '../deps.js';
import { ConflictError } from '../errors.js';
import { runUseCase } from '../use-case.js';
import { currentExport, requireDecidableExport } from './export-access.js';
import { exportCaseIds } from './export-view.js';

/** Refuse a pending export, saying why; it can never be run. */
export function refuseExport(deps: Deps, actor: Actor, id: string, note: string) {
  return runUseCase(deps, actor, async (ctx) => {
    const row = await requireDecidableExport(ctx, id, 'export.refuse');
    if (row.status !== 'pending') throw new ConflictError('export', row.version);
    const at = ctx.now.toISOString();
    const updated = await updateExportRequest(ctx.tx, id, row, {
      status: 'refused',
      decided_by: actor.userId,
      decided_at: at,
      decision_note: note,
      updated_at: at,
    });
    if (!updated) throw new ConflictError('export', row.version + 1);
    await ctx.audit({
      action: 'export.refuse',
      targetType: 'export',
      targetId: id,
      reason: note,
      details: { requestedBy: row.requested_by, cases: exportCaseIds(row).length },
    });
    return currentExport(ctx, id);
  });
}
