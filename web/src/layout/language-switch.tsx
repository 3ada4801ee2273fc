import { useTranslation } from 'react-i18next';
import { switchLanguage } from '../i18n/i18n';
import { LANGUAGES } from '../i18n/languages';
import { useLanguage } from '../i18n/use-language';

/** Each language named in itself, switchable at any time without losing the page. */
export function LanguageSwitch() {
  const { t } = useTranslation('common');
  const current = useLanguage();
  return (
    <nav aria-label={t('language.choose')} className="language-switch">
      {LANGUAGES.map((language) => (
        <button
          key={language}
          type="button"
          lang={language}
          aria-pressed={language === current}
          onClick={() => void switchLanguage(language)}
        >
          {t(`language.${language}`)}
        </button>
      ))}
    </nav>
  );
}
