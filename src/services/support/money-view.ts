import { currencyExponent, formatMinor } from '../../domain/money.js';

/** An amount as the API shows it: exact minor units, and the same in major units as text. */
export function moneyView(amountMinor: number, currency: string) {
  return {
    amountMinor,
    amount: formatMinor(amountMinor, currency),
    currency,
    exponent: currencyExponent(currency) ?? 0,
  };
}
export type MoneyView = ReturnType<typeof moneyView>;
