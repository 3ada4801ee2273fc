import type { Actor } from '../../security/roles.js';
import { referralsOfCase } from '../../store/referrals.js';
import { requireCase } from '../access/require-case.js';
import type { Deps } from '../deps.js';
import { runUseCase } from '../use-case.js';
import { presentReferrals } from './referral-view.js';

export function listCaseReferrals(deps: Deps, actor: Actor, caseId: string) {
  return runUseCase(deps, actor, async (ctx) => {
    await requireCase(ctx, caseId, 'read');
    return presentReferrals(ctx, await referralsOfCase(ctx.tx, caseId));
  });
}
