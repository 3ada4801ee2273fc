import { dateOf } from '../../domain/calendar.js';
import type { Period } from '../../domain/disclosure/periods.js';
import type { Actor } from '../../security/roles.js';
import type { Deps } from '../deps.js';
import { runUseCase } from '../use-case.js';
import { agencyLatency } from './agency-latency.js';
import { STATUS_BASES } from '../../domain/legal-status.js';
import { clientCounts } from '../../store/dashboard-clients.js';
import { clientTotals, DOCUMENT_GROUPS } from './client-totals.js';
import { dashboardAudience, NO_PERSON_CONSENT } from './dashboard-audience.js';
import { incidentTotals } from './incident-totals.js';
import { referralTotals } from './referral-totals.js';
import { outlookEnds, supportTotals } from './support-totals.js';
import { incidentWindow } from './incident-window.js';

/**
 * The dashboard: every number a suppressed total, as tables the web app draws its charts from.
 * Sections about clients (status, documents, support, referrals) are counted for a supervisor's
 * internal use and withheld from publication, since no person's consent to be counted in
 * published totals is recorded; incidents are counted only with their victims' consent to
 * anonymous advocacy; agencies' answer times are about organizations and counted for both.
 */
export function getDashboard(deps: Deps, actor: Actor, query: { period: Period; from?: string; to?: string }) {
  return runUseCase(deps, actor, async (ctx) => {
    const audience = dashboardAudience(ctx);
    const on = dateOf(ctx.now);
    const threshold = deps.disclosure.smallCellThreshold;
    const window = incidentWindow(on, query);
    const scope = audience.scope;
    const internal = scope.kind === 'cases' ? scope.cases : null;
    // Status, documents and support of every client counted, read in one pass.
    const counts = internal
      ? await clientCounts(ctx.tx, scope, {
          on,
          bases: STATUS_BASES,
          documents: DOCUMENT_GROUPS,
          ends: outlookEnds(on),
        })
      : null;
    const answer = {
      on,
      use: audience.use,
      threshold,
      clients: counts
        ? { withheld: null, ...clientTotals(counts, threshold) }
        : { withheld: NO_PERSON_CONSENT, byStatusBasis: null, workPermit: null, travelDocument: null },
      support:
        internal && counts
          ? { withheld: null, ...(await supportTotals(ctx.tx, internal, counts, on, threshold)) }
          : { withheld: NO_PERSON_CONSENT, outlook: null, received: null },
      incidents: await incidentTotals(ctx.tx, scope, { on, period: query.period, ...window }, threshold),
      referrals: internal
        ? { withheld: null, byOutcome: await referralTotals(ctx.tx, scope, threshold) }
        : { withheld: NO_PERSON_CONSENT, byOutcome: null },
      agencies: await agencyLatency(ctx.tx, scope, threshold),
    };
    await ctx.audit({
      action: 'dashboard.read',
      targetType: 'dashboard',
      targetId: null,
      details: { use: audience.use, threshold, period: query.period, from: window.from, to: window.to },
    });
    return answer;
  });
}
