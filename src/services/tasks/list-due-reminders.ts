import { dayOf } from '../../domain/calendar-days.js';
import type { Actor } from '../../security/roles.js';
import { remindersDue } from '../../store/tasks.js';
import { requireGlobal } from '../access/require-global.js';
import type { Deps } from '../deps.js';
import { runUseCase } from '../use-case.js';
import { taskView } from './task-view.js';

/** The actor's open tasks whose reminder day has come (today or earlier). */
export function listDueReminders(deps: Deps, actor: Actor, limit: number) {
  return runUseCase(deps, actor, async (ctx) => {
    requireGlobal(ctx, 'case:list', { type: 'task' });
    const today = dayOf(ctx.now);
    const rows = await remindersDue(ctx.tx, { viewer: actor, assigneeId: actor.userId }, today, limit);
    return { today, items: rows.map(taskView) };
  });
}
