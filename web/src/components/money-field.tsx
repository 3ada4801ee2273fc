import { useTranslation } from 'react-i18next';
import { currencyExponent } from '../../../src/domain/money';
import { useLanguage } from '../i18n/use-language';
import { SelectField, TextField } from './text-field';
import type { BoundField } from './use-form';

/** The currencies offered first; the API accepts any ISO 4217 code. */
export const CURRENCIES = ['EUR', 'ALL', 'USD', 'GBP', 'CHF', 'IQD', 'IRR'] as const;

/**
 * An amount typed in major units ("500.00") as the whole number of minor units the API takes
 * (50000), exactly (no floating point); undefined when it is not such an amount of the currency.
 */
export function toMinor(typed: string, currency: string): number | undefined {
  const exponent = currencyExponent(currency);
  const match = /^(\d+)(?:[.,](\d*))?$/.exec(typed.trim());
  if (exponent === undefined || !match) return undefined;
  const fraction = match[2] ?? '';
  if (fraction.length > exponent) return undefined;
  return Number(`${match[1] ?? ''}${fraction.padEnd(exponent, '0')}`);
}

interface MoneyFieldProps {
  label: string;
  /** The amount as typed in major units, and the currency code: two fields of a form (useForm's `field`). */
  amount: BoundField;
  currency: BoundField;
}

/** An amount and its ISO 4217 currency, side by side; each shows its own error from the API. */
export function MoneyField({ label, amount, currency }: MoneyFieldProps) {
  const { t } = useTranslation('forms');
  const names = new Intl.DisplayNames(useLanguage(), { type: 'currency' });
  return (
    <div className="money-field">
      <TextField label={label} hint={t('amountHint')} inputMode="decimal" {...amount} />
      <SelectField
        label={t('currency')}
        {...currency}
        options={CURRENCIES.map((code) => ({ value: code, label: `${code} — ${names.of(code) ?? code}` }))}
      />
    </div>
  );
}
