import type { Actor } from '../../security/roles.js';
import type { Deps } from '../deps.js';
import { runUseCase } from '../use-case.js';
import { requirePersonAction } from './person-abilities.js';
import { presentPerson } from './person-view.js';

/** A person's summary, seen through a case the actor may read (or the directory, for officials). */
export function getPerson(deps: Deps, actor: Actor, personId: string) {
  return runUseCase(deps, actor, async (ctx) => {
    const { person } = await requirePersonAction(ctx, personId, 'read');
    return presentPerson(ctx, person);
  });
}
