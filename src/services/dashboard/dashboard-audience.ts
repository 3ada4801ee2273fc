import type { TotalsScope } from '../../store/dashboard.js';
import { requireGlobal } from '../access/require-global.js';
import type { UseCaseContext } from '../use-case.js';

/**
 * Whose records a dashboard counts and for what use. A supervisor sees the totals of their teams'
 * open cases for running the practice: internal use, which every record allows. An analyst sees
 * the totals of the whole installation for publication: only what the people concerned agreed to
 * have used anonymously. Both see only suppressed totals, never a record.
 */
export interface Audience {
  use: 'internal' | 'publication';
  scope: TotalsScope;
}

export function dashboardAudience(ctx: UseCaseContext): Audience {
  requireGlobal(ctx, 'dashboard:read', { type: 'dashboard' });
  if (ctx.actor.role === 'supervisor') {
    return {
      use: 'internal',
      scope: { kind: 'cases', cases: { userId: ctx.actor.userId, teamIds: ctx.actor.teamIds } },
    };
  }
  return { use: 'publication', scope: { kind: 'installation' } };
}

/**
 * Why a section about clients is not counted for publication: no consent of a person to be
 * counted in published totals is recorded (consents are given per incident and per testimony).
 */
export const NO_PERSON_CONSENT = 'no-person-consent';
