import { z } from 'zod';
import { countryCode, id, isoDate, isoTimestamp, line, version } from '../../../domain/common.js';
import { consentInput, consentPurpose, withdrawalInput } from '../../../domain/consent.js';
import { DATE_PRECISIONS } from '../../../domain/fuzzy-date.js';
import {
  actInput,
  caseLinkInput,
  incidentInput,
  incidentPatch,
  interventionInput,
  interventionPatch,
  involvementInput,
  sourceInput,
} from '../../../domain/incident.js';
import { locale } from '../../../domain/vocabulary.js';
import { INCIDENT_ABILITIES, type IncidentAbility } from '../../../security/policy.js';

const date = z.strictObject({ value: z.string(), precision: z.enum(DATE_PRECISIONS) });
const termRef = z.strictObject({ vocabNumber: z.string(), label: z.string(), locale });
const party = z.strictObject({ personId: id.nullable(), organizationId: id.nullable(), label: z.string() });

const summaryFields = {
  id,
  caseIds: z.array(id),
  title: z.string(),
  start: date,
  end: date.nullable(),
  occurredFrom: isoDate,
  occurredTo: isoDate,
  country: countryCode.nullable(),
  version,
  createdAt: isoTimestamp,
  updatedAt: isoTimestamp,
};
export const incidentSummary = z.strictObject(summaryFields);

export const incident = z.strictObject({
  ...summaryFields,
  description: z.string(),
  hasPlace: z.boolean(),
  acts: z.array(
    z.strictObject({
      id,
      type: termRef,
      victim: party,
      perpetrator: party.nullable(),
      perpetratorType: termRef.nullable(),
      date: date.nullable(),
      rights: z.array(termRef),
    }),
  ),
  involvements: z.array(z.strictObject({ id, party, degree: termRef, actId: id.nullable() })),
  sources: z.array(
    z.strictObject({
      id,
      source: party,
      connection: termRef,
      reliability: termRef.nullable(),
      receivedOn: isoDate,
      language: z.string().nullable(),
      statement: z.string().nullable(),
    }),
  ),
  interventions: z.array(z.strictObject({ id, type: termRef, by: party, madeOn: isoDate, status: termRef, version })),
  consents: z.array(
    z.strictObject({
      id,
      purpose: consentPurpose,
      givenBy: party,
      givenOn: isoDate,
      method: z.string(),
      sourceId: id.nullable(),
      recordedBy: id,
      recordedAt: isoTimestamp,
      withdrawnOn: isoDate.nullable(),
      withdrawalRecordedBy: id.nullable(),
      withdrawalRecordedAt: isoTimestamp.nullable(),
    }),
  ),
  abilities: z.strictObject(
    Object.fromEntries(Object.keys(INCIDENT_ABILITIES).map((a) => [a, z.boolean()])) as Record<
      IncidentAbility,
      z.ZodBoolean
    >,
  ),
});

export const localeQuery = z.strictObject({ locale: locale.default('en') });
export const caseIncidentsQuery = z.strictObject({
  limit: z.coerce.number().int().min(1).max(200).default(50),
  before: id.optional(),
});
export const caseIncidentsResponse = z.strictObject({ items: z.array(incidentSummary) });

export const incidentBody = incidentInput;
export const incidentPatchBody = incidentPatch;
export const actBody = actInput;
export const involvementBody = involvementInput;
export const sourceBody = sourceInput;
export const interventionBody = interventionInput;
export const interventionPatchBody = interventionPatch;
export const caseLinkBody = caseLinkInput;
export const consentBody = consentInput;
export const withdrawalBody = withdrawalInput;

export const interventionParams = z.strictObject({ id, interventionId: id });
export const consentParams = z.strictObject({ id, consentId: id });

export const revealBody = z.strictObject({
  reason: line(500).min(3, { error: 'must be at least 3 characters' }),
});
export const placeRevealed = z.strictObject({
  incidentId: id,
  place: z.string().nullable(),
  revealedUntil: isoTimestamp,
});

export const useParams = z.strictObject({ id, purpose: consentPurpose });
export const useQuery = z.strictObject({ sourceId: id.optional(), on: isoDate.optional() });
export const useDecision = z.strictObject({
  purpose: consentPurpose,
  on: isoDate,
  allowed: z.boolean(),
  missing: z.array(id),
});

export const consentsAwaitedQuery = z.strictObject({
  limit: z.coerce.number().int().min(1).max(200).default(50),
});
export const consentsAwaited = z.strictObject({
  items: z.array(
    z.strictObject({
      incidentId: id,
      title: z.string(),
      occurredFrom: isoDate,
      recordedAt: isoTimestamp,
      cases: z.array(z.strictObject({ id, code: z.string() })),
      /** By label (initials or pseudonym), never by name. */
      victims: z.array(z.strictObject({ personId: id, label: z.string() })),
    }),
  ),
});
