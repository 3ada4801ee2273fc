import type { Updateable } from 'kysely';
import { dateOf } from '../../domain/calendar.js';
import { paymentRefusal, type PaymentPatch } from '../../domain/support.js';
import type { Actor } from '../../security/roles.js';
import type { SupportPaymentsTable } from '../../store/schema.js';
import { findEntitlement, findPayment, updatePayment as updateRow } from '../../store/support.js';
import { requirePerson } from '../access/require-person.js';
import type { Deps } from '../deps.js';
import { ConflictError, InvalidInputError, NotFoundError } from '../errors.js';
import { runUseCase } from '../use-case.js';
import { givenFields } from './given-fields.js';
import { paymentView } from './payment-view.js';

/** Correct a payment by version; the corrected payment must meet the same rules as a new one. */
export function updatePayment(
  deps: Deps,
  actor: Actor,
  personId: string,
  entitlementId: string,
  paymentId: string,
  patch: PaymentPatch,
) {
  return runUseCase(deps, actor, async (ctx) => {
    const { caseId } = await requirePerson(ctx, personId, 'support:update', null);
    const entitlement = await findEntitlement(ctx.tx, personId, entitlementId);
    if (!entitlement) throw new NotFoundError('entitlement');
    const stored = await findPayment(ctx.tx, entitlementId, paymentId);
    if (!stored) throw new NotFoundError('payment');
    if (stored.version !== patch.version) throw new ConflictError('payment', stored.version);
    const paidOn = patch.paidOn ?? stored.paid_on;
    const refusal = paymentRefusal(
      {
        status: entitlement.status,
        currency: entitlement.currency,
        startsOn: entitlement.starts_on,
        endsOn: entitlement.ends_on,
      },
      { paidOn, currency: stored.currency },
      dateOf(ctx.now),
    );
    if (refusal) throw new InvalidInputError(refusal.field, refusal.message);
    const changes: Updateable<SupportPaymentsTable> = { paid_on: paidOn, updated_at: ctx.now.toISOString() };
    if (patch.amountMinor !== undefined) changes.amount_minor = patch.amountMinor;
    const row = await updateRow(ctx.tx, paymentId, patch.version, changes);
    if (!row) throw new ConflictError('payment', stored.version + 1);
    await ctx.audit({
      action: 'support.payment.update',
      targetType: 'payment',
      targetId: paymentId,
      caseId,
      details: { personId, entitlementId, fields: givenFields(patch) },
    });
    return paymentView(row);
  });
}
