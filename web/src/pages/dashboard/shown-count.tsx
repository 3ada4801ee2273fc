import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../i18n/format';
import { useLanguage } from '../../i18n/use-language';

export interface Shown {
  count: number | null;
  display: string;
}

/** A count as the server allows it to be shown: the number, "<5" under the threshold, or hidden to protect another. */
export function ShownCount({ cell, threshold }: { cell: Shown; threshold: number }) {
  const { t } = useTranslation('dashboard');
  const language = useLanguage();
  if (cell.count !== null) return <>{formatNumber(cell.count, language)}</>;
  if (cell.display.startsWith('<'))
    return <abbr title={t('cell.underTitle', { threshold })}>{t('cell.under', { threshold })}</abbr>;
  return <abbr title={t('cell.hiddenTitle')}>{t('cell.hidden')}</abbr>;
}
