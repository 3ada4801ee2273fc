import type { RenderOptions } from '../../domain/report.js';
import { meetingReportHtml } from '../../reports/meeting-report-html.js';
import { meetingReportPdf } from '../../reports/meeting-report-pdf.js';
import type { Actor } from '../../security/roles.js';
import type { Deps } from '../deps.js';
import { InvalidInputError } from '../errors.js';
import { runUseCase } from '../use-case.js';
import { meetingDocument } from './meeting-document.js';
import { requireReport } from './report-access.js';
import { checkedReport } from './report-view.js';

/**
 * Whose copy: the author's preview of any report (marked as a draft unless publishable), or the
 * publication, only of a report marked publishable whose check still finds nothing unresolved.
 */
export type ReportOutput = 'preview' | 'publication';

export interface RenderedReport {
  mediaType: string;
  fileName: string;
  body: Buffer;
}

export function renderReport(
  deps: Deps,
  actor: Actor,
  engagementId: string,
  output: ReportOutput,
  options: RenderOptions,
): Promise<RenderedReport> {
  return runUseCase(deps, actor, async (ctx) => {
    const found = await requireReport(ctx, engagementId, output === 'preview' ? 'report:write' : 'read');
    const checked = await checkedReport(ctx, found);
    const publishable = found.report.status === 'publishable' && checked.unresolved === 0;
    if (output === 'publication' && !publishable) {
      throw new InvalidInputError(
        'status',
        found.report.status === 'publishable'
          ? `the records changed since the report was marked publishable: ${checked.unresolved} hit(s) to resolve`
          : 'the report is a draft: resolve every hit of the check and mark it publishable first',
      );
    }
    const doc = await meetingDocument(ctx, checked, { language: options.lang, draft: !publishable });
    const body = options.format === 'pdf' ? await meetingReportPdf(doc) : Buffer.from(meetingReportHtml(doc), 'utf8');
    await ctx.audit({
      action: 'report.render',
      targetType: 'report',
      targetId: found.report.id,
      details: { engagementId, output, format: options.format, lang: options.lang, bytes: body.length },
    });
    const name = `meeting-report-${found.report.id.slice(0, 8)}-${options.lang}`;
    return options.format === 'pdf'
      ? { mediaType: 'application/pdf', fileName: `${name}.pdf`, body }
      : { mediaType: 'text/html; charset=utf-8', fileName: `${name}.html`, body };
  });
}
