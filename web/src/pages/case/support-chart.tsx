import { useTranslation } from 'react-i18next';
import { Bar, BarChart, CartesianGrid, Legend, Tooltip, XAxis, YAxis } from 'recharts';
import type { z } from 'zod';
import type { personSupportResponse } from '../../../../src/api/routes/support/schema';
import { firstDayAfterMonth } from '../../../../src/domain/calendar';
import { formatMoney } from '../../i18n/format';
import type { Language } from '../../i18n/languages';
import { useLanguage } from '../../i18n/use-language';

type Received = z.infer<typeof personSupportResponse>['received'];

const COLOURS = ['#1f4e5f', '#8a4b08', '#5a3d8a', '#2d6a2d'];

/** A month (YYYY-MM) by name in the reader's language; Gregorian months, in Persian digits for Persian. */
function monthName(month: string, language: Language): string {
  const locale = language === 'fa' ? 'fa-IR-u-ca-gregory' : language;
  return new Intl.DateTimeFormat(locale, { year: 'numeric', month: 'short', timeZone: 'UTC' }).format(
    new Date(`${month}-01T00:00:00Z`),
  );
}

/** Every month of the window, those with nothing received included, so the chart's gaps show. */
function everyMonth(received: Received): Received['months'] {
  const byMonth = new Map(received.months.map((m) => [m.month, m.amounts]));
  const months: Received['months'] = [];
  for (let month = received.from; month <= received.to; month = firstDayAfterMonth(month).slice(0, 7)) {
    months.push({ month, amounts: byMonth.get(month) ?? [] });
  }
  return months;
}

/** Support received per month: a bar per currency, and the same numbers as a table for every reader. */
export function SupportChart({ received }: { received: Received }) {
  const { t } = useTranslation('case');
  const language = useLanguage();
  const months = everyMonth(received);
  const currencies = [...new Set(months.flatMap((m) => m.amounts.map((a) => a.currency)))];
  const data = months.map((m) => ({
    month: monthName(m.month, language),
    ...Object.fromEntries(m.amounts.map((a) => [a.currency, Number(a.amount)])),
  }));
  return (
    <figure className="support-chart">
      <figcaption>{t('support.receivedTitle')}</figcaption>
      <div aria-hidden="true" dir="ltr" className="chart">
        <BarChart width={640} height={240} data={data} accessibilityLayer={false}>
          <CartesianGrid strokeDasharray="3 3" />
          <XAxis dataKey="month" reversed={language === 'fa'} />
          <YAxis orientation={language === 'fa' ? 'right' : 'left'} />
          <Tooltip />
          <Legend />
          {currencies.map((currency, i) => (
            <Bar key={currency} dataKey={currency} fill={COLOURS[i % COLOURS.length]} />
          ))}
        </BarChart>
      </div>
      <table>
        <caption>{t('support.receivedTable')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('support.month')}</th>
            <th scope="col">{t('support.received')}</th>
          </tr>
        </thead>
        <tbody>
          {months.map((m) => (
            <tr key={m.month}>
              <th scope="row">{monthName(m.month, language)}</th>
              <td>
                {m.amounts.length === 0
                  ? t('support.nothing')
                  : m.amounts.map((a) => formatMoney(a.amountMinor, a.currency, language)).join(' · ')}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}
