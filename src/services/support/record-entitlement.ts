import { randomUUID } from 'node:crypto';
import { dateOf } from '../../domain/calendar.js';
import { endOfEnded, type EntitlementInput } from '../../domain/support.js';
import type { Actor } from '../../security/roles.js';
import { findEntitlement, insertEntitlement } from '../../store/support.js';
import { requirePerson } from '../access/require-person.js';
import type { Deps } from '../deps.js';
import { InvalidInputError, NotFoundError } from '../errors.js';
import { runUseCase } from '../use-case.js';
import { entitlementView } from './entitlement-view.js';
import { givenFields } from './given-fields.js';
import { requireKnownOrganization } from './known-organization.js';

/** Record what a provider grants a person. An entitlement recorded as ended ends on or before today. */
export function recordEntitlement(deps: Deps, actor: Actor, personId: string, input: EntitlementInput) {
  return runUseCase(deps, actor, async (ctx) => {
    const { caseId } = await requirePerson(ctx, personId, 'support:update', null);
    await requireKnownOrganization(ctx, 'providerId', input.providerId);
    let endsOn = input.endsOn ?? null;
    if (input.status === 'ended') {
      const end = endOfEnded(endsOn, true, dateOf(ctx.now));
      if (typeof end !== 'string') throw new InvalidInputError(end.field, end.message);
      endsOn = end;
    }
    if (endsOn !== null && endsOn < input.startsOn) {
      throw new InvalidInputError('endsOn', `must not be before startsOn (it would end ${endsOn})`);
    }
    const id = randomUUID();
    const at = ctx.now.toISOString();
    await insertEntitlement(ctx.tx, {
      id,
      person_id: personId,
      provider_id: input.providerId,
      kind: input.kind,
      amount_minor: input.amountMinor ?? null,
      currency: input.currency,
      period: input.period,
      starts_on: input.startsOn,
      ends_on: endsOn,
      basis: input.basis ?? null,
      status: input.status,
      recorded_by: actor.userId,
      version: 1,
      created_at: at,
      updated_at: at,
    });
    await ctx.audit({
      action: 'support.entitlement.create',
      targetType: 'entitlement',
      targetId: id,
      caseId,
      details: { personId, kind: input.kind, fields: givenFields(input) },
    });
    const row = await findEntitlement(ctx.tx, personId, id);
    if (!row) throw new NotFoundError('entitlement');
    return entitlementView(row);
  });
}
