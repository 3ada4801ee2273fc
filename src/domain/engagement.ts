import { z } from 'zod';
import { speaker } from './attribution.js';
import { id, isoDate, line, text, version } from './common.js';

/**
 * A request to an organization (a meeting asked for, a letter sent) and what followed: the
 * meeting held, a written answer, a refusal, or the request withdrawn.
 */
export const ENGAGEMENT_STATUSES = ['requested', 'held', 'answered', 'declined', 'withdrawn'] as const;
export const engagementStatus = z.enum(ENGAGEMENT_STATUSES);
export type EngagementStatus = z.infer<typeof engagementStatus>;

const TRANSITIONS: Record<EngagementStatus, readonly EngagementStatus[]> = {
  requested: ['held', 'answered', 'declined', 'withdrawn'],
  // A written answer may be followed by the meeting it proposed.
  answered: ['held'],
  held: [],
  declined: [],
  withdrawn: [],
};

export function canTransitionEngagement(from: EngagementStatus, to: EngagementStatus): boolean {
  return TRANSITIONS[from].includes(to);
}

/** The outcomes that are an exchange with the organization: they have a date and a latency. */
export const EXCHANGE_STATUSES: readonly EngagementStatus[] = ['held', 'answered'];

export const REQUEST_CHANNELS = ['email', 'letter', 'phone', 'in_person', 'other'] as const;
export const requestChannel = z.enum(REQUEST_CHANNELS);
export type RequestChannel = z.infer<typeof requestChannel>;

export const MINUTES_ITEM_KINDS = ['question', 'answer', 'statement', 'commitment', 'referral_given'] as const;
export const minutesItemKind = z.enum(MINUTES_ITEM_KINDS);
export type MinutesItemKind = z.infer<typeof minutesItemKind>;

/** Items of the minutes that someone must follow up: each becomes a follow-up with a due date. */
export const FOLLOW_UP_ITEM_KINDS: readonly MinutesItemKind[] = ['commitment', 'referral_given'];

const nonEmptyText = (max: number) => text(max).refine((s) => s.trim().length > 0, { error: 'must not be empty' });

/** Minutes and subjects may carry testimony and names: they are stored encrypted. */
const minutesText = nonEmptyText(20_000);
const engagementSubject = nonEmptyText(2_000);

const caseIds = z
  .array(id)
  .min(1, { error: 'link at least one case' })
  .max(100, { error: 'at most 100 cases' })
  .refine((ids) => new Set(ids).size === ids.length, { error: 'must not list a case twice' });

export const engagementRequestInput = z.strictObject({
  organizationId: id,
  requestedOn: isoDate,
  channel: requestChannel,
  subject: engagementSubject,
  caseIds,
});
export type EngagementRequestInput = z.infer<typeof engagementRequestInput>;

/** Someone present: an official or a person on one of the linked cases, or one of our staff. */
const attendeeInput = z
  .strictObject({ personId: id.optional(), userId: id.optional(), role: line(120) })
  .refine((a) => (a.personId === undefined) !== (a.userId === undefined), {
    error: 'give exactly one of personId and userId',
  });

export const engagementOutcomeInput = z
  .strictObject({
    version,
    status: engagementStatus.exclude(['requested']),
    /** When the meeting was held, the answer arrived, the request was declined or withdrawn. */
    on: isoDate,
    /** Where a meeting was held; encrypted, as it may be where a client lives. */
    place: line(300).nullish(),
    attendees: z.array(attendeeInput).max(50).default([]),
  })
  .refine((o) => o.status === 'held' || (o.attendees.length === 0 && !o.place), {
    error: 'only a meeting held has a place and attendees',
    path: ['status'],
  });
export type EngagementOutcomeInput = z.infer<typeof engagementOutcomeInput>;

/** Days from the follow-up's source (the meeting) to its due date, unless told otherwise. */
export const DEFAULT_FOLLOW_UP_DAYS = 14;
const followUpDays = z.number().int().min(0).max(365);

const minutesItemInput = z
  .strictObject({
    kind: minutesItemKind,
    speaker,
    text: minutesText,
    /** For a referral given: the organization the speaker referred to. */
    refersToOrganizationId: id.nullish(),
    /** For a commitment or a referral given: days until its follow-up is due. */
    followUpDays: followUpDays.optional(),
  })
  .refine((i) => i.kind === 'referral_given' || !i.refersToOrganizationId, {
    error: 'only a referral given refers to an organization',
    path: ['refersToOrganizationId'],
  })
  .refine((i) => FOLLOW_UP_ITEM_KINDS.includes(i.kind) || i.followUpDays === undefined, {
    error: 'only a commitment or a referral given has a follow-up',
    path: ['followUpDays'],
  });
export type MinutesItemInput = z.infer<typeof minutesItemInput>;

export const minutesInput = z.strictObject({
  items: z.array(minutesItemInput).min(1, { error: 'add at least one item' }).max(200),
});

export const minutesItemPatch = z.strictObject({ version, text: minutesText });
