import { findTaskWithContext } from '../../store/tasks.js';
import { NotFoundError } from '../errors.js';
import type { UseCaseContext } from '../use-case.js';
import { taskView } from './task-view.js';

/** The task as it stands after a change made in this transaction. */
export async function presentTask(ctx: UseCaseContext, id: string) {
  const row = await findTaskWithContext(ctx.tx, id);
  if (!row) throw new NotFoundError('task');
  return taskView(row);
}
