import { z } from 'zod';
import { id, isoDate, isoTimestamp, version } from '../../../domain/common.js';
import {
  engagementOutcomeInput,
  engagementRequestInput,
  engagementStatus,
  minutesInput,
  minutesItemKind,
  minutesItemPatch,
  requestChannel,
} from '../../../domain/engagement.js';
import { personKind } from '../../../domain/person.js';
import { task } from '../tasks/schema.js';

const labelled = <T extends z.ZodRawShape>(shape: T) => z.strictObject({ ...shape, label: z.string() });

export const minutesItem = z.strictObject({
  id,
  position: z.number().int().positive(),
  kind: minutesItemKind,
  speaker: z.union([labelled({ personId: id }), labelled({ organizationId: id }), labelled({ userId: id })]),
  refersTo: z.strictObject({ id, name: z.string() }).nullable(),
  text: z.string(),
  version,
  createdAt: isoTimestamp,
  updatedAt: isoTimestamp,
});

const summaryFields = {
  id,
  organization: z.strictObject({ id, name: z.string() }),
  requestedBy: z.strictObject({ id, displayName: z.string() }),
  requestedOn: isoDate,
  channel: requestChannel,
  subject: z.string(),
  status: engagementStatus,
  outcomeOn: isoDate.nullable(),
  /** Days from the request to the meeting or answer. */
  latencyDays: z.number().int().nullable(),
  caseIds: z.array(id),
  version,
  createdAt: isoTimestamp,
  updatedAt: isoTimestamp,
};

export const engagementSummary = z.strictObject(summaryFields);
export const engagement = z.strictObject({
  ...summaryFields,
  place: z.string().nullable(),
  attendees: z.array(
    z.strictObject({
      personId: id.nullable(),
      userId: id.nullable(),
      label: z.string(),
      kind: z.union([personKind, z.literal('staff')]),
      role: z.string(),
    }),
  ),
  minutes: z.array(minutesItem),
  followUps: z.array(task),
});
export const engagementList = z.strictObject({ items: z.array(engagementSummary) });

export const createBody = engagementRequestInput;
export const outcomeBody = engagementOutcomeInput;
export const minutesBody = minutesInput;
export const itemPatchBody = minutesItemPatch;
export const itemParams = z.strictObject({ id, itemId: id });
