import { formatDateTime } from '../i18n/format';
import { useLanguage } from '../i18n/use-language';

/** A moment (ISO timestamp) in the reader's language and calendar. */
export function DateTimeText({ value }: { value: string }) {
  return <time dateTime={value}>{formatDateTime(value, useLanguage())}</time>;
}
