import { z } from 'zod';
import { caseCreateInput, casePatch, caseStatus, caseStatusFilter } from '../../../domain/case.js';
import { id, isoDate, isoTimestamp, version } from '../../../domain/common.js';
import { noteInput, notePatch } from '../../../domain/note.js';
import { CASE_ACTIONS } from '../../../security/policy.js';
import { role } from '../../../security/roles.js';
import { paging } from '../common-schema.js';
import { duplicateWarning } from '../contact-requests/duplicate-schema.js';

export const abilities = z.strictObject(
  Object.fromEntries(CASE_ACTIONS.map((a) => [a, z.boolean()])) as Record<(typeof CASE_ACTIONS)[number], z.ZodBoolean>,
);

const caseFields = {
  id,
  code: z.string(),
  clientId: id,
  clientLabel: z.string(),
  teamId: id.nullable(),
  status: caseStatus,
  openedOn: isoDate,
  closedOn: isoDate.nullable(),
  summary: z.string().nullable(),
  version,
  createdAt: isoTimestamp,
  updatedAt: isoTimestamp,
  abilities,
};

export const caseResponse = z.strictObject(caseFields);
/** A new case, with a warning when its new client is likely recorded already. */
export const caseCreated = z.strictObject({ ...caseFields, duplicateWarning });
export const caseDetail = z.strictObject({
  ...caseFields,
  assignments: z.array(z.strictObject({ userId: id, displayName: z.string(), role, assignedAt: isoTimestamp })),
});

export const caseListItem = z.strictObject({
  id,
  code: z.string(),
  status: caseStatus,
  teamId: id.nullable(),
  openedOn: isoDate,
  closedOn: isoDate.nullable(),
  clientLabel: z.string(),
  version,
  updatedAt: isoTimestamp,
});
export const listQuery = paging.extend({ status: caseStatusFilter.optional() });
export const listResponse = z.strictObject({ items: z.array(caseListItem) });

export const createBody = caseCreateInput;
export const patchBody = casePatch;
export const assignmentParams = z.strictObject({ id, userId: id });

export const note = z.strictObject({
  id,
  caseId: id,
  authorId: id,
  body: z.string(),
  version,
  createdAt: isoTimestamp,
  updatedAt: isoTimestamp,
});
export const notesQuery = z.strictObject({
  limit: z.coerce.number().int().min(1).max(200).default(50),
  before: id.optional(),
});
export const notesResponse = z.strictObject({ items: z.array(note) });
export const noteParams = z.strictObject({ id, noteId: id });
export const noteBody = noteInput;
export const notePatchBody = notePatch;
