import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { CaseDetail } from '../../api/case-api';
import { DateText } from '../../components/date-text';
import { IdentityReveal } from './identity-reveal';

export function CaseHeader({ detail }: { detail: CaseDetail }) {
  const { t } = useTranslation('case');
  return (
    <header className="case-header">
      <h1 id="case-title">
        {t('title')} <bdi>{detail.code}</bdi>
      </h1>
      <dl className="case-facts">
        <dt>{t('status.label')}</dt>
        <dd>{t(`status.${detail.status}`)}</dd>
        <dt>{t('client')}</dt>
        <dd>
          <bdi>{detail.clientLabel}</bdi>
        </dd>
        <dt>{t('openedOn')}</dt>
        <dd>
          <DateText value={detail.openedOn} />
        </dd>
        <dt>{t('assigned')}</dt>
        <dd>
          {detail.assignments.map((a) => (
            <bdi key={a.userId} className="assignee">
              {a.displayName}
            </bdi>
          ))}
        </dd>
      </dl>
      {detail.abilities['audit:read'] && (
        <p>
          <Link to={`/cases/${encodeURIComponent(detail.id)}/audit`}>{t('auditLink')}</Link>
        </p>
      )}
      {detail.abilities['identity:reveal'] && <IdentityReveal personId={detail.clientId} />}
    </header>
  );
}
