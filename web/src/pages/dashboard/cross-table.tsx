import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { formatNumber } from '../../i18n/format';
import { directionOf } from '../../i18n/languages';
import { useLanguage } from '../../i18n/use-language';
import { ShownCount, type Shown } from './shown-count';

export interface CrossTable {
  rows: string[];
  rowLabels: { term: string; label: string }[];
  columns: string[];
  cells: Shown[][];
  rowTotals: Shown[];
  columnTotals: Shown[];
  total: Shown;
  threshold: number;
}

const COLOURS = ['#1f4e5f', '#8a4f00', '#5b3a8c', '#2f6b2f', '#a4161a', '#4a5560'];

/** Terms by period: stacked bars per period, and the whole table with its totals. */
export function CrossTableFigure({ title, table }: { title: string; table: CrossTable }) {
  const { t } = useTranslation('dashboard');
  const language = useLanguage();
  const id = useId();
  const labelOf = (row: string) => table.rowLabels.find((l) => l.term === row)?.label ?? row;
  const data = table.columns.map((column, c) => ({
    period: column,
    ...Object.fromEntries(table.rows.map((row, r) => [row, table.cells[r]?.[c]?.count ?? 0])),
  }));
  return (
    <figure className="panel chart wide" aria-labelledby={`${id}-title`}>
      <figcaption id={`${id}-title`}>
        <h3>{title}</h3>
      </figcaption>
      {table.rows.length === 0 ? (
        <p className="muted">{t('nothing')}</p>
      ) : (
        <>
          <div className="chart-area" aria-hidden="true">
            <ResponsiveContainer width="100%" height={260}>
              <BarChart data={data} accessibilityLayer={false}>
                <CartesianGrid strokeDasharray="3 3" />
                <XAxis dataKey="period" reversed={directionOf(language) === 'rtl'} />
                <YAxis
                  allowDecimals={false}
                  orientation={directionOf(language) === 'rtl' ? 'right' : 'left'}
                  tickFormatter={(v: number) => formatNumber(v, language)}
                />
                <Tooltip />
                <Legend />
                {table.rows.map((row, r) => (
                  <Bar key={row} dataKey={row} name={labelOf(row)} stackId="all" fill={COLOURS[r % COLOURS.length]} />
                ))}
              </BarChart>
            </ResponsiveContainer>
          </div>
          <div className="table-scroll">
            <table>
              <caption className="visually-hidden">{title}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('category')}</th>
                  {table.columns.map((column) => (
                    <th scope="col" key={column}>
                      <bdi>{column}</bdi>
                    </th>
                  ))}
                  <th scope="col">{t('total')}</th>
                </tr>
              </thead>
              <tbody>
                {table.rows.map((row, r) => (
                  <tr key={row}>
                    <th scope="row">
                      <bdi>{labelOf(row)}</bdi>
                    </th>
                    {table.columns.map((column, c) => {
                      const cell = table.cells[r]?.[c];
                      return <td key={column}>{cell && <ShownCount cell={cell} threshold={table.threshold} />}</td>;
                    })}
                    <td>
                      {table.rowTotals[r] && <ShownCount cell={table.rowTotals[r]} threshold={table.threshold} />}
                    </td>
                  </tr>
                ))}
              </tbody>
              <tfoot>
                <tr>
                  <th scope="row">{t('total')}</th>
                  {table.columns.map((column, c) => {
                    const cell = table.columnTotals[c];
                    return <td key={column}>{cell && <ShownCount cell={cell} threshold={table.threshold} />}</td>;
                  })}
                  <td>
                    <ShownCount cell={table.total} threshold={table.threshold} />
                  </td>
                </tr>
              </tfoot>
            </table>
          </div>
        </>
      )}
    </figure>
  );
}
