import { z } from 'zod';

export const id = z.uuid({ error: 'must be a UUID' });
export const isoDate = z.iso.date({ error: 'must be a date as YYYY-MM-DD' });
export const isoTimestamp = z.iso.datetime({ error: 'must be an ISO-8601 timestamp' });
export const version = z.number().int().positive();

/** Short single-line text: trimmed, no control characters, bounded. */
export function line(max: number) {
  return z
    .string()
    .trim()
    .min(1, { error: 'must not be empty' })
    .max(max, { error: `must be at most ${max} characters` })
    .regex(/^[^\p{Cc}]*$/u, { error: 'must not contain control characters' });
}

// Control characters other than tab, newline and carriage return.
const CONTROL_EXCEPT_NEWLINE_TAB = /(?![\t\n\r])\p{Cc}/u;

/** Multi-line free text: bounded, no control characters other than newlines and tabs. */
export function text(max: number) {
  return z
    .string()
    .max(max, { error: `must be at most ${max} characters` })
    .refine((s) => !CONTROL_EXCEPT_NEWLINE_TAB.test(s), { error: 'must not contain control characters' });
}

export const countryCode = z.string().regex(/^[A-Z]{2}$/, { error: 'must be an ISO 3166-1 alpha-2 code such as AL' });

export const languageTag = z
  .string()
  .regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, { error: 'must be a language tag such as fa or sq' });
