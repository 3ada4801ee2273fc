import type { Updateable } from 'kysely';
import { canTransitionTask, type TaskPatch } from '../../domain/task.js';
import type { Actor } from '../../security/roles.js';
import type { TasksTable } from '../../store/schema.js';
import { updateTask as updateRow } from '../../store/tasks.js';
import type { Deps } from '../deps.js';
import { ConflictError, InvalidInputError } from '../errors.js';
import { runUseCase } from '../use-case.js';
import { mayBeAssigned } from './assignee.js';
import { presentTask } from './present-task.js';
import { checkedReminderDay } from './reminder-day.js';
import { requireTask } from './task-access.js';

/** Change a task: its title, due date, assignee, reminder, or status (done, cancelled, reopened). */
export function updateTask(deps: Deps, actor: Actor, taskId: string, patch: TaskPatch) {
  return runUseCase(deps, actor, async (ctx) => {
    const { row, caseIds } = await requireTask(ctx, taskId, 'task:update');
    if (row.version !== patch.version) throw new ConflictError('task', row.version);
    const changes: Updateable<TasksTable> = { updated_at: ctx.now.toISOString() };
    if (patch.title !== undefined) changes.title = patch.title;
    if (patch.dueOn !== undefined) changes.due_on = patch.dueOn;
    if (patch.status !== undefined && patch.status !== row.status) {
      if (!canTransitionTask(row.status, patch.status)) {
        throw new InvalidInputError(
          'status',
          `a task cannot go from ${row.status} to ${patch.status}`,
          'not_allowed_now',
        );
      }
      changes.status = patch.status;
      changes.completed_at = patch.status === 'done' ? ctx.now.toISOString() : null;
    }
    if (patch.assigneeId !== undefined && patch.assigneeId !== row.assignee_id) {
      if (!(await mayBeAssigned(ctx, patch.assigneeId, caseIds))) {
        throw new InvalidInputError('assigneeId', 'no active user who works on this case has this id');
      }
      changes.assignee_id = patch.assigneeId;
    }
    const dueOn = changes.due_on ?? row.due_on;
    if (patch.reminder !== undefined) changes.remind_on = checkedReminderDay(dueOn, patch.reminder);
    else if (row.remind_on && row.remind_on > dueOn) {
      throw new InvalidInputError('dueOn', `must not be before the reminder (${row.remind_on}): move or clear it`);
    }
    const updated = await updateRow(ctx.tx, taskId, patch.version, changes);
    if (!updated) throw new ConflictError('task', row.version + 1);
    await ctx.audit({
      action: 'task.update',
      targetType: 'task',
      targetId: taskId,
      caseId: row.case_id,
      details: {
        fields: Object.keys(patch).filter((k) => k !== 'version'),
        status: updated.status,
        engagementId: row.engagement_id,
      },
    });
    return presentTask(ctx, taskId);
  });
}
