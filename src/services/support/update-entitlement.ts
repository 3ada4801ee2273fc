import type { Updateable } from 'kysely';
import { dateOf } from '../../domain/calendar.js';
import { canChangeStatus, endOfEnded, type EntitlementPatch } from '../../domain/support.js';
import type { Actor } from '../../security/roles.js';
import type { SupportEntitlementsTable } from '../../store/schema.js';
import { findEntitlement, paymentSpan, updateEntitlement as updateRow } from '../../store/support.js';
import { requirePerson } from '../access/require-person.js';
import type { Deps } from '../deps.js';
import { ConflictError, InvalidInputError, NotFoundError } from '../errors.js';
import { runUseCase } from '../use-case.js';
import { entitlementView } from './entitlement-view.js';
import { givenFields } from './given-fields.js';
import { requireKnownOrganization } from './known-organization.js';

/**
 * Change an entitlement by version: suspend, resume or end it, move its dates, correct its
 * terms. Its period must still hold the payments made against it; ending it ends it on or
 * before today.
 */
export function updateEntitlement(
  deps: Deps,
  actor: Actor,
  personId: string,
  entitlementId: string,
  patch: EntitlementPatch,
) {
  return runUseCase(deps, actor, async (ctx) => {
    const { caseId } = await requirePerson(ctx, personId, 'support:update', null);
    const stored = await findEntitlement(ctx.tx, personId, entitlementId);
    if (!stored) throw new NotFoundError('entitlement');
    if (stored.version !== patch.version) throw new ConflictError('entitlement', stored.version);
    await requireKnownOrganization(ctx, 'providerId', patch.providerId);
    const status = patch.status ?? stored.status;
    if (!canChangeStatus(stored.status, status)) {
      throw new InvalidInputError('status', `an entitlement that is ${stored.status} cannot become ${status}`);
    }
    const startsOn = patch.startsOn ?? stored.starts_on;
    let endsOn = patch.endsOn === undefined ? stored.ends_on : patch.endsOn;
    if (status === 'ended') {
      const end = endOfEnded(endsOn, patch.endsOn !== undefined, dateOf(ctx.now));
      if (typeof end !== 'string') throw new InvalidInputError(end.field, end.message);
      endsOn = end;
    }
    if (endsOn !== null && endsOn < startsOn) {
      throw new InvalidInputError(
        patch.startsOn === undefined ? 'endsOn' : 'startsOn',
        `the entitlement would end (${endsOn}) before it starts (${startsOn})`,
      );
    }
    const paid = await paymentSpan(ctx.tx, entitlementId);
    if (paid.first !== null && paid.first < startsOn) {
      throw new InvalidInputError('startsOn', `must not be after the first payment made against it (${paid.first})`);
    }
    if (paid.last !== null && endsOn !== null && paid.last > endsOn) {
      throw new InvalidInputError('endsOn', `must not be before the last payment made against it (${paid.last})`);
    }
    const changes: Updateable<SupportEntitlementsTable> = {
      status,
      starts_on: startsOn,
      ends_on: endsOn,
      updated_at: ctx.now.toISOString(),
    };
    if (patch.providerId !== undefined) changes.provider_id = patch.providerId;
    if (patch.kind !== undefined) changes.kind = patch.kind;
    if (patch.amountMinor !== undefined) changes.amount_minor = patch.amountMinor;
    if (patch.period !== undefined) changes.period = patch.period;
    if (patch.basis !== undefined) changes.basis = patch.basis;
    if (!(await updateRow(ctx.tx, entitlementId, patch.version, changes))) {
      throw new ConflictError('entitlement', stored.version + 1);
    }
    await ctx.audit({
      action: 'support.entitlement.update',
      targetType: 'entitlement',
      targetId: entitlementId,
      caseId,
      details: { personId, fields: givenFields(patch), status },
    });
    const row = await findEntitlement(ctx.tx, personId, entitlementId);
    if (!row) throw new NotFoundError('entitlement');
    return entitlementView(row);
  });
}
