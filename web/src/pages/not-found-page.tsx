import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

/** Shown for an unknown address and for a record the user may not see: the two look the same. */
export function NotFoundPage() {
  const { t } = useTranslation('common');
  return (
    <section aria-labelledby="not-found-title">
      <h1 id="not-found-title">{t('notFound.title')}</h1>
      <p>{t('notFound.explain')}</p>
      <Link to="/">{t('notFound.home')}</Link>
    </section>
  );
}
