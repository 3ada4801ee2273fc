import { data as iso4217 } from 'currency-codes';
import { z } from 'zod';

/**
 * Money is a whole number of minor units (cents, qindarka) with an ISO 4217 currency; there
 * are no floating-point amounts anywhere. The codes and their minor-unit exponents come from
 * the ISO 4217 list as published in the currency-codes package.
 */

/**
 * Units of account of international bodies: ISO 4217 gives them no minor unit (the package
 * records 0), and no one is paid in them.
 */
const UNITS_OF_ACCOUNT = new Set(['XDR', 'XSU', 'XUA']);

/** Entries that are not money at all (precious metals, bond units, test and "no currency" codes). */
const isPseudoCurrency = (countries: readonly string[]) => countries.every((c) => c.startsWith('Zz'));

const EXPONENTS: ReadonlyMap<string, number> = new Map(
  iso4217.filter((r) => !UNITS_OF_ACCOUNT.has(r.code) && !isPseudoCurrency(r.countries)).map((r) => [r.code, r.digits]),
);

/** The number of minor-unit digits of a currency (2 for EUR and ALL, 0 for JPY, 3 for IQD), or undefined. */
export function currencyExponent(code: string): number | undefined {
  return EXPONENTS.get(code);
}

export const currencyCode = z
  .string()
  .refine((c) => EXPONENTS.has(c), { error: 'must be an ISO 4217 currency code in capitals, such as EUR or ALL' });

/** The largest single amount accepted: sums of many stay exact (below 2^53). */
export const MAX_AMOUNT_MINOR = 1_000_000_000_000;

/** An amount in minor units: a whole number above zero. */
export const amountMinor = z
  .number()
  .int({ error: 'must be a whole number of minor units (for EUR, cents)' })
  .positive({ error: 'must be more than zero' })
  .max(MAX_AMOUNT_MINOR, { error: `must be at most ${MAX_AMOUNT_MINOR} minor units` });

/** An amount in minor units written in major units for people: 50000 EUR → "500.00". */
export function formatMinor(minor: number, currency: string): string {
  const exponent = currencyExponent(currency);
  if (exponent === undefined) throw new Error(`unknown currency ${currency}`);
  const digits = String(Math.abs(minor)).padStart(exponent + 1, '0');
  const sign = minor < 0 ? '-' : '';
  return exponent === 0 ? `${sign}${digits}` : `${sign}${digits.slice(0, -exponent)}.${digits.slice(-exponent)}`;
}

/** A sum read back from the store, checked to be an exact whole number. */
export function exactMinor(value: number | string | bigint): number {
  const n = Number(value);
  if (!Number.isSafeInteger(n)) throw new Error('an amount is too large to be exact');
  return n;
}
