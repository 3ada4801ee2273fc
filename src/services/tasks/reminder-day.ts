import { reminderDay, type ReminderInput } from '../../domain/task.js';
import { InvalidInputError } from '../errors.js';

/** The day to remind on, which may not come after the due date. */
export function checkedReminderDay(dueOn: string, reminder: ReminderInput | null | undefined): string | null {
  if (!reminder) return null;
  const day = reminderDay(dueOn, reminder);
  if (day > dueOn) throw new InvalidInputError('reminder', `must not be after the due date (${dueOn})`);
  return day;
}
