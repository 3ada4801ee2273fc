import { z } from 'zod';

/**
 * A date known only as precisely as the witness remembers it, as the HURIDOCS Events Standard
 * Formats record it: an exact day, a month, a year, or an approximate date ("around May 2019").
 * The value is written at its precision: YYYY-MM-DD exact, YYYY-MM month, YYYY year; an
 * approximate date may be written at any of the three.
 */
export const DATE_PRECISIONS = ['exact', 'month', 'year', 'approximate'] as const;
export type DatePrecision = (typeof DATE_PRECISIONS)[number];

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;
const YEAR = /^\d{4}$/;

function isCalendarDay(value: string): boolean {
  const d = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === value;
}

function granularity(value: string): 'day' | 'month' | 'year' | null {
  if (DAY.test(value)) return isCalendarDay(value) ? 'day' : null;
  if (MONTH.test(value)) return 'month';
  if (YEAR.test(value)) return 'year';
  return null;
}

const WRITTEN_AS: Record<Exclude<DatePrecision, 'approximate'>, 'day' | 'month' | 'year'> = {
  exact: 'day',
  month: 'month',
  year: 'year',
};

export const fuzzyDate = z
  .strictObject({ value: z.string(), precision: z.enum(DATE_PRECISIONS) })
  .superRefine((d, ctx) => {
    const written = granularity(d.value);
    if (!written) {
      ctx.addIssue({ code: 'custom', path: ['value'], message: 'must be a date as YYYY-MM-DD, YYYY-MM or YYYY' });
    } else if (d.precision !== 'approximate' && WRITTEN_AS[d.precision] !== written) {
      const form = { day: 'YYYY-MM-DD', month: 'YYYY-MM', year: 'YYYY' }[WRITTEN_AS[d.precision]];
      ctx.addIssue({
        code: 'custom',
        path: ['value'],
        message: `a date of precision ${d.precision} is written ${form}`,
      });
    }
  });
export type FuzzyDate = z.infer<typeof fuzzyDate>;

const iso = (d: Date) => d.toISOString().slice(0, 10);
const utc = (y: number, m: number, day: number) => new Date(Date.UTC(y, m, day));

/**
 * The days a date may fall on, first and last included. An approximate date is widened by one
 * unit of the precision it is written at: a day by 15 days, a month by a month, a year by a year.
 */
export function dateSpan(d: FuzzyDate): { from: string; to: string } {
  const [y = 0, m = 1, day = 1] = d.value.split('-').map(Number);
  const written = granularity(d.value);
  const wide = d.precision === 'approximate' ? 1 : 0;
  if (written === 'year') return { from: iso(utc(y - wide, 0, 1)), to: iso(utc(y + wide, 11, 31)) };
  if (written === 'month') return { from: iso(utc(y, m - 1 - wide, 1)), to: iso(utc(y, m + wide, 0)) };
  return { from: iso(utc(y, m - 1, day - 15 * wide)), to: iso(utc(y, m - 1, day + 15 * wide)) };
}

/** The refinement for an optional end date: it may not lie wholly before the start. */
export function endNotBeforeStartSpan(
  value: { start: FuzzyDate; end?: FuzzyDate | null | undefined },
  ctx: z.RefinementCtx,
): void {
  if (!value.end || !granularity(value.start.value) || !granularity(value.end.value)) return;
  if (dateSpan(value.end).to < dateSpan(value.start).from) {
    ctx.addIssue({ code: 'custom', path: ['end'], message: 'must not be before the start' });
  }
}
