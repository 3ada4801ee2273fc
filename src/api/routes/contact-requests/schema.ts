import { z } from 'zod';
import { id, isoDate, isoTimestamp, version } from '../../../domain/common.js';
import {
  CONTACT_ANSWERS,
  contactAnswerInput,
  contactMatchInput,
  contactRequestInput,
  contactRequestStatus,
  contactSearchInput,
  contactStepInput,
  requester,
  sharedWithRequester,
  soughtPerson,
} from '../../../domain/contact-request.js';
import { CONSENT_METHODS } from '../../../domain/referral.js';

export const contactRequest = z.strictObject({
  id,
  teamId: id,
  receivedOn: isoDate,
  requester,
  sought: soughtPerson,
  message: z.string().nullable(),
  soughtPerson: z.strictObject({ id, label: z.string() }).nullable(),
  status: contactRequestStatus,
  statusOn: isoDate,
  consultedOn: isoDate.nullable(),
  answer: z
    .strictObject({
      answer: z.enum(CONTACT_ANSWERS),
      on: isoDate,
      method: z.enum(CONSENT_METHODS),
      recordedBy: z.strictObject({ id, name: z.string() }),
      recordedAt: isoTimestamp,
    })
    .nullable(),
  shared: sharedWithRequester.nullable(),
  contactMadeOn: isoDate.nullable(),
  closedOn: isoDate.nullable(),
  createdBy: id,
  version,
  createdAt: isoTimestamp,
  updatedAt: isoTimestamp,
});

const candidate = z.strictObject({
  personId: id,
  label: z.string(),
  caseIds: z.array(id),
  score: z.number().min(0).max(1),
  level: z.enum(['likely', 'possible']),
  /** The two written names compared and how each part met: names, shown only to whom may reveal them. */
  name: z
    .strictObject({
      searched: z.string(),
      recorded: z.string(),
      parts: z.array(z.strictObject({ searched: z.string(), recorded: z.string().nullable(), how: z.string() })),
    })
    .nullable(),
  details: z.array(z.strictObject({ detail: z.string(), how: z.string(), adjustment: z.number() })),
});

export const candidatesResponse = z.strictObject({
  status: contactRequestStatus,
  version,
  scored: z.number().int().min(0),
  commonKeysSkipped: z.number().int().min(0),
  candidates: z.array(candidate),
});

export const requesterViewResponse = z.strictObject({
  requestId: id,
  message: z.string(),
  shared: sharedWithRequester.nullable(),
});

/** A request as a list shows it: the relationship of who asks, never their name, nor whom it was matched to. */
export const contactRequestSummary = z.strictObject({
  id,
  teamId: id,
  receivedOn: isoDate,
  relationship: z.string(),
  status: contactRequestStatus,
  statusOn: isoDate,
});

export const contactRequestList = z.strictObject({
  /** The user's teams, any of which may receive a new request. */
  teams: z.array(z.strictObject({ id, name: z.string() })),
  items: z.array(contactRequestSummary),
});

export const waitingQuery = z.strictObject({
  limit: z.coerce.number().int().min(1).max(200).default(50),
});

export const createBody = contactRequestInput;
export const searchBody = contactSearchInput;
export const matchBody = contactMatchInput;
export const stepBody = contactStepInput;
export const answerBody = contactAnswerInput;
