import { useTranslation } from 'react-i18next';
import { useAbilities } from '../../session/abilities';
import { NotFoundPage } from '../not-found-page';
import { IdentityExports } from './identity-exports';
import { RecordsExport } from './records-export';

/**
 * /exports — the records of the cases the user sees, as files, and the identity exports that
 * need a second person's approval; only for whom the policy lets export.
 */
export function ExportsPage() {
  const { t } = useTranslation('reports');
  const { can } = useAbilities();
  if (!can('exchange:export')) return <NotFoundPage />;
  return (
    <article aria-labelledby="exports-title">
      <h1 id="exports-title">{t('exports.title')}</h1>
      <RecordsExport />
      <IdentityExports />
    </article>
  );
}
