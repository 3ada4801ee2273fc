import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { formatNumber } from '../../i18n/format';
import { directionOf } from '../../i18n/languages';
import { useLanguage } from '../../i18n/use-language';
import { ShownCount, type Shown } from './shown-count';

export interface CountList {
  keys: string[];
  cells: Shown[];
  total: Shown;
  threshold: number;
}

/**
 * One breakdown as a bar chart with its numbers as a table beside it. A suppressed cell is drawn
 * as nothing and read in the table as "<5": the chart never shows more than the table.
 */
export function CountChart({
  title,
  list,
  labelOf,
}: {
  title: string;
  list: CountList;
  labelOf: (key: string) => string;
}) {
  const { t } = useTranslation('dashboard');
  const language = useLanguage();
  const id = useId();
  const data = list.keys.map((key, i) => ({ name: labelOf(key), count: list.cells[i]?.count ?? 0 }));
  return (
    <figure className="panel chart" aria-labelledby={`${id}-title`}>
      <figcaption id={`${id}-title`}>
        <h3>{title}</h3>
      </figcaption>
      <div className="chart-area" aria-hidden="true">
        <ResponsiveContainer width="100%" height={220}>
          <BarChart data={data} accessibilityLayer={false} margin={{ top: 8, right: 8, bottom: 8, left: 8 }}>
            <CartesianGrid strokeDasharray="3 3" />
            <XAxis
              dataKey="name"
              reversed={directionOf(language) === 'rtl'}
              interval={0}
              angle={-30}
              textAnchor="end"
              height={80}
              tick={{ fontSize: 11 }}
            />
            <YAxis
              allowDecimals={false}
              orientation={directionOf(language) === 'rtl' ? 'right' : 'left'}
              tickFormatter={(v: number) => formatNumber(v, language)}
            />
            <Tooltip formatter={(v) => formatNumber(Number(v), language)} />
            <Bar dataKey="count" name={t('count')} fill="#1f4e5f" />
          </BarChart>
        </ResponsiveContainer>
      </div>
      <table>
        <caption className="visually-hidden">{title}</caption>
        <thead>
          <tr>
            <th scope="col">{t('category')}</th>
            <th scope="col">{t('count')}</th>
          </tr>
        </thead>
        <tbody>
          {list.keys.map((key, i) => (
            <tr key={key}>
              <th scope="row">
                <bdi>{labelOf(key)}</bdi>
              </th>
              <td>{list.cells[i] && <ShownCount cell={list.cells[i]} threshold={list.threshold} />}</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">{t('total')}</th>
            <td>
              <ShownCount cell={list.total} threshold={list.threshold} />
            </td>
          </tr>
        </tfoot>
      </table>
    </figure>
  );
}
