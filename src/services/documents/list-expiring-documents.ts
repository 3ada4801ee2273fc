import { addDays, dateOf, daysBetween } from '../../domain/calendar.js';
import type { Actor } from '../../security/roles.js';
import { expiringDocuments } from '../../store/documents.js';
import type { Deps } from '../deps.js';
import { reportScope } from '../support/report-scope.js';
import { runUseCase } from '../use-case.js';

/**
 * Documents of the people on the actor's open cases, held or withheld by the organization,
 * that expire within `days` days of `on` (today by default), soonest first; held ones already
 * past their expiry come first, with negative days left. Numbers are never listed.
 */
export function listExpiringDocuments(deps: Deps, actor: Actor, opts: { on?: string; days: number; limit: number }) {
  return runUseCase(deps, actor, async (ctx) => {
    const scope = reportScope(ctx, 'documents.expiring');
    const on = opts.on ?? dateOf(ctx.now);
    const until = addDays(on, opts.days);
    const rows = await expiringDocuments(ctx.tx, scope, { on, until, limit: opts.limit });
    return {
      on,
      until,
      items: rows.map((r) => ({
        documentId: r.id,
        personId: r.person_id,
        personLabel: r.person_label,
        caseCode: r.case_code,
        kind: r.kind,
        state: r.state,
        expiresOn: r.expires_on,
        daysLeft: daysBetween(on, r.expires_on),
      })),
    };
  });
}
