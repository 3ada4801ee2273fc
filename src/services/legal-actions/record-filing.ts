import type { Actor } from '../../security/roles.js';
import { findFiling, updateFiling } from '../../store/legal-actions.js';
import { openTasksFrom, updateTask } from '../../store/tasks.js';
import type { Deps } from '../deps.js';
import { ConflictError, InvalidInputError, NotFoundError } from '../errors.js';
import { runUseCase } from '../use-case.js';
import { requireLegalAction } from './legal-action-access.js';
import { filingView } from './legal-action-view.js';

/** Record the day a filing was made (or clear it); its open deadline is then done. */
export function recordFiling(
  deps: Deps,
  actor: Actor,
  legalActionId: string,
  filingId: string,
  patch: { version: number; filedOn: string | null },
) {
  return runUseCase(deps, actor, async (ctx) => {
    const action = await requireLegalAction(ctx, legalActionId, 'update');
    const filing = await findFiling(ctx.tx, legalActionId, filingId);
    if (!filing) throw new NotFoundError('filing');
    if (filing.version !== patch.version) throw new ConflictError('filing', filing.version);
    if (patch.filedOn && patch.filedOn < action.opened_on) {
      throw new InvalidInputError('filedOn', `must not be before the proceedings opened (${action.opened_on})`);
    }
    const at = ctx.now.toISOString();
    const updated = await updateFiling(ctx.tx, filingId, patch.version, { filed_on: patch.filedOn, updated_at: at });
    if (!updated) throw new ConflictError('filing', filing.version + 1);
    await ctx.audit({
      action: 'legal-action.filing.update',
      targetType: 'legal-action',
      targetId: legalActionId,
      caseId: action.case_id,
      details: { filingId, filed: patch.filedOn !== null },
    });
    if (patch.filedOn) {
      for (const task of await openTasksFrom(ctx.tx, 'filing', filingId)) {
        await updateTask(ctx.tx, task.id, task.version, { status: 'done', completed_at: at, updated_at: at });
        await ctx.audit({
          action: 'task.update',
          targetType: 'task',
          targetId: task.id,
          caseId: action.case_id,
          details: { fields: ['status'], status: 'done', engagementId: null },
        });
      }
    }
    return filingView(updated);
  });
}
