import { useTranslation } from 'react-i18next';
import { exportApi, type IdentityExport } from '../../api/export-api';
import { DateTimeText } from '../../components/date-time-text';
import { Resource, useResource } from '../../components/resource';
import { useSession } from '../../session/session-context';
import { AddForm } from '../case/add-form';
import { useReload } from '../case/use-reload';
import { IdentityExportDecision } from './identity-export-decision';
import { IdentityExportRequestForm } from './identity-export-request-form';
import { IdentityExportRun } from './identity-export-run';

/** The user's identity export requests, and those waiting for their decision as the second person. */
export function IdentityExports() {
  const { t } = useTranslation('reports');
  const [tick, reload] = useReload();
  const list = useResource((signal) => exportApi.list(signal), [tick]);
  return (
    <section className="case-section" aria-labelledby="identity-exports-title">
      <h2 id="identity-exports-title">{t('identity.title')}</h2>
      <p className="muted">{t('identity.explain')}</p>
      <AddForm label={t('identity.request')}>
        {(close) => (
          <IdentityExportRequestForm
            onSaved={() => {
              close();
              reload();
            }}
          />
        )}
      </AddForm>
      <Resource state={list}>
        {({ items }) =>
          items.length === 0 ? (
            <p className="muted">{t('identity.none')}</p>
          ) : (
            <ul className="records">
              {items.map((item) => (
                <li key={item.id}>
                  <IdentityExportItem item={item} onChanged={reload} />
                </li>
              ))}
            </ul>
          )
        }
      </Resource>
    </section>
  );
}

function IdentityExportItem({ item, onChanged }: { item: IdentityExport; onChanged: () => void }) {
  const { t } = useTranslation('reports');
  const { me } = useSession();
  const mine = item.requestedBy.id === me?.userId;
  return (
    <>
      <strong>{t(`identity.statuses.${item.status}`)}</strong> · {t('identity.requestedBy')}{' '}
      <bdi>{item.requestedBy.displayName}</bdi> · <DateTimeText value={item.createdAt} /> ·{' '}
      {t('identity.caseCount', { count: item.caseIds.length })}
      <p className="note-body">
        <bdi>{item.reason}</bdi>
      </p>
      {item.decisionNote && (
        <p>
          <bdi>{item.decidedBy?.displayName}</bdi>: <bdi>{item.decisionNote}</bdi>
        </p>
      )}
      {item.status === 'pending' && !mine && (
        <div className="actions">
          {(['approve', 'refuse'] as const).map((decision) => (
            <AddForm key={decision} label={t(`identity.${decision}`)}>
              {(close) => (
                <IdentityExportDecision
                  exportId={item.id}
                  decision={decision}
                  onSaved={() => {
                    close();
                    onChanged();
                  }}
                />
              )}
            </AddForm>
          ))}
        </div>
      )}
      {item.status === 'approved' && mine && <IdentityExportRun exportId={item.id} />}
    </>
  );
}
