import { monthsBack, monthsSpanned } from '../../domain/calendar.js';
import { InvalidInputError } from '../errors.js';

/** Months of incidents shown when none are named: two years up to the month of the day. */
export const DEFAULT_INCIDENT_MONTHS = 24;
/** The most months one dashboard covers. */
export const MAX_INCIDENT_MONTHS = 120;

/** The months (YYYY-MM, both included) the incident tables cover. */
export function incidentWindow(on: string, range: { from?: string; to?: string }) {
  const to = range.to ?? on.slice(0, 7);
  const from = range.from ?? monthsBack(`${to}-01`, DEFAULT_INCIDENT_MONTHS);
  const months = monthsSpanned(from, to);
  if (months < 1) throw new InvalidInputError('to', `must not be before from (${from})`);
  if (months > MAX_INCIDENT_MONTHS) {
    throw new InvalidInputError('from', `the range must cover at most ${MAX_INCIDENT_MONTHS} months`);
  }
  return { from, to };
}
