import { z } from 'zod';
import { id, line, text } from './common.js';

/**
 * Evidence: a file in the vault, recorded with the SHA-256 of its bytes at intake, who it was
 * received from and by whom, and a chain of custody of every later handling.
 */
export const CUSTODY_ACTIONS = ['intake', 'download', 'shareable-copy', 'verify'] as const;
export type CustodyAction = (typeof CUSTODY_ACTIONS)[number];

export const CUSTODY_OUTCOMES = ['ok', 'failed'] as const;
export type CustodyOutcome = (typeof CUSTODY_OUTCOMES)[number];

/** What is sent with the file: the multipart fields that come before it. */
export const evidenceFields = z
  .strictObject({
    receivedFromPersonId: id.optional(),
    receivedFromOrganizationId: id.optional(),
    description: text(2000).optional(),
  })
  .refine((v) => !(v.receivedFromPersonId && v.receivedFromOrganizationId), {
    error: 'give at most one of receivedFromPersonId and receivedFromOrganizationId',
    path: ['receivedFromOrganizationId'],
  });
export type EvidenceFields = z.infer<typeof evidenceFields>;

/** Why the original is handled: kept in the chain of custody (never a protected value). */
export const custodyReason = z.strictObject({
  reason: line(500).min(3, { error: 'must be at least 3 characters' }),
});

/** A file name as the sender gave it: kept encrypted, since it may name the person. */
export const originalFileName = line(255);
