import { z } from 'zod';
import { id, isoTimestamp } from '../../../domain/common.js';
import { CUSTODY_ACTIONS, CUSTODY_OUTCOMES, custodyReason } from '../../../domain/evidence.js';
import { problem, problemResponses } from '../../problem.js';

const party = z.strictObject({ personId: id.nullable(), organizationId: id.nullable(), label: z.string() });

const evidenceFields = {
  id,
  incidentId: id.nullable(),
  caseId: id.nullable(),
  derivedFrom: id.nullable(),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  size: z.number().int().nonnegative(),
  mediaType: z.string(),
  originalName: z.string(),
  description: z.string().nullable(),
  receivedFrom: party.nullable(),
  receivedBy: z.strictObject({ userId: id, displayName: z.string() }),
  receivedAt: isoTimestamp,
};
export const evidence = z.strictObject(evidenceFields);
export const evidenceList = z.strictObject({ items: z.array(evidence) });

export const custodyEvent = z.strictObject({
  id,
  action: z.enum(CUSTODY_ACTIONS),
  outcome: z.enum(CUSTODY_OUTCOMES),
  actor: z.strictObject({ userId: id, displayName: z.string() }).nullable(),
  at: isoTimestamp,
  reason: z.string().nullable(),
  details: z.record(z.string(), z.union([z.string(), z.number(), z.boolean(), z.null()])),
});
export const evidenceDetail = z.strictObject({ ...evidenceFields, custody: z.array(custodyEvent) });

export const reasonBody = custodyReason;

export const verification = z.strictObject({
  evidenceId: id,
  sha256: z.string(),
  status: z.enum(['intact', 'missing', 'damaged', 'hash-mismatch']),
  detail: z.string().nullable(),
});

/** The body of a download: the bytes of the file in its own media type (not JSON). */
export const fileBody = z.unknown().describe('the file as it was taken in, in its media type');

/** Uploads and downloads may also be refused as too large or of a type not accepted. */
export const fileProblemResponses = { ...problemResponses, 413: problem, 415: problem, 500: problem } as const;
