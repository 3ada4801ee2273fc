import { z } from 'zod';
import { id, isoDate, line, version } from './common.js';
import { amountMinor, currencyCode } from './money.js';

/** What is provided. */
export const SUPPORT_KINDS = [
  'cash',
  'accommodation',
  'food',
  'training',
  'language_course',
  'medical',
  'legal',
  'other',
] as const;
export const supportKind = z.enum(SUPPORT_KINDS);
export type SupportKind = z.infer<typeof supportKind>;

/** How often it is provided. */
export const SUPPORT_PERIODS = ['one_off', 'daily', 'weekly', 'monthly', 'quarterly', 'yearly'] as const;
export const supportPeriod = z.enum(SUPPORT_PERIODS);
export type SupportPeriod = z.infer<typeof supportPeriod>;

export const ENTITLEMENT_STATUSES = ['active', 'suspended', 'ended'] as const;
export const entitlementStatus = z.enum(ENTITLEMENT_STATUSES);
export type EntitlementStatus = z.infer<typeof entitlementStatus>;

/** Allowed status changes: an ended entitlement stays ended (a new one is recorded instead). */
const TRANSITIONS: Record<EntitlementStatus, readonly EntitlementStatus[]> = {
  active: ['suspended', 'ended'],
  suspended: ['active', 'ended'],
  ended: [],
};

export function canChangeStatus(from: EntitlementStatus, to: EntitlementStatus): boolean {
  return from === to || TRANSITIONS[from].includes(to);
}

const endsNotBeforeStarts = { error: 'must not be before startsOn', path: ['endsOn'] };

export const entitlementInput = z
  .strictObject({
    /** Who provides it: an organization of the records (the agency, a ministry, an NGO). */
    providerId: id,
    kind: supportKind,
    /** Minor units per period; absent when in kind or not known ("case by case"). */
    amountMinor: amountMinor.nullish(),
    currency: currencyCode,
    period: supportPeriod,
    startsOn: isoDate,
    endsOn: isoDate.nullish(),
    /** On what terms: "case by case", "six-month state reception". */
    basis: line(200).nullish(),
    status: entitlementStatus.default('active'),
  })
  .refine((v) => !v.endsOn || v.endsOn >= v.startsOn, endsNotBeforeStarts);
export type EntitlementInput = z.infer<typeof entitlementInput>;

/** A change to an entitlement; its currency is fixed, since its payments are in it. */
export const entitlementPatch = z
  .strictObject({
    version,
    providerId: id.optional(),
    kind: supportKind.optional(),
    amountMinor: amountMinor.nullish(),
    period: supportPeriod.optional(),
    startsOn: isoDate.optional(),
    endsOn: isoDate.nullish(),
    basis: line(200).nullish(),
    status: entitlementStatus.optional(),
  })
  .refine((v) => !v.endsOn || !v.startsOn || v.endsOn >= v.startsOn, endsNotBeforeStarts);
export type EntitlementPatch = z.infer<typeof entitlementPatch>;

export const paymentInput = z.strictObject({
  paidOn: isoDate,
  amountMinor,
  currency: currencyCode,
});
export type PaymentInput = z.infer<typeof paymentInput>;

/** A correction of a payment; its currency is the entitlement's and does not change. */
export const paymentPatch = z.strictObject({
  version,
  paidOn: isoDate.optional(),
  amountMinor: amountMinor.optional(),
});
export type PaymentPatch = z.infer<typeof paymentPatch>;

export interface EntitlementTerms {
  status: EntitlementStatus;
  currency: string;
  startsOn: string;
  endsOn: string | null;
}

/** A rule broken by a payment: the field to blame and what is wrong. */
export interface RuleBroken {
  field: string;
  message: string;
}

/** Why a payment cannot be recorded against an entitlement on `today`, or null when it can. */
export function paymentRefusal(
  entitlement: EntitlementTerms,
  payment: { paidOn: string; currency: string },
  today: string,
): RuleBroken | null {
  if (entitlement.status === 'ended') {
    return { field: 'entitlementId', message: 'the entitlement has ended: no payment can be recorded against it' };
  }
  if (payment.currency !== entitlement.currency) {
    return { field: 'currency', message: `must be ${entitlement.currency}, the currency of the entitlement` };
  }
  if (payment.paidOn > today) return { field: 'paidOn', message: 'must not be in the future' };
  if (payment.paidOn < entitlement.startsOn || (entitlement.endsOn !== null && payment.paidOn > entitlement.endsOn)) {
    const period = `${entitlement.startsOn} to ${entitlement.endsOn ?? 'no end date'}`;
    return { field: 'paidOn', message: `must be within the entitlement's period (${period})` };
  }
  return null;
}

/**
 * The end date of an entitlement that is (or becomes) ended on `today`: it ended on or before
 * that day. An end date given with the change must not be later; a stored one that is later,
 * or none, becomes today.
 */
export function endOfEnded(endsOn: string | null, givenWithChange: boolean, today: string): string | RuleBroken {
  if (endsOn !== null && endsOn <= today) return endsOn;
  if (givenWithChange && endsOn !== null) {
    return { field: 'endsOn', message: 'an ended entitlement must end on or before today' };
  }
  return today;
}
