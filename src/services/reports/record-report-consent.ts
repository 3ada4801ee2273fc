import { randomUUID } from 'node:crypto';
import { dayOf } from '../../domain/calendar-days.js';
import type { ReportConsentInput } from '../../domain/report.js';
import type { Actor } from '../../security/roles.js';
import { insertReportConsent } from '../../store/reports.js';
import { checkPerson } from '../engagements/check-parties.js';
import type { Deps } from '../deps.js';
import { InvalidInputError } from '../errors.js';
import { runUseCase } from '../use-case.js';
import { requireReport } from './report-access.js';
import { checkedReport, presentReport } from './report-view.js';

/**
 * Record a person's consent to a use of their name in the report: with public_with_name in
 * force they are named; without it they appear by their label (initials or pseudonym).
 */
export function recordReportConsent(deps: Deps, actor: Actor, engagementId: string, input: ReportConsentInput) {
  return runUseCase(deps, actor, async (ctx) => {
    const found = await requireReport(ctx, engagementId, 'consent:record');
    await checkPerson(ctx, input.givenBy, found.caseIds, 'givenBy');
    if (input.givenOn > dayOf(ctx.now))
      throw new InvalidInputError('givenOn', 'must not be in the future', 'in_future');
    const consent = await insertReportConsent(ctx.tx, {
      id: randomUUID(),
      report_id: found.report.id,
      person_id: input.givenBy,
      purpose: input.purpose,
      given_on: input.givenOn,
      method: input.method,
      recorded_by: actor.userId,
      recorded_at: ctx.now.toISOString(),
      withdrawn_on: null,
    });
    const checked = await checkedReport(ctx, found);
    await ctx.audit({
      action: 'report.consent',
      targetType: 'report',
      targetId: found.report.id,
      details: { engagementId, consentId: consent.id, personId: input.givenBy, purpose: input.purpose },
    });
    return presentReport(checked);
  });
}
