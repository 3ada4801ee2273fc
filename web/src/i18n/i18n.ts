import i18next, { type BackendModule, type ReadCallback } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { directionOf, isLanguage, LANGUAGES, NAMESPACES, type Language } from './languages';

// Each catalog is its own small chunk, loaded when its language is first shown.
const catalogs = import.meta.glob<{ default: Record<string, unknown> }>('./locales/*/*.json');

const lazyCatalogs: BackendModule = {
  type: 'backend',
  init: () => undefined,
  read(language: string, namespace: string, callback: ReadCallback) {
    const load = catalogs[`./locales/${language}/${namespace}.json`];
    if (!load) {
      callback(new Error(`no catalog ${language}/${namespace}`), false);
      return;
    }
    load().then(
      (module) => callback(null, module.default),
      (err: unknown) => callback(err instanceof Error ? err : new Error(String(err)), false),
    );
  },
};

const STORAGE_KEY = 'safehold.language';

/** The language chosen on this device, else the browser's first supported one, else English. */
function initialLanguage(): Language {
  const stored = localStorage.getItem(STORAGE_KEY);
  if (isLanguage(stored)) return stored;
  return navigator.languages.map((tag) => tag.slice(0, 2)).find(isLanguage) ?? 'en';
}

/** <html lang dir> follows the language, so the whole layout mirrors for Persian. */
function applyToDocument(language: string): void {
  if (!isLanguage(language)) return;
  document.documentElement.lang = language;
  document.documentElement.dir = directionOf(language);
}

export async function startI18n(): Promise<void> {
  i18next.on('languageChanged', applyToDocument);
  await i18next
    .use(lazyCatalogs)
    .use(initReactI18next)
    .init({
      lng: initialLanguage(),
      fallbackLng: false,
      supportedLngs: [...LANGUAGES],
      ns: [...NAMESPACES],
      defaultNS: 'common',
      interpolation: { escapeValue: false },
      react: { useSuspense: true },
      returnNull: false,
    });
  applyToDocument(i18next.language);
}

export async function switchLanguage(language: Language): Promise<void> {
  localStorage.setItem(STORAGE_KEY, language);
  await i18next.changeLanguage(language);
}
