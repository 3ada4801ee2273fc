import { z } from 'zod';
import { currencyExponent, MAX_AMOUNT_MINOR } from '../../domain/money.js';

/**
 * An amount written in major units ("500", "500.00", "1250.5") as the whole number of minor
 * units of its currency, or a message saying what is wrong. No floating point is involved.
 */
export function minorUnits(amount: string, currency: string): number | string {
  const exponent = currencyExponent(currency);
  if (exponent === undefined) return 'cannot be read without a valid currency';
  const match = /^(\d{1,13})(?:\.(\d+))?$/.exec(amount.trim());
  if (!match) return 'must be an amount such as 500 or 500.00 (digits, a point for the fraction)';
  const fraction = match[2] ?? '';
  if (fraction.length > exponent) return `has more than ${exponent} decimal places for ${currency}`;
  const minor = Number(`${match[1] ?? '0'}${fraction.padEnd(exponent, '0')}`);
  if (minor <= 0) return 'must be more than zero';
  if (minor > MAX_AMOUNT_MINOR) return 'is too large';
  return minor;
}

/** A decimal amount cell before its currency is known. */
export const amountCell = z.string().trim().max(20, { error: 'is too long for an amount' });
