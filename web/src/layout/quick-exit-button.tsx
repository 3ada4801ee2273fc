import { useTranslation } from 'react-i18next';
import { quickExit } from '../session/quick-exit';

export function QuickExitButton() {
  const { t } = useTranslation('common');
  return (
    <button type="button" className="quick-exit" onClick={quickExit} title={t('quickExit.hint')}>
      {t('quickExit.label')}
    </button>
  );
}
