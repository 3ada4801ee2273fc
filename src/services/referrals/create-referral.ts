import { randomUUID } from 'node:crypto';
import { dayOf } from '../../domain/calendar-days.js';
import type { ReferralInput } from '../../domain/referral.js';
import { allowsOnCase } from '../../security/policy.js';
import type { Actor } from '../../security/roles.js';
import { engagementCaseIds, findMinutesItem } from '../../store/engagements.js';
import { insertReferral } from '../../store/referrals.js';
import { requireCase } from '../access/require-case.js';
import type { Deps } from '../deps.js';
import { mayActOnAll } from '../engagements/case-set-access.js';
import { checkOrganization } from '../engagements/check-parties.js';
import { AccessRefused, InvalidInputError } from '../errors.js';
import { runUseCase, type UseCaseContext } from '../use-case.js';
import { presentReferral } from './referral-view.js';

/**
 * Refer a case's client from one organization to another. The client's consent must be on
 * record; without it only a supervisor of the case may refer, giving a reason that is audited.
 */
export function createReferral(deps: Deps, actor: Actor, caseId: string, input: ReferralInput) {
  return runUseCase(deps, actor, async (ctx) => {
    const { facts } = await requireCase(ctx, caseId, 'referral:update');
    if (!input.consent && !input.consentOverride) {
      throw new InvalidInputError(
        'consent',
        "the client's consent is required to refer them; a supervisor may refer without it, giving a reason",
      );
    }
    if (input.consent && input.consentOverride) {
      throw new InvalidInputError('consentOverride', 'not needed: the consent is on record');
    }
    if (input.consentOverride && !allowsOnCase(actor, 'consent:override', facts)) {
      throw new AccessRefused('referral.consent-override', { type: 'case', id: caseId }, 'forbidden');
    }
    if (input.fromOrganizationId) await checkOrganization(ctx, input.fromOrganizationId, 'fromOrganizationId');
    await checkOrganization(ctx, input.toOrganizationId, 'toOrganizationId');
    if (input.fromOrganizationId === input.toOrganizationId) {
      throw new InvalidInputError('toOrganizationId', 'must differ from the referring organization');
    }
    if (input.sentOn > dayOf(ctx.now)) throw new InvalidInputError('sentOn', 'must not be in the future', 'in_future');
    if (input.consent && input.consent.givenOn > input.sentOn) {
      throw new InvalidInputError('consent.givenOn', `must not be after the referral was sent (${input.sentOn})`);
    }
    if (input.minutesItemId) await checkMinutesItem(ctx, input.minutesItemId, caseId);

    const id = randomUUID();
    const at = ctx.now.toISOString();
    const row = await insertReferral(ctx.tx, {
      id,
      case_id: caseId,
      from_organization_id: input.fromOrganizationId ?? null,
      to_organization_id: input.toOrganizationId,
      sent_on: input.sentOn,
      purpose: deps.cipher.encrypt('referrals', 'purpose', id, input.purpose),
      status: 'sent',
      status_on: input.sentOn,
      outcome: null,
      consent_given_on: input.consent?.givenOn ?? null,
      consent_method: input.consent?.method ?? null,
      consent_recorded_by: input.consent ? actor.userId : null,
      consent_recorded_at: input.consent ? at : null,
      override_by: input.consentOverride ? actor.userId : null,
      override_reason: input.consentOverride?.reason ?? null,
      minutes_item_id: input.minutesItemId ?? null,
      created_by: actor.userId,
      version: 1,
      created_at: at,
      updated_at: at,
    });
    await ctx.audit({
      action: 'referral.create',
      targetType: 'referral',
      targetId: id,
      caseId,
      details: {
        fromOrganizationId: input.fromOrganizationId ?? null,
        toOrganizationId: input.toOrganizationId,
        consent: input.consent ? input.consent.method : 'overridden',
      },
    });
    if (input.consentOverride) {
      await ctx.audit({
        action: 'referral.consent.override',
        targetType: 'referral',
        targetId: id,
        caseId,
        reason: input.consentOverride.reason,
      });
    }
    return presentReferral(ctx, row);
  });
}

/** The minutes item a referral came from must be of an engagement about this case that the actor sees. */
async function checkMinutesItem(ctx: UseCaseContext, itemId: string, caseId: string) {
  const item = await findMinutesItem(ctx.tx, itemId);
  const caseIds = item ? await engagementCaseIds(ctx.tx, item.engagement_id) : [];
  if (!item || !caseIds.includes(caseId) || !(await mayActOnAll(ctx, caseIds, 'read'))) {
    throw new InvalidInputError('minutesItemId', 'no minutes item of an engagement about this case has this id');
  }
}
