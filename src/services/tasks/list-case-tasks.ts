import type { TaskStatus } from '../../domain/task.js';
import type { Actor } from '../../security/roles.js';
import { tasksOfCase } from '../../store/tasks.js';
import { requireCase } from '../access/require-case.js';
import type { Deps } from '../deps.js';
import { runUseCase } from '../use-case.js';
import { taskView } from './task-view.js';

/** The tasks of a case by due date. */
export function listCaseTasks(deps: Deps, actor: Actor, caseId: string, status?: TaskStatus) {
  return runUseCase(deps, actor, async (ctx) => {
    await requireCase(ctx, caseId, 'read');
    return (await tasksOfCase(ctx.tx, caseId, status)).map(taskView);
  });
}
