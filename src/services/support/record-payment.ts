import { randomUUID } from 'node:crypto';
import { dateOf } from '../../domain/calendar.js';
import { paymentRefusal, type PaymentInput } from '../../domain/support.js';
import type { Actor } from '../../security/roles.js';
import { findEntitlement, insertPayment } from '../../store/support.js';
import { requirePerson } from '../access/require-person.js';
import type { Deps } from '../deps.js';
import { InvalidInputError, NotFoundError } from '../errors.js';
import { runUseCase } from '../use-case.js';
import { paymentView } from './payment-view.js';

/**
 * Record a payment made against an entitlement: in its currency, within its period, not in
 * the future, and never against an ended one.
 */
export function recordPayment(deps: Deps, actor: Actor, personId: string, entitlementId: string, input: PaymentInput) {
  return runUseCase(deps, actor, async (ctx) => {
    const { caseId } = await requirePerson(ctx, personId, 'support:update', null);
    const entitlement = await findEntitlement(ctx.tx, personId, entitlementId);
    if (!entitlement) throw new NotFoundError('entitlement');
    const refusal = paymentRefusal(
      {
        status: entitlement.status,
        currency: entitlement.currency,
        startsOn: entitlement.starts_on,
        endsOn: entitlement.ends_on,
      },
      input,
      dateOf(ctx.now),
    );
    if (refusal) throw new InvalidInputError(refusal.field, refusal.message);
    const id = randomUUID();
    const at = ctx.now.toISOString();
    const row = await insertPayment(ctx.tx, {
      id,
      entitlement_id: entitlementId,
      person_id: personId,
      paid_on: input.paidOn,
      amount_minor: input.amountMinor,
      currency: input.currency,
      recorded_by: actor.userId,
      version: 1,
      created_at: at,
      updated_at: at,
    });
    await ctx.audit({
      action: 'support.payment.create',
      targetType: 'payment',
      targetId: id,
      caseId,
      details: { personId, entitlementId, fields: ['amountMinor', 'currency', 'paidOn'] },
    });
    return paymentView(row);
  });
}
