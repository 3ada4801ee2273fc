import { z } from 'zod';
import { id, isoTimestamp, version } from '../../../domain/common.js';
import {
  EXPORT_SCOPES,
  exportDecisionInput,
  exportRefusalInput,
  exportRequestInput,
  exportStatus,
} from '../../../domain/export-request.js';
import { identity } from '../../../domain/person.js';

const userRef = z.strictObject({ id, displayName: z.string() });

export const exportRequest = z.strictObject({
  id,
  requestedBy: userRef,
  scope: z.enum(EXPORT_SCOPES),
  teamId: id.nullable(),
  caseIds: z.array(id),
  reason: z.string(),
  status: exportStatus,
  decidedBy: userRef.nullable(),
  decidedAt: isoTimestamp.nullable(),
  decisionNote: z.string().nullable(),
  /** Until when an approved export may be run. */
  expiresAt: isoTimestamp.nullable(),
  executedAt: isoTimestamp.nullable(),
  itemCount: z.number().int().nullable(),
  version,
  createdAt: isoTimestamp,
  updatedAt: isoTimestamp,
});

export const createBody = exportRequestInput;
export const approveBody = exportDecisionInput;
export const refuseBody = exportRefusalInput;
export const listQuery = z.strictObject({
  status: exportStatus.optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});
export const listResponse = z.strictObject({ items: z.array(exportRequest) });

export const exportResult = z.strictObject({
  request: exportRequest,
  exportedAt: isoTimestamp,
  items: z.array(z.strictObject({ caseId: id, caseCode: z.string(), personId: id, label: z.string(), identity })),
});
