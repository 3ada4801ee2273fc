import { z } from 'zod';
import { id, isoDate, line, text, version } from './common.js';

/** A referral of a client from one organization to another, and how it went. */
export const REFERRAL_STATUSES = ['sent', 'accepted', 'declined', 'completed'] as const;
export const referralStatus = z.enum(REFERRAL_STATUSES);
export type ReferralStatus = z.infer<typeof referralStatus>;

const TRANSITIONS: Record<ReferralStatus, readonly ReferralStatus[]> = {
  sent: ['accepted', 'declined'],
  accepted: ['completed'],
  declined: [],
  completed: [],
};

export function canTransitionReferral(from: ReferralStatus, to: ReferralStatus): boolean {
  return TRANSITIONS[from].includes(to);
}

export const CONSENT_METHODS = ['in_person', 'phone', 'written', 'through_interpreter', 'other'] as const;
export type ConsentMethod = (typeof CONSENT_METHODS)[number];

/** The client's consent to being referred: when and how it was given (who recorded it is the actor). */
export const consentInput = z.strictObject({ givenOn: isoDate, method: z.enum(CONSENT_METHODS) });
export type ConsentInput = z.infer<typeof consentInput>;

const reason = line(500).min(3, { error: 'must be at least 3 characters' });

export const referralInput = z.strictObject({
  /** The organization that refers; null when it is us. */
  fromOrganizationId: id.nullish(),
  toOrganizationId: id,
  sentOn: isoDate,
  /** Why the client is referred: may hold health or family details, so encrypted. */
  purpose: text(4000).refine((s) => s.trim().length > 0, { error: 'must not be empty' }),
  consent: consentInput.nullish(),
  /** Without consent, a supervisor may still refer, saying why; the reason is audited. */
  consentOverride: z.strictObject({ reason }).nullish(),
  /** The minutes item in which the referral was given, if any. */
  minutesItemId: id.nullish(),
});
export type ReferralInput = z.infer<typeof referralInput>;

export const referralStatusInput = z.strictObject({
  version,
  status: referralStatus.exclude(['sent']),
  on: isoDate,
  outcome: text(4000).nullish(),
});
export type ReferralStatusInput = z.infer<typeof referralStatusInput>;
