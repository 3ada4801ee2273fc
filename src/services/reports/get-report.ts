import type { Actor } from '../../security/roles.js';
import type { Deps } from '../deps.js';
import { runUseCase } from '../use-case.js';
import { requireReport } from './report-access.js';
import { checkedReport, presentReport } from './report-view.js';

/**
 * The report with the redaction check run afresh over its texts. The check decrypts the
 * identities of the people on the engagement's cases, so every look is audited.
 */
export function getReport(deps: Deps, actor: Actor, engagementId: string) {
  return runUseCase(deps, actor, async (ctx) => {
    const found = await requireReport(ctx, engagementId, 'report:write');
    const checked = await checkedReport(ctx, found);
    await ctx.audit({
      action: 'report.check',
      targetType: 'report',
      targetId: found.report.id,
      details: {
        engagementId,
        peopleChecked: checked.people,
        hits: checked.hits.length,
        unresolved: checked.unresolved,
      },
    });
    return presentReport(checked);
  });
}
