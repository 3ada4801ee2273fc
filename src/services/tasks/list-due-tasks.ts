import type { Actor } from '../../security/roles.js';
import { requireGlobal } from '../access/require-global.js';
import type { Deps } from '../deps.js';
import { runUseCase } from '../use-case.js';
import { dueView, type DueViewOptions } from './due-view.js';

/** The actor's own tasks that are overdue or due soon, on the cases they may see. */
export function listDueTasks(deps: Deps, actor: Actor, opts: DueViewOptions) {
  return runUseCase(deps, actor, async (ctx) => {
    requireGlobal(ctx, 'case:list', { type: 'task' });
    return dueView(ctx, { viewer: actor, assigneeId: actor.userId }, opts);
  });
}
