import { canTransitionReferral, type ReferralStatusInput } from '../../domain/referral.js';
import type { Actor } from '../../security/roles.js';
import { findReferral, updateReferral } from '../../store/referrals.js';
import { requireCase } from '../access/require-case.js';
import type { Deps } from '../deps.js';
import { AccessRefused, ConflictError, InvalidInputError } from '../errors.js';
import { runUseCase } from '../use-case.js';
import { presentReferral } from './referral-view.js';

/** Move a referral on: accepted or declined by the receiving organization, then completed, with the outcome. */
export function updateReferralStatus(deps: Deps, actor: Actor, referralId: string, input: ReferralStatusInput) {
  return runUseCase(deps, actor, async (ctx) => {
    const row = await findReferral(ctx.tx, referralId);
    if (!row) throw new AccessRefused('referral.update', { type: 'referral', id: referralId }, 'not-found');
    await requireCase(ctx, row.case_id, 'referral:update');
    if (row.version !== input.version) throw new ConflictError('referral', row.version);
    if (!canTransitionReferral(row.status, input.status)) {
      throw new InvalidInputError(
        'status',
        `a referral cannot go from ${row.status} to ${input.status}`,
        'not_allowed_now',
      );
    }
    if (input.on < row.status_on) {
      throw new InvalidInputError('on', `must not be before the referral was ${row.status} (${row.status_on})`);
    }
    const updated = await updateReferral(ctx.tx, referralId, input.version, {
      status: input.status,
      status_on: input.on,
      ...(input.outcome ? { outcome: deps.cipher.encrypt('referrals', 'outcome', referralId, input.outcome) } : {}),
      updated_at: ctx.now.toISOString(),
    });
    if (!updated) throw new ConflictError('referral', row.version + 1);
    await ctx.audit({
      action: 'referral.status',
      targetType: 'referral',
      targetId: referralId,
      caseId: row.case_id,
      details: { from: row.status, status: input.status, outcome: Boolean(input.outcome) },
    });
    return presentReferral(ctx, updated);
  });
}
