import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { forecastResponse } from '../../../../src/api/routes/support/schema';
import { api } from '../../api/client';
import { DateText } from '../../components/date-text';
import { Resource, useResource } from '../../components/resource';

/** Days ahead the forecast looks for clients about to lose all support. */
const HORIZON_DAYS = 30;

/** Clients who lose all support within the horizon, and those who have none today. */
export function SupportPanel() {
  const { t } = useTranslation('home');
  const forecast = useResource(
    (signal) =>
      api('/api/reports/support-forecast', { query: { days: HORIZON_DAYS }, answer: forecastResponse, signal }),
    [],
  );
  return (
    <section className="panel" aria-labelledby="support-title">
      <h2 id="support-title">{t('support.title', { days: HORIZON_DAYS })}</h2>
      <Resource state={forecast}>
        {({ losing, withoutSupport }) =>
          losing.length + withoutSupport.length === 0 ? (
            <p className="muted">{t('support.none')}</p>
          ) : (
            <ul>
              {losing.map((c) => (
                <li key={c.personId}>
                  <Link to={`/cases/${c.caseId}`}>
                    <bdi>{c.label}</bdi>
                  </Link>{' '}
                  {t('support.losingFrom')} <DateText value={c.uncoveredFrom} />
                </li>
              ))}
              {withoutSupport.map((c) => (
                <li key={c.personId}>
                  <Link to={`/cases/${c.caseId}`}>
                    <bdi>{c.label}</bdi>
                  </Link>{' '}
                  {t('support.withoutNow')}
                </li>
              ))}
            </ul>
          )
        }
      </Resource>
    </section>
  );
}
