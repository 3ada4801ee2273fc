import { useTranslation } from 'react-i18next';

/** The choices of an enum, each named by the case catalog (`<prefix>.<value>`). */
export function useOptions() {
  const { t } = useTranslation('case');
  return (prefix: string, values: readonly string[]) =>
    values.map((value) => ({ value, label: t(`${prefix}.${value}`) }));
}

/** An empty field is sent as null (not recorded), never as an empty string. */
export function orNull(typed: string): string | null {
  return typed.trim() === '' ? null : typed;
}
