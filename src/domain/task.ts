import { z } from 'zod';
import { addDays } from './calendar-days.js';
import { id, isoDate, line, version } from './common.js';

export const TASK_KINDS = ['permit_expiry', 'follow_up', 'hearing', 'filing', 'other'] as const;
export const taskKind = z.enum(TASK_KINDS);
export type TaskKind = z.infer<typeof taskKind>;

export const TASK_STATUSES = ['open', 'done', 'cancelled'] as const;
export const taskStatus = z.enum(TASK_STATUSES);
export type TaskStatus = z.infer<typeof taskStatus>;

const TRANSITIONS: Record<TaskStatus, readonly TaskStatus[]> = {
  open: ['done', 'cancelled'],
  done: ['open'],
  cancelled: ['open'],
};

export function canTransitionTask(from: TaskStatus, to: TaskStatus): boolean {
  return from === to || TRANSITIONS[from].includes(to);
}

/** What a follow-up was created from, so the list can link back to it. */
export const TASK_SOURCES = ['minutes_item', 'hearing', 'filing'] as const;
export type TaskSource = (typeof TASK_SOURCES)[number];

/** Titles are shown in every list, like labels: no names, no testimony. */
const taskTitle = line(200);

/** A reminder on a given day, or a number of days before the due date. */
const reminderInput = z.union([
  z.strictObject({ on: isoDate }),
  z.strictObject({ daysBefore: z.number().int().min(0).max(365) }),
]);
export type ReminderInput = z.infer<typeof reminderInput>;

export function reminderDay(dueOn: string, reminder: ReminderInput): string {
  return 'on' in reminder ? reminder.on : addDays(dueOn, -reminder.daysBefore);
}

export const taskInput = z.strictObject({
  title: taskTitle,
  kind: taskKind,
  dueOn: isoDate,
  /** Who must do it; the author when not given. */
  assigneeId: id.optional(),
  reminder: reminderInput.nullish(),
});
export type TaskInput = z.infer<typeof taskInput>;

export const taskPatch = z.strictObject({
  version,
  title: taskTitle.optional(),
  dueOn: isoDate.optional(),
  assigneeId: id.optional(),
  status: taskStatus.optional(),
  reminder: reminderInput.nullish(),
});
export type TaskPatch = z.infer<typeof taskPatch>;

/** How many days ahead "due soon" looks, unless asked otherwise. */
export const DUE_SOON_DAYS = 14;
