import type { CaseAction } from '../../security/policy.js';
import { findReportOfEngagement } from '../../store/reports.js';
import { requireEngagement } from '../engagements/engagement-access.js';
import { NotFoundError } from '../errors.js';
import type { UseCaseContext } from '../use-case.js';

/**
 * The report of an engagement the actor may act on in every case it concerns: a report is seen
 * exactly as its engagement is (404 otherwise, as if neither existed).
 */
export async function requireReport(ctx: UseCaseContext, engagementId: string, action: CaseAction) {
  const { row: engagement, caseIds } = await requireEngagement(ctx, engagementId, action);
  const report = await findReportOfEngagement(ctx.tx, engagementId);
  if (!report) throw new NotFoundError('report');
  return { engagement, caseIds, report };
}
