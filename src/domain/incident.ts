import { z } from 'zod';
import { attribution } from './attribution.js';
import { countryCode, id, isoDate, languageTag, line, text, version } from './common.js';
import { endNotBeforeStartSpan, fuzzyDate } from './fuzzy-date.js';
import { vocabNumber } from './vocabulary.js';

/**
 * An abuse in the "who did what to whom" model of the HURIDOCS Events Standard Formats: an
 * event (what happened, when, where) with its acts (each done to a victim, by a perpetrator,
 * classified by type and by the rights it affected), the involvement of people and organizations,
 * the sources of information (a testimony is what a source said), and the interventions made.
 *
 * People and organizations are named by their ids in the records, never by name: a victim,
 * perpetrator or source is a person on one of the incident's cases (or an official of the
 * directory), or an organization (the organization the client left, the police, a ministry).
 */
const caseIds = z
  .array(id)
  .min(1, { error: 'link at least one case' })
  .max(20, { error: 'at most 20 cases' })
  .refine((ids) => new Set(ids).size === ids.length, { error: 'must not list a case twice' });

const distinctTerms = z
  .array(vocabNumber)
  .max(30, { error: 'at most 30 terms' })
  .refine((v) => new Set(v).size === v.length, { error: 'must not list a term twice' });

export const incidentTitle = line(200);
/** Where it happened: free text that may locate a client, so it is encrypted and revealed on request. */
export const incidentPlace = text(1000).refine((s) => s.trim().length > 0, { error: 'must not be empty' });
export const incidentDescription = text(50_000).refine((s) => s.trim().length > 0, { error: 'must not be empty' });

export const actInput = z.strictObject({
  /** From types_of_acts. */
  type: vocabNumber,
  victim: attribution,
  /** Unknown perpetrators are recorded by type only, or not at all. */
  perpetrator: attribution.nullish(),
  /** From types_of_perpetrators. */
  perpetratorType: vocabNumber.nullish(),
  date: fuzzyDate.nullish(),
  /** From rights_typology. */
  rights: distinctTerms.default([]),
});
export type ActInput = z.infer<typeof actInput>;

export const involvementInput = z.strictObject({
  party: attribution,
  /** From degrees_of_involvement. */
  degree: vocabNumber,
  /** The act the party was involved in, when it is one of them. */
  actId: id.nullish(),
});
export type InvolvementInput = z.infer<typeof involvementInput>;

/** A testimony is long free text: what the source said, in their words. */
export const statementText = text(50_000).refine((s) => s.trim().length > 0, { error: 'must not be empty' });

export const sourceInput = z.strictObject({
  source: attribution,
  /** From source_connection_to_information: the victim, a witness, a relative … */
  connection: vocabNumber,
  /** From reliability. */
  reliability: vocabNumber.nullish(),
  receivedOn: isoDate,
  language: languageTag.nullish(),
  statement: statementText.nullish(),
});
export type SourceInput = z.infer<typeof sourceInput>;

export const interventionInput = z.strictObject({
  /** From types_of_intervention. */
  type: vocabNumber,
  /** Who intervened: our office, a partner organization, an agency … */
  by: attribution,
  madeOn: isoDate,
  /** From intervention_status. */
  status: vocabNumber,
});
export type InterventionInput = z.infer<typeof interventionInput>;

export const interventionPatch = z.strictObject({ version, status: vocabNumber });
export type InterventionPatch = z.infer<typeof interventionPatch>;

export const incidentInput = z
  .strictObject({
    caseIds,
    title: incidentTitle,
    start: fuzzyDate,
    end: fuzzyDate.nullish(),
    country: countryCode.nullish(),
    place: incidentPlace.nullish(),
    description: incidentDescription,
    acts: z.array(actInput).max(50).default([]),
    involvements: z.array(involvementInput).max(50).default([]),
    sources: z.array(sourceInput).max(50).default([]),
    interventions: z.array(interventionInput).max(50).default([]),
  })
  .superRefine(endNotBeforeStartSpan);
export type IncidentInput = z.infer<typeof incidentInput>;

export const incidentPatch = z
  .strictObject({
    version,
    title: incidentTitle.optional(),
    start: fuzzyDate.optional(),
    end: fuzzyDate.nullish(),
    country: countryCode.nullish(),
    place: incidentPlace.nullish(),
    description: incidentDescription.optional(),
  })
  .superRefine((v, ctx) => {
    if (v.start) endNotBeforeStartSpan({ start: v.start, end: v.end }, ctx);
  });
export type IncidentPatch = z.infer<typeof incidentPatch>;

export const caseLinkInput = z.strictObject({ caseId: id });
