import type { Actor } from '../../security/roles.js';
import { caseAuditEntries } from '../../store/audit.js';
import { requireCase } from '../access/require-case.js';
import type { Deps } from '../deps.js';
import { runUseCase } from '../use-case.js';
import { auditEntryView, isReveal } from './audit-entry-view.js';

/**
 * "Who looked at this case?" for its supervisor: who did what on the case, who was refused,
 * and who revealed the identity or whereabouts of its people, when and why — including looks
 * through another case the person is linked to (that case is not named). The read is recorded.
 */
export function listCaseAudit(
  deps: Deps,
  actor: Actor,
  caseId: string,
  opts: { before?: number; limit: number; revealsOnly: boolean },
) {
  return runUseCase(deps, actor, async (ctx) => {
    await requireCase(ctx, caseId, 'audit:read');
    const rows = await caseAuditEntries(ctx.tx, caseId, opts);
    await ctx.audit({
      action: 'case.audit.read',
      targetType: 'case',
      targetId: caseId,
      caseId,
      details: { count: rows.length, revealsOnly: opts.revealsOnly },
    });
    return {
      items: rows.map((row) => {
        const { caseId: entryCase, ...entry } = auditEntryView(row);
        return {
          ...entry,
          targetLabel: row.target_label,
          throughThisCase: entryCase === caseId || (row.target_type === 'case' && row.target_id === caseId),
          reveal: isReveal(row.action),
        };
      }),
      nextBefore: rows.length === opts.limit ? (rows.at(-1)?.seq ?? null) : null,
    };
  });
}
