import { topicCaseIds, topicsOfCase } from '../../store/claims.js';
import { mayActOnAll } from '../engagements/case-set-access.js';
import type { UseCaseContext } from '../use-case.js';

/** The topics of a case that the actor may read (every case of the topic visible to them). */
export async function visibleTopicsOfCase(ctx: UseCaseContext, caseId: string) {
  const visible = [];
  for (const row of await topicsOfCase(ctx.tx, caseId)) {
    const caseIds = await topicCaseIds(ctx.tx, row.id);
    if (await mayActOnAll(ctx, caseIds, 'read')) visible.push({ row, caseIds });
  }
  return visible;
}
