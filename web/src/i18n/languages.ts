/** The languages of the interface, in the order of the switch. Persian is written right to left. */
export const LANGUAGES = ['en', 'sq', 'fa'] as const;
export type Language = (typeof LANGUAGES)[number];

export const RTL_LANGUAGES: readonly Language[] = ['fa'];

/** One message catalog per area of the interface: locales/<language>/<namespace>.json. */
export const NAMESPACES = [
  'common',
  'auth',
  'home',
  'forms',
  'case',
  'contact',
  'nav',
  'search',
  'directory',
  'admin',
  'audit',
  'dashboard',
  'reports',
] as const;

export function isLanguage(value: string | null | undefined): value is Language {
  return (LANGUAGES as readonly string[]).includes(value ?? '');
}

export function directionOf(language: Language): 'rtl' | 'ltr' {
  return RTL_LANGUAGES.includes(language) ? 'rtl' : 'ltr';
}
