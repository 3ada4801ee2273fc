import { z } from 'zod';
import {
  claimInput,
  claimSource,
  claimValue,
  stance,
  topicInput,
  verificationInput,
  verificationStatus,
} from '../../../domain/claim.js';
import { id, isoDate, isoTimestamp, version } from '../../../domain/common.js';

const asserter = z.union([
  z.strictObject({ personId: id, label: z.string() }),
  z.strictObject({ organizationId: id, label: z.string() }),
]);

export const claim = z.strictObject({
  id,
  topicId: id,
  assertedBy: asserter,
  assertedOn: isoDate,
  stance,
  value: claimValue.nullable(),
  aboutFrom: isoDate.nullable(),
  aboutTo: isoDate.nullable(),
  statement: z.string(),
  source: claimSource,
  recordedBy: id,
  createdAt: isoTimestamp,
  /** The claims on the same topic that this one contradicts. */
  contradicts: z.array(id),
});

const pair = <R extends z.ZodType>(reason: R) => z.strictObject({ claimIds: z.tuple([id, id]), reason });

export const topic = z.strictObject({
  id,
  title: z.string(),
  status: verificationStatus,
  statusNote: z.string().nullable(),
  caseIds: z.array(id),
  claims: z.array(claim),
  /** One column per asserter, with their claims in order. */
  sideBySide: z.array(z.strictObject({ assertedBy: asserter, claimIds: z.array(id) })),
  contradictions: z.array(pair(z.enum(['negation', 'different_values']))),
  corroborations: z.array(pair(z.literal('agreement'))),
  evidence: z.array(z.union([z.strictObject({ claimId: id }), z.strictObject({ source: claimSource })])),
  version,
  createdAt: isoTimestamp,
  updatedAt: isoTimestamp,
});

export const topicList = z.strictObject({
  items: z.array(
    z.strictObject({
      id,
      title: z.string(),
      status: verificationStatus,
      caseIds: z.array(id),
      claimCount: z.number().int(),
      contradictionCount: z.number().int(),
      version,
      updatedAt: isoTimestamp,
    }),
  ),
});

export const contradictionList = z.strictObject({
  items: z.array(
    z.strictObject({
      topic: z.strictObject({ id, title: z.string(), status: verificationStatus }),
      pairs: z.array(z.strictObject({ reason: z.enum(['negation', 'different_values']), claims: z.array(claim) })),
    }),
  ),
});

export const createTopicBody = topicInput;
export const claimBody = claimInput;
export const verificationBody = verificationInput;
