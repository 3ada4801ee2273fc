import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LANGUAGES, NAMESPACES } from '../../web/src/i18n/languages.js';

const LOCALES = 'web/src/i18n/locales';

type Catalog = Record<string, unknown>;

/** Every message of a catalog by its dotted key. */
function flatten(catalog: Catalog, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(catalog)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') out.set(path, value);
    else for (const [k, v] of flatten(value as Catalog, path)) out.set(k, v);
  }
  return out;
}

const read = (language: string, namespace: string) =>
  flatten(JSON.parse(readFileSync(join(LOCALES, language, `${namespace}.json`), 'utf8')) as Catalog);
const placeholders = (message: string) => [...message.matchAll(/\{\{(\w+)[^}]*\}\}/g)].map((m) => m[1]).sort();

describe('the message catalogs', () => {
  it('hold exactly the declared namespaces in every language', () => {
    for (const language of LANGUAGES) {
      const files = readdirSync(join(LOCALES, language)).map((f) => f.replace(/\.json$/, ''));
      expect(files.sort(), language).toEqual([...NAMESPACES].sort());
    }
  });

  for (const namespace of NAMESPACES) {
    it(`${namespace}: every key in every language, none empty, with the same placeholders`, () => {
      const catalogs = Object.fromEntries(LANGUAGES.map((l) => [l, read(l, namespace)]));
      const allKeys = new Set(LANGUAGES.flatMap((l) => [...catalogs[l]!.keys()]));
      for (const language of LANGUAGES) {
        const catalog = catalogs[language]!;
        const missing = [...allKeys].filter((key) => !catalog.has(key));
        expect(missing, `keys missing in ${language}/${namespace}.json`).toEqual([]);
        for (const [key, message] of catalog) {
          expect(message.trim(), `${language}/${namespace}.json ${key} is empty`).not.toBe('');
          expect(placeholders(message), `${language}/${namespace}.json ${key}`).toEqual(
            placeholders(catalogs.en!.get(key) ?? ''),
          );
        }
      }
    });
  }

  it('has every key the code asks for: t("…") calls with a literal key', () => {
    const sources = readdirSync('web/src', { recursive: true, withFileTypes: true })
      .filter((e) => e.isFile() && /\.tsx?$/.test(e.name))
      .map((e) => ({ file: join(e.parentPath, e.name), text: readFileSync(join(e.parentPath, e.name), 'utf8') }));
    const missing: string[] = [];
    for (const { file, text } of sources) {
      const namespace = /useTranslation\('(\w+)'\)/.exec(text)?.[1] ?? 'common';
      for (const [, key] of text.matchAll(/\bt\('([\w.]+)'/g)) {
        if (!read('en', namespace).has(key!)) missing.push(`${file}: ${namespace}:${key}`);
      }
    }
    expect(missing).toEqual([]);
  });
});
