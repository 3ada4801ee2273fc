import { z } from 'zod';
import { id, isoDate, isoTimestamp, line, version } from '../../../domain/common.js';
import { DOCUMENT_NEEDS, documentInput, documentKind, documentPatch, documentState } from '../../../domain/document.js';

export const document = z.strictObject({
  id,
  personId: id,
  kind: documentKind,
  state: documentState,
  /** Whether a number is on record; the number itself only through an audited reveal. */
  numberRecorded: z.boolean(),
  issuerOrganizationId: id.nullable(),
  issuerOrganizationName: z.string().nullable(),
  issuerText: z.string().nullable(),
  issuedOn: isoDate.nullable(),
  expiresOn: isoDate.nullable(),
  /** Held and not past its expiry on the day asked about. */
  validOn: z.boolean(),
  notes: z.string().nullable(),
  recordedBy: id,
  version,
  createdAt: isoTimestamp,
  updatedAt: isoTimestamp,
});

export const onQuery = z.strictObject({ on: isoDate.optional() });
export const documentsResponse = z.strictObject({ on: isoDate, items: z.array(document) });
export const documentParams = z.strictObject({ id, documentId: id });
export const documentBody = documentInput;
export const documentPatchBody = documentPatch;

export const revealBody = z.strictObject({
  reason: line(500).min(3, { error: 'must be at least 3 characters' }),
});
export const numberRevealed = z.strictObject({
  documentId: id,
  number: z.string().nullable(),
  revealedUntil: isoTimestamp,
});

const days = z.coerce.number().int().min(0).max(3660);
const limit = z.coerce.number().int().min(1).max(500);

export const expiringQuery = z.strictObject({
  on: isoDate.optional(),
  days: days.default(60),
  limit: limit.default(200),
});
export const expiringResponse = z.strictObject({
  on: isoDate,
  until: isoDate,
  items: z.array(
    z.strictObject({
      documentId: id,
      personId: id,
      personLabel: z.string(),
      caseCode: z.string().nullable(),
      kind: documentKind,
      state: documentState,
      expiresOn: isoDate,
      /** Negative when already past. */
      daysLeft: z.number().int(),
    }),
  ),
});

export const withoutDocumentQuery = z.strictObject({
  need: z.enum(DOCUMENT_NEEDS),
  on: isoDate.optional(),
  after: id.optional(),
  limit: limit.default(200),
});
export const withoutDocumentResponse = z.strictObject({
  need: z.enum(DOCUMENT_NEEDS),
  on: isoDate,
  items: z.array(z.strictObject({ personId: id, label: z.string(), caseId: id, caseCode: z.string() })),
  /** Pass as `after` for the next page; null on the last. */
  nextAfter: id.nullable(),
});
