import type { Actor } from '../../security/roles.js';
import type { Deps } from '../deps.js';
import { runUseCase } from '../use-case.js';
import { requireTopic } from './topic-access.js';
import { presentTopic } from './topic-view.js';

/** A topic with its claims side by side and the contradictions among them. */
export function getTopic(deps: Deps, actor: Actor, topicId: string) {
  return runUseCase(deps, actor, async (ctx) => {
    const { row, caseIds } = await requireTopic(ctx, topicId, 'read');
    return presentTopic(ctx, row, caseIds);
  });
}
