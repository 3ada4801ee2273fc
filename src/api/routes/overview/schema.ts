import { z } from 'zod';
import { caseStatus } from '../../../domain/case.js';
import { id, isoDate, version } from '../../../domain/common.js';
import { document } from '../documents/schema.js';
import { legalStatus } from '../status/schema.js';
import { entitlement, outlook } from '../support/schema.js';
import { task } from '../tasks/schema.js';

/** The case page in one read; each section is one part of the client's situation. */
export const caseOverview = z.strictObject({
  on: isoDate,
  case: z.strictObject({ id, code: z.string(), status: caseStatus, version }),
  client: z.strictObject({ id, label: z.string() }),
  legalStatus: z.strictObject({ current: legalStatus.nullable(), lapsed: z.boolean() }),
  documents: z.strictObject({
    items: z.array(document),
    hasValidWorkPermit: z.boolean(),
    hasValidTravelDocument: z.boolean(),
  }),
  support: z.strictObject({ horizonDays: z.number().int(), outlook, active: z.array(entitlement) }),
  tasks: z.strictObject({ open: z.number().int(), overdue: z.number().int(), items: z.array(task) }),
});
