import type { CaseAction } from '../../security/policy.js';
import { engagementCaseIds } from '../../store/engagements.js';
import { findTask } from '../../store/tasks.js';
import { mayActOnAll } from '../engagements/case-set-access.js';
import { AccessRefused } from '../errors.js';
import type { UseCaseContext } from '../use-case.js';

/** The cases a task is seen through: its case, or every case of its engagement. */
async function casesOfTask(ctx: UseCaseContext, task: { case_id: string | null; engagement_id: string | null }) {
  if (task.case_id) return [task.case_id];
  return task.engagement_id ? engagementCaseIds(ctx.tx, task.engagement_id) : [];
}

/** Load a task the actor may act on, or refuse as if it did not exist. */
export async function requireTask(ctx: UseCaseContext, id: string, action: CaseAction) {
  const row = await findTask(ctx.tx, id);
  const caseIds = row ? await casesOfTask(ctx, row) : [];
  if (!row || !(await mayActOnAll(ctx, caseIds, action))) {
    throw new AccessRefused(`task.${action}`, { type: 'task', id }, 'not-found');
  }
  return { row, caseIds };
}
