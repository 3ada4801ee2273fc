import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import type { evidence, verification } from '../../../../src/api/routes/evidence/schema';
import { incidentApi } from '../../api/incident-api';
import { DateTimeText } from '../../components/date-time-text';
import { errorsOf } from '../../components/form-errors';
import { FormError } from '../../components/form-error';
import { Resource, useResource } from '../../components/resource';
import { formatNumber } from '../../i18n/format';
import { useLanguage } from '../../i18n/use-language';
import { useReload } from './use-reload';

type Evidence = z.infer<typeof evidence>;

/** The files kept as evidence of one incident (GET /api/incidents/:id/evidence), with how each was taken in. */
export function IncidentEvidence({ incidentId, tick }: { incidentId: string; tick: number }) {
  const { t } = useTranslation('case');
  const files = useResource((signal) => incidentApi.evidence(incidentId, signal), [incidentId, tick]);
  return (
    <Resource state={files}>
      {({ items }) =>
        items.length === 0 ? (
          <p className="muted">{t('evidence.none')}</p>
        ) : (
          <ul className="evidence">
            {items.map((e) => (
              <EvidenceItem key={e.id} item={e} />
            ))}
          </ul>
        )
      }
    </Resource>
  );
}

function EvidenceItem({ item }: { item: Evidence }) {
  const { t } = useTranslation('case');
  const language = useLanguage();
  const [open, setOpen] = useState(false);
  return (
    <li>
      <bdi>{item.originalName}</bdi>
      {item.description && (
        <>
          {' '}
          · <bdi>{item.description}</bdi>
        </>
      )}{' '}
      · <bdi>{item.mediaType}</bdi> · {t('evidence.size', { size: formatNumber(item.size, language) })}
      {item.derivedFrom && <> · {t('evidence.shareableCopy')}</>}
      <p className="muted">
        {t('evidence.received')} <DateTimeText value={item.receivedAt} /> · {t('evidence.receivedBy')}{' '}
        <bdi>{item.receivedBy.displayName}</bdi>
        {item.receivedFrom && (
          <>
            {' '}
            · {t('evidence.receivedFrom')} <bdi>{item.receivedFrom.label}</bdi>
          </>
        )}
      </p>
      <p>
        {t('evidence.sha256')} <code className="hash">{item.sha256}</code>
      </p>
      <button type="button" className="link" aria-expanded={open} onClick={() => setOpen(!open)}>
        {t('evidence.custody')}
      </button>
      {open && <EvidenceCustody id={item.id} />}
    </li>
  );
}

/** The chain of custody of one file (GET /api/evidence/:id), and a check of the stored file against its intake hash. */
function EvidenceCustody({ id }: { id: string }) {
  const { t } = useTranslation('case');
  const { t: tf } = useTranslation('forms');
  const [tick, reload] = useReload();
  const detail = useResource((signal) => incidentApi.evidenceDetail(id, signal), [id, tick]);
  const [checked, setChecked] = useState<z.infer<typeof verification> | null>(null);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<Record<string, string>>({});
  const verify = async () => {
    setBusy(true);
    try {
      setChecked(await incidentApi.verify(id));
      setFailure({});
      reload();
    } catch (err) {
      setFailure(errorsOf(err, tf('failed')));
    } finally {
      setBusy(false);
    }
  };
  return (
    <div className="record-detail">
      <Resource state={detail}>
        {({ custody }) => (
          <table>
            <caption>{t('evidence.custody')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('evidence.at')}</th>
                <th scope="col">{t('evidence.action')}</th>
                <th scope="col">{t('evidence.outcome')}</th>
                <th scope="col">{t('evidence.by')}</th>
                <th scope="col">{t('evidence.reason')}</th>
              </tr>
            </thead>
            <tbody>
              {custody.map((c) => (
                <tr key={c.id}>
                  <td>
                    <DateTimeText value={c.at} />
                  </td>
                  <td>{t(`evidence.actions.${c.action}`)}</td>
                  <td>{t(`evidence.outcomes.${c.outcome}`)}</td>
                  <td>
                    <bdi>{c.actor?.displayName ?? t('evidence.system')}</bdi>
                  </td>
                  <td>
                    <bdi>{c.reason}</bdi>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </Resource>
      <FormError errors={failure} />
      <button type="button" disabled={busy} onClick={() => void verify()}>
        {t('evidence.verify')}
      </button>
      {checked && (
        <p role="status" className={checked.status === 'intact' ? undefined : 'alert'}>
          {t(`evidence.verification.${checked.status}`)}
        </p>
      )}
    </div>
  );
}
