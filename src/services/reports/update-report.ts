import type { ReportPatch } from '../../domain/report.js';
import type { Actor } from '../../security/roles.js';
import { updateReport as updateRow } from '../../store/reports.js';
import type { Deps } from '../deps.js';
import { ConflictError } from '../errors.js';
import { runUseCase } from '../use-case.js';
import { requireReport } from './report-access.js';
import { checkedReport, presentReport } from './report-view.js';

/** Edit the author's text. A changed report is a draft again, until it is checked and marked anew. */
export function updateReport(deps: Deps, actor: Actor, engagementId: string, patch: ReportPatch) {
  return runUseCase(deps, actor, async (ctx) => {
    const { engagement, caseIds, report } = await requireReport(ctx, engagementId, 'report:write');
    if (report.version !== patch.version) throw new ConflictError('report', report.version);
    const fields = (['title', 'body', 'conclusions'] as const).filter((f) => patch[f] !== undefined);
    const changes = Object.fromEntries(
      fields.map((f) => [f, deps.cipher.encrypt('reports', f, report.id, patch[f] ?? '')]),
    );
    const updated = await updateRow(ctx.tx, report.id, patch.version, {
      ...changes,
      status: 'draft',
      updated_at: ctx.now.toISOString(),
    });
    if (!updated) throw new ConflictError('report', report.version + 1);
    const checked = await checkedReport(ctx, { engagement, caseIds, report: updated });
    await ctx.audit({
      action: 'report.update',
      targetType: 'report',
      targetId: report.id,
      details: { engagementId, fields, peopleChecked: checked.people, unresolved: checked.unresolved },
    });
    return presentReport(checked);
  });
}
