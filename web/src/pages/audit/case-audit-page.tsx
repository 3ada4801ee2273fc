import { startTransition, useOptimistic } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';
import { caseAuditResponse } from '../../../../src/api/routes/audit/schema';
import { api } from '../../api/client';
import { Resource, useResource } from '../../components/resource';
import { formatDateTime } from '../../i18n/format';
import { useLanguage } from '../../i18n/use-language';
import { AuditActor } from './audit-actor';
import { AuditPager } from './audit-pager';

/** Who looked at this case: for the case's supervisor, every entry about it, or only the looks at identities. */
export function CaseAuditPage() {
  const { t } = useTranslation('audit');
  const language = useLanguage();
  const { id = '' } = useParams();
  const [params, setParams] = useSearchParams();
  const revealsOnly = params.get('reveals') === 'true';
  // The router changes the address in a transition: the box shows its new state at once.
  const [shownRevealsOnly, showRevealsOnly] = useOptimistic(revealsOnly);
  const before = params.get('before') ?? undefined;
  const entries = useResource(
    (signal) =>
      api(`/api/cases/${encodeURIComponent(id)}/audit`, {
        query: { reveals: revealsOnly ? 'true' : undefined, before },
        answer: caseAuditResponse,
        signal,
      }),
    [id, params.toString()],
  );
  const revealsQuery: Record<string, string> = revealsOnly ? { reveals: 'true' } : {};
  // A case the user may not see is not found, with nothing of the page around it.
  if (entries.status === 'failed') return <Resource state={entries}>{() => null}</Resource>;
  // The filter stays on the page while the entries it asks for load.
  return (
    <section aria-labelledby="case-audit-title">
      <h1 id="case-audit-title">{t('case.title')}</h1>
      <p>
        <Link to={`/cases/${id}`}>{t('case.back')}</Link>
      </p>
      <div className="field-check">
        <input
          id="reveals-only"
          type="checkbox"
          checked={shownRevealsOnly}
          onChange={(e) => {
            const on = e.target.checked;
            startTransition(() => {
              showRevealsOnly(on);
              setParams(on ? { reveals: 'true' } : {});
            });
          }}
        />
        <label htmlFor="reveals-only">{t('case.revealsOnly')}</label>
      </div>
      <Resource state={entries}>
        {({ items, nextBefore }) => (
          <>
            {items.length === 0 ? (
              <p className="muted">{t('log.none')}</p>
            ) : (
              <table className="audit-table">
                <thead>
                  <tr>
                    <th scope="col">{t('field.at')}</th>
                    <th scope="col">{t('field.actor')}</th>
                    <th scope="col">{t('field.action')}</th>
                    <th scope="col">{t('case.person')}</th>
                    <th scope="col">{t('field.reason')}</th>
                  </tr>
                </thead>
                <tbody>
                  {items.map((e) => (
                    <tr key={e.seq} className={e.reveal ? 'reveal' : undefined}>
                      <td>{formatDateTime(e.at, language)}</td>
                      <td>
                        <AuditActor actor={e.actor} />
                      </td>
                      <td>
                        <code>{e.action}</code> {e.reveal && <span className="tag">{t('case.reveal')}</span>}
                        {e.outcome !== 'ok' && (
                          <span className="tag">{t(`outcome.${e.outcome}`, { defaultValue: e.outcome })}</span>
                        )}
                      </td>
                      <td>
                        <bdi>{e.targetLabel ?? ''}</bdi>{' '}
                        {!e.throughThisCase && <span className="muted">{t('case.otherCase')}</span>}
                      </td>
                      <td>
                        <bdi>{e.reason ?? ''}</bdi>
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            )}
            <AuditPager query={revealsQuery} before={before} nextBefore={nextBefore} />
          </>
        )}
      </Resource>
    </section>
  );
}
