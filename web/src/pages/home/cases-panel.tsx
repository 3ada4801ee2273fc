import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { listResponse } from '../../../../src/api/routes/cases/schema';
import { api } from '../../api/client';
import { DateText } from '../../components/date-text';
import { Resource, useResource } from '../../components/resource';

export function CasesPanel() {
  const { t } = useTranslation('home');
  const cases = useResource(
    (signal) => api('/api/cases', { query: { status: 'active', limit: 20 }, answer: listResponse, signal }),
    [],
  );
  return (
    <section className="panel" aria-labelledby="cases-title">
      <h2 id="cases-title">{t('cases.title')}</h2>
      <Resource state={cases}>
        {({ items }) =>
          items.length === 0 ? (
            <p className="muted">{t('cases.none')}</p>
          ) : (
            <ul>
              {items.map((c) => (
                <li key={c.id}>
                  <Link to={`/cases/${c.id}`}>
                    <bdi>{c.code}</bdi> · <bdi>{c.clientLabel}</bdi>
                  </Link>{' '}
                  <span className="muted">
                    {t('cases.opened')} <DateText value={c.openedOn} />
                  </span>
                </li>
              ))}
            </ul>
          )
        }
      </Resource>
    </section>
  );
}
