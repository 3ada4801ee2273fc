import { z } from 'zod';
import { id, isoDate, isoTimestamp } from '../../../domain/common.js';
import { role } from '../../../security/roles.js';

const seq = z.number().int().positive();
const name = z
  .string()
  .max(100)
  .regex(/^[a-z0-9_.:-]+$/, { error: 'must be lowercase letters, digits and . _ : -' });
export const limit = z.coerce.number().int().min(1).max(200).default(50);
export const before = z.coerce.number().int().positive().optional();

const details = z.record(
  z.string(),
  z.union([z.string(), z.number(), z.boolean(), z.null(), z.array(z.string()).readonly()]),
);
const actor = z.strictObject({ id, displayName: z.string().nullable(), role: role.nullable() }).nullable();

const entryFields = {
  seq,
  at: isoTimestamp,
  actor,
  action: z.string(),
  outcome: z.string(),
  targetType: z.string().nullable(),
  targetId: z.string().nullable(),
  reason: z.string().nullable(),
  details,
};

export const auditEntry = z.strictObject({ ...entryFields, caseId: z.string().nullable() });

export const entriesQuery = z.strictObject({
  actorId: id.optional(),
  action: name.optional(),
  outcome: z.enum(['ok', 'refused', 'failed']).optional(),
  targetType: name.optional(),
  targetId: z.string().min(1).max(100).optional(),
  caseId: id.optional(),
  from: isoDate.optional(),
  to: isoDate.optional(),
  before,
  limit,
});
export const entriesResponse = z.strictObject({ items: z.array(auditEntry), nextBefore: seq.nullable() });

export const caseAuditQuery = z.strictObject({
  /** "true" keeps only the looks at identities and whereabouts. */
  reveals: z.enum(['true', 'false']).optional(),
  before,
  limit,
});
export const caseAuditResponse = z.strictObject({
  items: z.array(
    z.strictObject({
      ...entryFields,
      /** The initials or pseudonym of the person concerned, when the entry is about a person. */
      targetLabel: z.string().nullable(),
      /** False for a look at one of the case's people made through another case. */
      throughThisCase: z.boolean(),
      /** A look at an identity or whereabouts (revealed or exported). */
      reveal: z.boolean(),
    }),
  ),
  nextBefore: seq.nullable(),
});
