import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { incidentApi } from '../../api/incident-api';
import { DateText } from '../../components/date-text';
import { Resource, useResource } from '../../components/resource';

/**
 * Incidents on my cases whose victims have not said, for any use, what may be done with their
 * account: until they do, it stays within the team. Each links to the case's incidents.
 */
export function ConsentsPanel() {
  const { t } = useTranslation('home');
  const awaited = useResource((signal) => incidentApi.consentsAwaited(signal), []);
  return (
    <section className="panel" aria-labelledby="consents-title">
      <h2 id="consents-title">{t('consents.title')}</h2>
      <p className="muted">{t('consents.explain')}</p>
      <Resource state={awaited}>
        {({ items }) =>
          items.length === 0 ? (
            <p className="muted">{t('consents.none')}</p>
          ) : (
            <ul>
              {items.map((incident) => (
                <li key={incident.incidentId}>
                  {incident.cases.map((c) => (
                    <Link key={c.id} to={`/cases/${c.id}#case-incidents`} className="case-link">
                      <bdi>{c.code}</bdi>
                    </Link>
                  ))}{' '}
                  <bdi>{incident.title}</bdi> · <DateText value={incident.occurredFrom} />
                  <p>
                    <span className="muted">{t('consents.from')}</span>{' '}
                    {incident.victims.map((v) => (
                      <bdi key={v.personId} className="assignee">
                        {v.label}
                      </bdi>
                    ))}
                  </p>
                </li>
              ))}
            </ul>
          )
        }
      </Resource>
    </section>
  );
}
