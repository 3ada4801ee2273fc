import { z } from 'zod';
import { countryCode, id, isoDate, line, text, version } from './common.js';
import { CONSENT_METHODS } from './referral.js';

/*
 * A relative's request for contact with someone who may be among our clients. Contact is brokered
 * only through the caseworker and only with the sought person's consent: until they consent, the
 * requester is told nothing about whether they were found or where they are.
 */
export const CONTACT_REQUEST_STATUSES = [
  'received',
  'searching',
  'possible_match_found',
  'sought_person_consulted',
  'consent_given',
  'consent_refused',
  'contact_made',
  'closed',
] as const;
export const contactRequestStatus = z.enum(CONTACT_REQUEST_STATUSES);
export type ContactRequestStatus = z.infer<typeof contactRequestStatus>;

const TRANSITIONS: Record<ContactRequestStatus, readonly ContactRequestStatus[]> = {
  received: ['searching', 'possible_match_found', 'closed'],
  searching: ['possible_match_found', 'closed'],
  // A proposed match the caseworker finds wrong is replaced by another candidate.
  possible_match_found: ['possible_match_found', 'sought_person_consulted', 'closed'],
  sought_person_consulted: ['consent_given', 'consent_refused', 'closed'],
  consent_given: ['contact_made', 'closed'],
  consent_refused: ['closed'],
  contact_made: ['closed'],
  closed: [],
};

export function canTransitionContactRequest(from: ContactRequestStatus, to: ContactRequestStatus): boolean {
  return TRANSITIONS[from].includes(to);
}

export const CONTACT_ANSWERS = ['given', 'refused'] as const;
export type ContactAnswer = (typeof CONTACT_ANSWERS)[number];

/** Who asks: protected, since a requester may be at risk too. */
export const requester = z.strictObject({
  name: line(250),
  /** How they relate to the person sought, such as "mother". */
  relationship: line(120),
  country: countryCode,
  /** How to reach them: a phone number, an address, an intermediary. */
  contact: line(500),
});
export type Requester = z.infer<typeof requester>;

/** The person sought, as the family describes them. */
export const soughtPerson = z.strictObject({
  names: z.array(line(250)).min(1, { error: 'at least one name is required' }).max(10),
  birthYear: z.number().int().min(1900).max(2100).nullish(),
  nationality: countryCode.nullish(),
  /** Names of parents, siblings or a spouse, which help tell namesakes apart. */
  relatives: z.array(line(250)).max(10).default([]),
  details: text(4000).nullish(),
});
export type SoughtPerson = z.infer<typeof soughtPerson>;

export const contactRequestInput = z.strictObject({
  teamId: id,
  receivedOn: isoDate,
  requester,
  sought: soughtPerson,
  message: text(4000).nullish(),
  /** The client the caseworker already knows to be the person sought (recorded from their case): matched on receipt. */
  soughtPersonId: id.optional(),
});
export type ContactRequestInput = z.infer<typeof contactRequestInput>;

/** What the sought person agreed to have told to the requester; nothing else ever is. */
export const sharedWithRequester = z
  .strictObject({
    /** That they are alive and well. */
    wellbeing: z.literal(true).optional(),
    /** Their own words to the requester. */
    message: text(4000).optional(),
    /** How the requester may reach them, as they chose it. */
    contact: line(500).optional(),
    country: countryCode.optional(),
    city: line(120).optional(),
  })
  .refine((s) => Object.keys(s).length > 0, { error: 'name at least one thing the person agreed to share' });
export type SharedWithRequester = z.infer<typeof sharedWithRequester>;

export const contactSearchInput = z.strictObject({
  /** Other spellings the caseworker wants tried besides the names the family gave. */
  moreNames: z.array(line(250)).max(10).default([]),
});
export type ContactSearchInput = z.infer<typeof contactSearchInput>;

export const contactMatchInput = z.strictObject({ version, personId: id, on: isoDate });
export type ContactMatchInput = z.infer<typeof contactMatchInput>;

/** A step that only needs its date: consultation, contact made, closing, rejecting a match. */
export const contactStepInput = z.strictObject({ version, on: isoDate });
export type ContactStepInput = z.infer<typeof contactStepInput>;

export const contactAnswerInput = z.strictObject({
  version,
  answer: z.enum(CONTACT_ANSWERS),
  on: isoDate,
  method: z.enum(CONSENT_METHODS),
  /** Required with consent, refused with a refusal. */
  shared: sharedWithRequester.optional(),
});
export type ContactAnswerInput = z.infer<typeof contactAnswerInput>;

export const BEING_HANDLED = 'The request is being handled.';
export const CONSENT_GIVEN = 'The person you asked about agreed to share the following.';

/**
 * Exactly what may be told to the requester: before the sought person consents, that the request
 * is being handled and nothing else, whatever the search found; after, only what they agreed to.
 */
export function requesterView(answer: ContactAnswer | null, shared: SharedWithRequester | null) {
  return answer === 'given' && shared !== null
    ? { message: CONSENT_GIVEN, shared }
    : { message: BEING_HANDLED, shared: null };
}
