import { randomUUID } from 'node:crypto';
import type { TaskKind, TaskSource } from '../../domain/task.js';
import { insertTask } from '../../store/tasks.js';
import type { UseCaseContext } from '../use-case.js';

export interface NewTask {
  /** On a case, or on an engagement (seen through all of its cases). */
  on: { caseId: string } | { engagementId: string };
  title: string;
  kind: TaskKind;
  dueOn: string;
  remindOn: string | null;
  assigneeId: string;
  source: { kind: TaskSource; id: string } | null;
}

/** Write a task and its audit entry in the caller's transaction. */
export async function insertTaskRecord(ctx: UseCaseContext, task: NewTask) {
  const id = randomUUID();
  const at = ctx.now.toISOString();
  const caseId = 'caseId' in task.on ? task.on.caseId : null;
  const engagementId = 'engagementId' in task.on ? task.on.engagementId : null;
  const row = await insertTask(ctx.tx, {
    id,
    case_id: caseId,
    engagement_id: engagementId,
    title: task.title,
    kind: task.kind,
    status: 'open',
    due_on: task.dueOn,
    remind_on: task.remindOn,
    assignee_id: task.assigneeId,
    source_kind: task.source?.kind ?? null,
    source_id: task.source?.id ?? null,
    created_by: ctx.actor.userId,
    completed_at: null,
    version: 1,
    created_at: at,
    updated_at: at,
  });
  await ctx.audit({
    action: 'task.create',
    targetType: 'task',
    targetId: id,
    caseId,
    details: {
      kind: task.kind,
      dueOn: task.dueOn,
      assigneeId: task.assigneeId,
      engagementId,
      source: task.source?.kind ?? null,
    },
  });
  return row;
}
