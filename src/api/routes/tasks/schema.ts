import { z } from 'zod';
import { id, isoDate, isoTimestamp, version } from '../../../domain/common.js';
import { DUE_SOON_DAYS, TASK_SOURCES, taskInput, taskKind, taskPatch, taskStatus } from '../../../domain/task.js';

export const task = z.strictObject({
  id,
  title: z.string(),
  kind: taskKind,
  status: taskStatus,
  dueOn: isoDate,
  remindOn: isoDate.nullable(),
  assigneeId: id,
  assigneeName: z.string(),
  caseId: id.nullable(),
  caseCode: z.string().nullable(),
  clientLabel: z.string().nullable(),
  engagementId: id.nullable(),
  source: z.strictObject({ kind: z.enum(TASK_SOURCES), id }).nullable(),
  completedAt: isoTimestamp.nullable(),
  version,
  createdAt: isoTimestamp,
  updatedAt: isoTimestamp,
});

export const createBody = taskInput;
export const patchBody = taskPatch;
export const caseTasksQuery = z.strictObject({ status: taskStatus.optional() });
export const taskList = z.strictObject({ items: z.array(task) });

const limit = z.coerce.number().int().min(1).max(500).default(100);
export const dueQuery = z.strictObject({
  days: z.coerce.number().int().min(0).max(365).default(DUE_SOON_DAYS),
  limit,
});
const dueItem = task.extend({ daysUntilDue: z.number().int() });
const dueList = z.strictObject({ count: z.number().int(), items: z.array(dueItem) });
export const dueView = z.strictObject({ today: isoDate, until: isoDate, overdue: dueList, dueSoon: dueList });

export const remindersQuery = z.strictObject({ limit });
export const reminders = z.strictObject({ today: isoDate, items: z.array(task) });
