import { randomUUID } from 'node:crypto';
import { EXCHANGE_STATUSES } from '../../domain/engagement.js';
import type { ReportDraftInput } from '../../domain/report.js';
import type { Actor } from '../../security/roles.js';
import { findReportOfEngagement, insertReport } from '../../store/reports.js';
import { requireEngagement } from '../engagements/engagement-access.js';
import type { Deps } from '../deps.js';
import { ConflictError, InvalidInputError } from '../errors.js';
import { runUseCase } from '../use-case.js';
import { checkedReport, presentReport } from './report-view.js';

/** Start the report of a meeting held (or an answer received): a draft, checked at once. */
export function createReport(deps: Deps, actor: Actor, engagementId: string, input: ReportDraftInput) {
  return runUseCase(deps, actor, async (ctx) => {
    const { row: engagement, caseIds } = await requireEngagement(ctx, engagementId, 'report:write');
    if (!EXCHANGE_STATUSES.includes(engagement.status)) {
      throw new InvalidInputError('engagementId', 'a report is written of a meeting held or an answer received');
    }
    const existing = await findReportOfEngagement(ctx.tx, engagementId);
    if (existing) throw new ConflictError('report', existing.version);
    const id = randomUUID();
    const at = ctx.now.toISOString();
    const seal = (column: 'title' | 'body' | 'conclusions', value: string) =>
      deps.cipher.encrypt('reports', column, id, value);
    const report = await insertReport(ctx.tx, {
      id,
      engagement_id: engagementId,
      title: seal('title', input.title),
      body: seal('body', input.body),
      conclusions: seal('conclusions', input.conclusions),
      status: 'draft',
      status_by: null,
      status_at: null,
      created_by: actor.userId,
      version: 1,
      created_at: at,
      updated_at: at,
    });
    const checked = await checkedReport(ctx, { engagement, caseIds, report });
    await ctx.audit({
      action: 'report.create',
      targetType: 'report',
      targetId: id,
      details: { engagementId, peopleChecked: checked.people, hits: checked.hits.length },
    });
    return presentReport(checked);
  });
}
