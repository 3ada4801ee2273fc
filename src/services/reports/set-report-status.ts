import type { ReportStatus } from '../../domain/report.js';
import type { Actor } from '../../security/roles.js';
import { updateReport } from '../../store/reports.js';
import type { Deps } from '../deps.js';
import { ConflictError, InvalidInputError } from '../errors.js';
import { runUseCase } from '../use-case.js';
import { requireReport } from './report-access.js';
import { checkedReport, presentReport } from './report-view.js';

/** Mark the report publishable (only with every hit of the check resolved), or back to draft. */
export function setReportStatus(
  deps: Deps,
  actor: Actor,
  engagementId: string,
  input: { version: number; status: ReportStatus },
) {
  return runUseCase(deps, actor, async (ctx) => {
    const found = await requireReport(ctx, engagementId, 'report:write');
    if (found.report.version !== input.version) throw new ConflictError('report', found.report.version);
    const before = await checkedReport(ctx, found);
    if (input.status === 'publishable' && before.unresolved > 0) {
      throw new InvalidInputError(
        'status',
        `the redaction check has ${before.unresolved} unresolved hit(s): replace each, or mark it as not a name`,
      );
    }
    const at = ctx.now.toISOString();
    const report = await updateReport(ctx.tx, found.report.id, input.version, {
      status: input.status,
      status_by: actor.userId,
      status_at: at,
      updated_at: at,
    });
    if (!report) throw new ConflictError('report', input.version + 1);
    await ctx.audit({
      action: 'report.status',
      targetType: 'report',
      targetId: report.id,
      details: { engagementId, status: input.status, peopleChecked: before.people },
    });
    return presentReport({ ...before, meeting: { ...before.meeting, report } });
  });
}
