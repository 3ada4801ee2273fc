import { firstDayAfterMonth, monthsBack, monthsSpanned } from '../../domain/calendar.js';
import { InvalidInputError } from '../errors.js';

/** How many months a receipts view covers when none are named: the year up to the month of the date. */
export const DEFAULT_MONTHS = 12;
/** The most months one receipts view covers. */
export const MAX_MONTHS = 36;

/** The months (YYYY-MM, both included) a receipts view covers, and the dates it reads between. */
export function receivedWindow(on: string, range: { from?: string; to?: string }) {
  const to = range.to ?? on.slice(0, 7);
  const from = range.from ?? monthsBack(`${to}-01`, DEFAULT_MONTHS);
  const months = monthsSpanned(from, to);
  if (months < 1) throw new InvalidInputError('to', `must not be before from (${from})`);
  if (months > MAX_MONTHS) throw new InvalidInputError('from', `the range must cover at most ${MAX_MONTHS} months`);
  return { from, to, firstDay: `${from}-01`, until: firstDayAfterMonth(to) };
}
