import { addDays, dayOf, daysBetween } from '../../domain/calendar-days.js';
import { countOpenTasksDue, openTasksDue, type TaskScope } from '../../store/tasks.js';
import type { UseCaseContext } from '../use-case.js';
import { taskView } from './task-view.js';

export interface DueViewOptions {
  /** How many days ahead counts as "due soon". */
  days: number;
  /** At most this many tasks in each list; the counts are complete. */
  limit: number;
}

/** What is overdue (oldest first) and due soon (soonest first) in a scope, with full counts. */
export async function dueView(ctx: UseCaseContext, scope: TaskScope, opts: DueViewOptions) {
  const today = dayOf(ctx.now);
  const until = addDays(today, opts.days);
  const counts = await countOpenTasksDue(ctx.tx, scope, today, until);
  const overdue = await openTasksDue(ctx.tx, scope, { to: addDays(today, -1) }, opts.limit);
  const dueSoon = await openTasksDue(ctx.tx, scope, { from: today, to: until }, opts.limit);
  const item = (row: (typeof overdue)[number]) => ({ ...taskView(row), daysUntilDue: daysBetween(today, row.due_on) });
  return {
    today,
    until,
    overdue: { count: counts.overdue, items: overdue.map(item) },
    dueSoon: { count: counts.dueSoon, items: dueSoon.map(item) },
  };
}
