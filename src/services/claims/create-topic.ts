import { randomUUID } from 'node:crypto';
import type { TopicInput } from '../../domain/claim.js';
import type { Actor } from '../../security/roles.js';
import { insertTopic, linkTopicCases } from '../../store/claims.js';
import { requireCase } from '../access/require-case.js';
import type { Deps } from '../deps.js';
import { runUseCase } from '../use-case.js';
import { presentTopic } from './topic-view.js';

/** Open a topic of the claims ledger ("monthly payment by the UN agency to leavers") for some cases. */
export function createTopic(deps: Deps, actor: Actor, input: TopicInput) {
  return runUseCase(deps, actor, async (ctx) => {
    for (const caseId of input.caseIds) await requireCase(ctx, caseId, 'update');
    const id = randomUUID();
    const at = ctx.now.toISOString();
    const row = await insertTopic(ctx.tx, {
      id,
      title: input.title,
      status: 'unverified',
      status_note: null,
      created_by: actor.userId,
      version: 1,
      created_at: at,
      updated_at: at,
    });
    await linkTopicCases(ctx.tx, id, input.caseIds);
    await ctx.audit({
      action: 'claim-topic.create',
      targetType: 'claim-topic',
      targetId: id,
      details: { caseIds: input.caseIds },
    });
    return presentTopic(ctx, row, [...input.caseIds].sort());
  });
}
