import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

/**
 * Links through a log read newest first: back to the newest entries when on an older page, and on
 * to the entries before the last shown, each keeping the filters of the page (`query`).
 */
export function AuditPager({
  query,
  before,
  nextBefore,
}: {
  query: Record<string, string>;
  before: string | undefined;
  nextBefore: number | null;
}) {
  const { t } = useTranslation('audit');
  return (
    <div className="actions">
      {before && <Link to={{ search: new URLSearchParams(query).toString() }}>{t('log.newest')}</Link>}
      {nextBefore && (
        <Link to={{ search: new URLSearchParams({ ...query, before: String(nextBefore) }).toString() }}>
          {t('log.older')}
        </Link>
      )}
    </div>
  );
}
