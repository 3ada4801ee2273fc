import type { Updateable } from 'kysely';
import type { HearingPatch } from '../../domain/legal-action.js';
import type { Actor } from '../../security/roles.js';
import { findHearing, updateHearing as updateRow } from '../../store/legal-actions.js';
import type { HearingsTable } from '../../store/schema.js';
import { openTasksFrom, updateTask } from '../../store/tasks.js';
import type { Deps } from '../deps.js';
import { ConflictError, InvalidInputError, NotFoundError } from '../errors.js';
import { runUseCase } from '../use-case.js';
import { requireLegalAction } from './legal-action-access.js';
import { hearingView } from './legal-action-view.js';

/**
 * Move a hearing or record its result. Its open deadline follows: moved with the hearing, done
 * once the result is in.
 */
export function updateHearing(deps: Deps, actor: Actor, legalActionId: string, hearingId: string, patch: HearingPatch) {
  return runUseCase(deps, actor, async (ctx) => {
    const action = await requireLegalAction(ctx, legalActionId, 'update');
    const hearing = await findHearing(ctx.tx, legalActionId, hearingId);
    if (!hearing) throw new NotFoundError('hearing');
    if (hearing.version !== patch.version) throw new ConflictError('hearing', hearing.version);
    if (patch.on && patch.on < action.opened_on) {
      throw new InvalidInputError('on', `must not be before the proceedings opened (${action.opened_on})`);
    }
    const at = ctx.now.toISOString();
    const changes: Updateable<HearingsTable> = { updated_at: at };
    if (patch.on !== undefined) changes.held_on = patch.on;
    if (patch.place !== undefined) changes.place = patch.place;
    if (patch.result !== undefined) {
      changes.result = patch.result ? deps.cipher.encrypt('hearings', 'result', hearingId, patch.result) : null;
    }
    const updated = await updateRow(ctx.tx, hearingId, patch.version, changes);
    if (!updated) throw new ConflictError('hearing', hearing.version + 1);
    await ctx.audit({
      action: 'legal-action.hearing.update',
      targetType: 'legal-action',
      targetId: legalActionId,
      caseId: action.case_id,
      details: { hearingId, fields: Object.keys(patch).filter((k) => k !== 'version') },
    });
    for (const task of await openTasksFrom(ctx.tx, 'hearing', hearingId)) {
      const done = updated.result !== null;
      await updateTask(ctx.tx, task.id, task.version, {
        due_on: updated.held_on,
        ...(done ? { status: 'done', completed_at: at } : {}),
        updated_at: at,
      });
      await ctx.audit({
        action: 'task.update',
        targetType: 'task',
        targetId: task.id,
        caseId: action.case_id,
        details: { fields: done ? ['dueOn', 'status'] : ['dueOn'], status: done ? 'done' : 'open', engagementId: null },
      });
    }
    return hearingView(deps.cipher, updated);
  });
}
