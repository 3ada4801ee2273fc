import { useTranslation } from 'react-i18next';
import type { CaseDetail } from '../../api/case-api';
import { incidentApi } from '../../api/incident-api';
import { DateText } from '../../components/date-text';
import { Resource, useResource } from '../../components/resource';
import { CaseSection } from './case-section';

/** Court cases and other proceedings of the case, with their forum and status. */
export function LegalActionsSection({ detail }: { detail: CaseDetail }) {
  const { t } = useTranslation('case');
  const actions = useResource((signal) => incidentApi.legalActions(detail.id, signal), [detail.id]);
  return (
    <CaseSection name="legalActions">
      <Resource state={actions}>
        {({ items }) =>
          items.length === 0 ? (
            <p className="muted">{t('legalActions.none')}</p>
          ) : (
            <ul className="records">
              {items.map((a) => (
                <li key={a.id}>
                  <bdi>{a.title}</bdi> · <bdi>{a.forum.name}</bdi> {a.reference && <bdi>({a.reference})</bdi>} ·{' '}
                  {t('legalActions.openedOn')} <DateText value={a.openedOn} />
                </li>
              ))}
            </ul>
          )
        }
      </Resource>
    </CaseSection>
  );
}
