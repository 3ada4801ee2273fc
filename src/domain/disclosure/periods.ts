import { monthsSpanned } from '../calendar.js';

export const PERIODS = ['month', 'quarter'] as const;
export type Period = (typeof PERIODS)[number];

/** The period a YYYY-MM month falls in: itself, or its quarter as YYYY-Qn. */
export function periodOf(month: string, period: Period): string {
  if (period === 'month') return month;
  return `${month.slice(0, 4)}-Q${String(Math.ceil(Number(month.slice(5, 7)) / 3))}`;
}

/** Every period from one month to another, in order. */
export function periodsBetween(from: string, to: string, period: Period): string[] {
  const out: string[] = [];
  const start = Number(from.slice(0, 4)) * 12 + Number(from.slice(5, 7)) - 1;
  for (let i = 0; i < monthsSpanned(from, to); i++) {
    const index = start + i;
    const key = periodOf(`${String(Math.floor(index / 12))}-${String((index % 12) + 1).padStart(2, '0')}`, period);
    if (out.at(-1) !== key) out.push(key);
  }
  return out;
}
