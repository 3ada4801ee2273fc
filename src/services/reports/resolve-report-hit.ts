import { randomUUID } from 'node:crypto';
import type { HitResolutionInput } from '../../domain/report.js';
import type { Actor } from '../../security/roles.js';
import { insertResolution, updateReport } from '../../store/reports.js';
import type { Deps } from '../deps.js';
import { ConflictError, InvalidInputError } from '../errors.js';
import { runUseCase } from '../use-case.js';
import { requireReport } from './report-access.js';
import { checkedReport, presentReport } from './report-view.js';

/**
 * Resolve one hit of the redaction check: replace it in the published text, or mark it as not a
 * name (nor a phone or place of anyone) with a reason, which the audit log keeps. The resolution
 * holds while the same text stands at the same offsets.
 */
export function resolveReportHit(deps: Deps, actor: Actor, engagementId: string, input: HitResolutionInput) {
  return runUseCase(deps, actor, async (ctx) => {
    const found = await requireReport(ctx, engagementId, 'report:write');
    const before = await checkedReport(ctx, found);
    const hit = before.hits.find((h) => h.field === input.field && h.start === input.start && h.end === input.end);
    if (!hit) throw new InvalidInputError('start', 'the check found nothing to resolve at these offsets of this field');
    const matched = before.meeting.texts.get(hit.field)?.slice(hit.start, hit.end) ?? '';
    const id = randomUUID();
    const seal = (column: string, value: string | undefined) =>
      value === undefined ? null : deps.cipher.encrypt('report_resolutions', column, id, value);
    await insertResolution(ctx.tx, {
      id,
      report_id: found.report.id,
      field: hit.field,
      start_at: hit.start,
      end_at: hit.end,
      matched: deps.cipher.encrypt('report_resolutions', 'matched', id, matched),
      action: input.action,
      replacement: seal('replacement', input.action === 'replaced' ? input.replacement : undefined),
      reason: seal('reason', input.action === 'not_a_name' ? input.reason : undefined),
      resolved_by: actor.userId,
      resolved_at: ctx.now.toISOString(),
    });
    // The published text changes with it: the report is a new version, and a draft.
    const report = await updateReport(ctx.tx, found.report.id, found.report.version, {
      status: 'draft',
      updated_at: ctx.now.toISOString(),
    });
    if (!report) throw new ConflictError('report', found.report.version + 1);
    const checked = await checkedReport(ctx, { ...found, report });
    await ctx.audit({
      action: 'report.resolve',
      targetType: 'report',
      targetId: report.id,
      reason: input.action === 'not_a_name' ? (input.reason ?? null) : null,
      details: { engagementId, field: hit.field, kind: hit.kind, action: input.action, unresolved: checked.unresolved },
    });
    return presentReport(checked);
  });
}
