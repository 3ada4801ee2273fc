import type { TaskInput } from '../../domain/task.js';
import type { Actor } from '../../security/roles.js';
import { requireCase } from '../access/require-case.js';
import type { Deps } from '../deps.js';
import { InvalidInputError } from '../errors.js';
import { runUseCase } from '../use-case.js';
import { mayBeAssigned } from './assignee.js';
import { insertTaskRecord } from './insert-task.js';
import { presentTask } from './present-task.js';
import { checkedReminderDay } from './reminder-day.js';

/** Add a follow-up or a deadline to a case, for the author or a colleague who works on the case. */
export function createTask(deps: Deps, actor: Actor, caseId: string, input: TaskInput) {
  return runUseCase(deps, actor, async (ctx) => {
    await requireCase(ctx, caseId, 'task:update');
    const assigneeId = input.assigneeId ?? actor.userId;
    if (!(await mayBeAssigned(ctx, assigneeId, [caseId]))) {
      throw new InvalidInputError('assigneeId', 'no active user who works on this case has this id');
    }
    const row = await insertTaskRecord(ctx, {
      on: { caseId },
      title: input.title,
      kind: input.kind,
      dueOn: input.dueOn,
      remindOn: checkedReminderDay(input.dueOn, input.reminder),
      assigneeId,
      source: null,
    });
    return presentTask(ctx, row.id);
  });
}
