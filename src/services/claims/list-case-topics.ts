import type { Actor } from '../../security/roles.js';
import { claimsOfTopic } from '../../store/claims.js';
import { requireCase } from '../access/require-case.js';
import type { Deps } from '../deps.js';
import { runUseCase } from '../use-case.js';
import { findingsOf } from './topic-view.js';
import { visibleTopicsOfCase } from './visible-topics.js';

/** The claims topics of a case with their status and how many claims contradict. */
export function listCaseTopics(deps: Deps, actor: Actor, caseId: string) {
  return runUseCase(deps, actor, async (ctx) => {
    await requireCase(ctx, caseId, 'read');
    const topics = [];
    for (const { row, caseIds } of await visibleTopicsOfCase(ctx, caseId)) {
      const claims = await claimsOfTopic(ctx.tx, row.id);
      topics.push({
        id: row.id,
        title: row.title,
        status: row.status,
        caseIds,
        claimCount: claims.length,
        contradictionCount: findingsOf(claims).contradictions.length,
        version: row.version,
        updatedAt: row.updated_at,
      });
    }
    return topics;
  });
}
