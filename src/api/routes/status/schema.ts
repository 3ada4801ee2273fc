import { z } from 'zod';
import { id, isoDate, isoTimestamp, version } from '../../../domain/common.js';
import { legalStatusInput, legalStatusPatch, statusBasis } from '../../../domain/legal-status.js';

export const legalStatus = z.strictObject({
  id,
  personId: id,
  basis: statusBasis,
  authorityId: id.nullable(),
  authorityName: z.string().nullable(),
  effectiveFrom: isoDate,
  effectiveTo: isoDate.nullable(),
  openQuestions: z.string().nullable(),
  recordedBy: id,
  version,
  createdAt: isoTimestamp,
  updatedAt: isoTimestamp,
});

export const statusHistoryQuery = z.strictObject({ on: isoDate.optional() });
export const statusHistoryResponse = z.strictObject({
  on: isoDate,
  /** The entry in force on `on`: the latest effective on or before it. */
  current: legalStatus.nullable(),
  /** Whether the current entry's own end date has passed. */
  lapsed: z.boolean(),
  history: z.array(legalStatus),
});

export const statusParams = z.strictObject({ id, statusId: id });
export const statusBody = legalStatusInput;
export const statusPatchBody = legalStatusPatch;
