import { useTranslation } from 'react-i18next';
import { formatDate } from '../i18n/format';
import { useLanguage } from '../i18n/use-language';

/** A calendar date in the reader's language; in Persian, the Solar Hijri date with the Gregorian beside it. */
export function DateText({ value }: { value: string }) {
  const { t } = useTranslation('common');
  const { gregorian, solarHijri } = formatDate(value, useLanguage());
  return (
    <time dateTime={value.slice(0, 10)}>{solarHijri ? t('date.both', { solarHijri, gregorian }) : gregorian}</time>
  );
}
