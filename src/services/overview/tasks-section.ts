import { tasksOfCase } from '../../store/tasks.js';
import { taskView } from '../tasks/task-view.js';
import type { UseCaseContext } from '../use-case.js';

/** How many open tasks the case page lists; the counts cover them all. */
export const OVERVIEW_TASKS = 10;

/** The case's open tasks, soonest due first, with how many are open and how many overdue on `on`. */
export async function tasksSection(ctx: UseCaseContext, caseId: string, on: string) {
  const open = await tasksOfCase(ctx.tx, caseId, 'open');
  return {
    open: open.length,
    overdue: open.filter((t) => t.due_on < on).length,
    items: open.slice(0, OVERVIEW_TASKS).map(taskView),
  };
}
