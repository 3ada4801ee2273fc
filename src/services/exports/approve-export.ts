import type { Actor } from '../../security/roles.js';
import { updateExportRequest } from '../../store/export-requests.js';
import type { Deps } from '../deps.js';
import { ConflictError } from '../errors.js';
import { runUseCase } from '../use-case.js';
import { currentExport, requireDecidableExport } from './export-access.js';
import { exportCaseIds } from './export-view.js';

/** How long an approval may be used: the export is run soon after it is approved, or asked for again. */
export const APPROVAL_VALID_MS = 24 * 60 * 60_000;

/** Approve a pending export as the second person: a supervisor of every case covered, never the requester. */
export function approveExport(deps: Deps, actor: Actor, id: string, note: string | null) {
  return runUseCase(deps, actor, async (ctx) => {
    const row = await requireDecidableExport(ctx, id, 'export.approve');
    if (row.status !== 'pending') throw new ConflictError('export', row.version);
    const at = ctx.now.toISOString();
    const updated = await updateExportRequest(ctx.tx, id, row, {
      status: 'approved',
      decided_by: actor.userId,
      decided_at: at,
      decision_note: note,
      expires_at: new Date(ctx.now.getTime() + APPROVAL_VALID_MS).toISOString(),
      updated_at: at,
    });
    if (!updated) throw new ConflictError('export', row.version + 1);
    await ctx.audit({
      action: 'export.approve',
      targetType: 'export',
      targetId: id,
      reason: note,
      details: { requestedBy: row.requested_by, cases: exportCaseIds(row).length },
    });
    return currentExport(ctx, id);
  });
}
