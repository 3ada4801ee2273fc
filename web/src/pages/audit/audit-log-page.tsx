import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { entriesResponse } from '../../../../src/api/routes/audit/schema';
import { api } from '../../api/client';
import { Resource, useResource } from '../../components/resource';
import { formatDateTime } from '../../i18n/format';
import { useLanguage } from '../../i18n/use-language';
import { AuditActor } from './audit-actor';
import { AuditPager } from './audit-pager';
import { AUDIT_FILTERS, AuditFiltersForm, type AuditFilters } from './audit-filters';

function filtersOf(params: URLSearchParams): AuditFilters {
  return Object.fromEntries(
    AUDIT_FILTERS.flatMap((name) => {
      const value = params.get(name);
      return value ? [[name, value]] : [];
    }),
  );
}

/** The audit log for auditors, newest first, filtered and paged by sequence number. */
export function AuditLogPage() {
  const { t } = useTranslation('audit');
  const language = useLanguage();
  const [params, setParams] = useSearchParams();
  const filters = filtersOf(params);
  const before = params.get('before') ?? undefined;
  const entries = useResource(
    (signal) => api('/api/audit/entries', { query: { ...filters, before }, answer: entriesResponse, signal }),
    [params.toString()],
  );
  return (
    <section aria-labelledby="audit-title">
      <h1 id="audit-title">{t('log.title')}</h1>
      <AuditFiltersForm key={params.toString()} initial={filters} onApply={(given) => setParams(given)} />
      <Resource state={entries}>
        {({ items, nextBefore }) => (
          <>
            {items.length === 0 ? (
              <p className="muted">{t('log.none')}</p>
            ) : (
              <table className="audit-table">
                <thead>
                  <tr>
                    <th scope="col">{t('field.seq')}</th>
                    <th scope="col">{t('field.at')}</th>
                    <th scope="col">{t('field.actor')}</th>
                    <th scope="col">{t('field.action')}</th>
                    <th scope="col">{t('field.outcome')}</th>
                    <th scope="col">{t('field.target')}</th>
                    <th scope="col">{t('field.reason')}</th>
                  </tr>
                </thead>
                <tbody>
                  {items.map((e) => (
                    <tr key={e.seq}>
                      <td>{e.seq}</td>
                      <td>{formatDateTime(e.at, language)}</td>
                      <td>
                        <AuditActor actor={e.actor} />
                      </td>
                      <td>
                        <code>{e.action}</code>
                      </td>
                      <td>{t(`outcome.${e.outcome}`, { defaultValue: e.outcome })}</td>
                      <td>
                        <code>{[e.targetType, e.targetId].filter(Boolean).join(' ')}</code>
                        {e.caseId && (
                          <>
                            {' '}
                            <Link to={`/cases/${e.caseId}/audit`}>{t('log.caseAudit')}</Link>
                          </>
                        )}
                      </td>
                      <td>
                        <bdi>{e.reason ?? ''}</bdi>
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            )}
            <AuditPager query={filters} before={before} nextBefore={nextBefore} />
          </>
        )}
      </Resource>
    </section>
  );
}
