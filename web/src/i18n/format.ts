import type { Language } from './languages';

/**
 * Dates, numbers and money in the reader's locale, through Intl only. Persian shows the Solar
 * Hijri date beside the Gregorian one. Calendar dates (YYYY-MM-DD) are read and shown in UTC so
 * that a day never shifts with the browser's time zone.
 */
const DATE: Intl.DateTimeFormatOptions = { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' };
const DATE_TIME: Intl.DateTimeFormatOptions = { dateStyle: 'medium', timeStyle: 'short' };

function asDate(value: string | Date): Date {
  if (value instanceof Date) return value;
  return new Date(/^\d{4}-\d{2}-\d{2}$/.test(value) ? `${value}T00:00:00Z` : value);
}

export interface FormattedDate {
  /** The Gregorian date, in the language's own digits and month names. */
  gregorian: string;
  /** For Persian, the same day in the Solar Hijri calendar; null otherwise. */
  solarHijri: string | null;
}

export function formatDate(value: string | Date, language: Language): FormattedDate {
  const date = asDate(value);
  if (language !== 'fa') return { gregorian: new Intl.DateTimeFormat(language, DATE).format(date), solarHijri: null };
  return {
    gregorian: new Intl.DateTimeFormat('fa-IR-u-ca-gregory', DATE).format(date),
    solarHijri: new Intl.DateTimeFormat('fa-IR-u-ca-persian', DATE).format(date),
  };
}

export function formatDateTime(value: string | Date, language: Language): string {
  const locale = language === 'fa' ? 'fa-IR-u-ca-persian' : language;
  return new Intl.DateTimeFormat(locale, DATE_TIME).format(asDate(value));
}

export function formatNumber(value: number, language: Language): string {
  return new Intl.NumberFormat(language).format(value);
}

/** An amount in minor units (cents) of an ISO 4217 currency. */
export function formatMoney(amountMinor: number, currency: string, language: Language): string {
  const format = new Intl.NumberFormat(language, { style: 'currency', currency });
  const digits = format.resolvedOptions().maximumFractionDigits ?? 2;
  return format.format(amountMinor / 10 ** digits);
}
