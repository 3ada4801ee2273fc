import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { dashboardResponse } from '../../../../src/api/routes/dashboard/schema';
import { PERIODS, type Period } from '../../../../src/domain/disclosure/periods';
import { api } from '../../api/client';
import { DateText } from '../../components/date-text';
import { Resource, useResource } from '../../components/resource';
import { SelectField } from '../../components/text-field';
import { formatNumber } from '../../i18n/format';
import { useLanguage } from '../../i18n/use-language';
import { CountChart } from './count-chart';
import { CrossTableFigure } from './cross-table';
import { ShownCount } from './shown-count';

type Dashboard = z.infer<typeof dashboardResponse>;

function Withheld({ reason }: { reason: string | null }) {
  const { t } = useTranslation('dashboard');
  if (!reason) return null;
  return <p className="muted">{t('withheld')}</p>;
}

function SupportReceived({ received }: { received: NonNullable<Dashboard['support']['received']> }) {
  const { t } = useTranslation('dashboard');
  return (
    <>
      {received.currencies.map(({ currency, recipients, amounts, totalAmount }) => (
        <figure className="panel chart" key={currency}>
          <figcaption>
            <h3>{t('support.received', { currency })}</h3>
          </figcaption>
          <table>
            <thead>
              <tr>
                <th scope="col">{t('month')}</th>
                <th scope="col">{t('support.recipients')}</th>
                <th scope="col">{t('support.amount')}</th>
              </tr>
            </thead>
            <tbody>
              {recipients.keys.map((month, i) => (
                <tr key={month}>
                  <th scope="row">{month}</th>
                  <td>
                    {recipients.cells[i] && <ShownCount cell={recipients.cells[i]} threshold={recipients.threshold} />}
                  </td>
                  <td>{amounts[i]?.amount ?? t('cell.hidden')}</td>
                </tr>
              ))}
            </tbody>
            <tfoot>
              <tr>
                <th scope="row">{t('total')}</th>
                <td>
                  <ShownCount cell={recipients.total} threshold={recipients.threshold} />
                </td>
                <td>{totalAmount?.amount ?? t('cell.hidden')}</td>
              </tr>
            </tfoot>
          </table>
        </figure>
      ))}
    </>
  );
}

function Agencies({ agencies }: { agencies: Dashboard['agencies'] }) {
  const { t } = useTranslation('dashboard');
  const language = useLanguage();
  const days = (n: number | null) => (n === null ? t('cell.hidden') : formatNumber(n, language));
  const nameOf = new Map(agencies.organizations.map((o) => [o.organizationId, o.name]));
  return (
    <>
      <CountChart title={t('agencies.exchanges')} list={agencies.exchanges} labelOf={(id) => nameOf.get(id) ?? id} />
      <figure className="panel chart">
        <figcaption>
          <h3>{t('agencies.latency')}</h3>
        </figcaption>
        <table>
          <thead>
            <tr>
              <th scope="col">{t('agencies.organization')}</th>
              <th scope="col">{t('agencies.median')}</th>
              <th scope="col">{t('agencies.quartiles')}</th>
            </tr>
          </thead>
          <tbody>
            {agencies.organizations.map((o) => (
              <tr key={o.organizationId}>
                <th scope="row">
                  <bdi>{o.name}</bdi>
                </th>
                <td>{days(o.medianDays)}</td>
                <td>{t('agencies.range', { from: days(o.p25Days), to: days(o.p75Days) })}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </figure>
    </>
  );
}

/** Totals for supervisors (their teams) and analysts (consented records only); small counts shown as "<5". */
export function DashboardPage() {
  const { t } = useTranslation('dashboard');
  const [period, setPeriod] = useState<Period>('quarter');
  const state = useResource(
    (signal) => api('/api/dashboard', { query: { period }, answer: dashboardResponse, signal }),
    [period],
  );
  const key = (k: string) => t(`key.${k}`, { defaultValue: k });
  return (
    <section aria-labelledby="dashboard-title">
      <h1 id="dashboard-title">{t('title')}</h1>
      <SelectField
        label={t('period')}
        value={period}
        onChange={(e) => setPeriod(e.target.value as Period)}
        options={PERIODS.map((p) => ({ value: p, label: t(`periodOf.${p}`) }))}
      />
      <Resource state={state}>
        {(d) => (
          <>
            <p className="muted">
              {t(`use.${d.use}`, { threshold: d.threshold })} <DateText value={d.on} />
            </p>
            <h2>{t('clients.title')}</h2>
            <Withheld reason={d.clients.withheld} />
            <div className="panels">
              {d.clients.byStatusBasis && (
                <CountChart title={t('clients.byStatusBasis')} list={d.clients.byStatusBasis} labelOf={key} />
              )}
              {d.clients.workPermit && (
                <CountChart title={t('clients.workPermit')} list={d.clients.workPermit} labelOf={key} />
              )}
              {d.clients.travelDocument && (
                <CountChart title={t('clients.travelDocument')} list={d.clients.travelDocument} labelOf={key} />
              )}
            </div>
            <h2>{t('support.title')}</h2>
            <Withheld reason={d.support.withheld} />
            <div className="panels">
              {d.support.outlook && <CountChart title={t('support.outlook')} list={d.support.outlook} labelOf={key} />}
              {d.support.received && <SupportReceived received={d.support.received} />}
            </div>
            <h2>{t('incidents.title')}</h2>
            <div className="panels">
              <CrossTableFigure title={t('incidents.byActType')} table={d.incidents.byActType} />
              <CrossTableFigure title={t('incidents.byPerpetratorType')} table={d.incidents.byPerpetratorType} />
            </div>
            <h2>{t('referrals.title')}</h2>
            <Withheld reason={d.referrals.withheld} />
            <div className="panels">
              {d.referrals.byOutcome && (
                <CountChart title={t('referrals.byOutcome')} list={d.referrals.byOutcome} labelOf={key} />
              )}
            </div>
            <h2>{t('agencies.title')}</h2>
            <div className="panels">
              <Agencies agencies={d.agencies} />
            </div>
          </>
        )}
      </Resource>
    </section>
  );
}
