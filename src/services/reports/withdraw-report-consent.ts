import { dayOf } from '../../domain/calendar-days.js';
import type { Actor } from '../../security/roles.js';
import { reportConsentsOf, updateReport, withdrawReportConsent as withdrawRow } from '../../store/reports.js';
import type { Deps } from '../deps.js';
import { ConflictError, InvalidInputError, NotFoundError } from '../errors.js';
import { runUseCase } from '../use-case.js';
import { requireReport } from './report-access.js';
import { checkedReport, presentReport } from './report-view.js';

/**
 * Record that a person withdrew a consent to the use of their name in the report. The consent
 * stays on record, no longer in force: from then on they appear by their label. A report marked
 * publishable goes back to draft when the withdrawal leaves a hit of the redaction check unresolved
 * (their name in the free text is now a hit), so it cannot be published naming them.
 */
export function withdrawReportConsent(
  deps: Deps,
  actor: Actor,
  engagementId: string,
  consentId: string,
  withdrawnOn: string,
) {
  return runUseCase(deps, actor, async (ctx) => {
    const found = await requireReport(ctx, engagementId, 'consent:record');
    const consent = (await reportConsentsOf(ctx.tx, found.report.id)).find((c) => c.id === consentId);
    if (!consent) throw new NotFoundError('consent');
    if (consent.withdrawn_on !== null) {
      throw new InvalidInputError('consentId', `this consent was already withdrawn on ${consent.withdrawn_on}`);
    }
    if (withdrawnOn > dayOf(ctx.now))
      throw new InvalidInputError('withdrawnOn', 'must not be in the future', 'in_future');
    if (withdrawnOn < consent.given_on) {
      throw new InvalidInputError('withdrawnOn', `must not be before the consent was given (${consent.given_on})`);
    }
    const row = await withdrawRow(ctx.tx, found.report.id, consentId, withdrawnOn);
    if (!row) throw new InvalidInputError('consentId', 'this consent was already withdrawn');
    let checked = await checkedReport(ctx, found);
    const backToDraft = found.report.status === 'publishable' && checked.unresolved > 0;
    if (backToDraft) {
      const at = ctx.now.toISOString();
      const report = await updateReport(ctx.tx, found.report.id, found.report.version, {
        status: 'draft',
        status_by: actor.userId,
        status_at: at,
        updated_at: at,
      });
      if (!report) throw new ConflictError('report', found.report.version + 1);
      checked = { ...checked, meeting: { ...checked.meeting, report } };
    }
    await ctx.audit({
      action: 'report.consent.withdraw',
      targetType: 'report',
      targetId: found.report.id,
      details: { engagementId, consentId, personId: consent.person_id, purpose: consent.purpose, backToDraft },
    });
    return presentReport(checked);
  });
}
