import { z } from 'zod';
import { id, isoDate, isoTimestamp, version } from '../../../domain/common.js';
import {
  filingInput,
  filingPatch,
  hearingInput,
  hearingPatch,
  legalActionInput,
  legalActionKind,
  legalActionPatch,
  legalActionStatus,
  partySide,
} from '../../../domain/legal-action.js';

export const hearing = z.strictObject({
  id,
  on: isoDate,
  place: z.string(),
  result: z.string().nullable(),
  version,
  createdAt: isoTimestamp,
  updatedAt: isoTimestamp,
});

export const filing = z.strictObject({
  id,
  kind: z.string(),
  deadlineOn: isoDate.nullable(),
  filedOn: isoDate.nullable(),
  version,
  createdAt: isoTimestamp,
  updatedAt: isoTimestamp,
});

const summaryFields = {
  id,
  caseId: id,
  forum: z.strictObject({ id, name: z.string() }),
  kind: legalActionKind,
  title: z.string(),
  reference: z.string().nullable(),
  status: legalActionStatus,
  openedOn: isoDate,
  closedOn: isoDate.nullable(),
  version,
  createdAt: isoTimestamp,
  updatedAt: isoTimestamp,
};

export const legalActionList = z.strictObject({ items: z.array(z.strictObject(summaryFields)) });
export const legalAction = z.strictObject({
  ...summaryFields,
  outcome: z.string().nullable(),
  parties: z.array(
    z.union([
      z.strictObject({ side: partySide, personId: id, label: z.string() }),
      z.strictObject({ side: partySide, organizationId: id, label: z.string() }),
    ]),
  ),
  hearings: z.array(hearing),
  filings: z.array(filing),
});

export const createBody = legalActionInput;
export const patchBody = legalActionPatch;
export const hearingBody = hearingInput;
export const hearingPatchBody = hearingPatch;
export const filingBody = filingInput;
export const filingPatchBody = filingPatch;
export const hearingParams = z.strictObject({ id, hearingId: id });
export const filingParams = z.strictObject({ id, filingId: id });
