import { dateOf } from '../../domain/calendar.js';
import type { Actor } from '../../security/roles.js';
import { requirePerson } from '../access/require-person.js';
import type { Deps } from '../deps.js';
import { runUseCase } from '../use-case.js';
import { statusHistory } from './status-history.js';

/** A person's legal status: the entry in force on a date (today by default) and the whole history. */
export function listLegalStatus(deps: Deps, actor: Actor, personId: string, on?: string) {
  return runUseCase(deps, actor, async (ctx) => {
    await requirePerson(ctx, personId, 'read', null);
    return statusHistory(ctx, personId, on ?? dateOf(ctx.now));
  });
}
