import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { parse } from 'csv-parse/sync';
import { z } from 'zod';
import { isHuridocsNumber } from '../../domain/vocabulary.js';

/**
 * The HURIDOCS micro-thesauri and Safehold's Albanian and Persian labels, as shipped in
 * src/vocabularies/. The path is the same from src/services/vocabularies/ (tests, tsx) and from
 * dist/services/vocabularies/ (the built program): three levels up is the project root.
 */
const SOURCE_DIR = new URL('../../../src/vocabularies/', import.meta.url);
export const HURIDOCS_CSV = new URL('huridocs-micro-thesauri.csv', SOURCE_DIR);
export const TRANSLATIONS_JSON = new URL('translations.json', SOURCE_DIR);

/** Bump when the way the files become rows changes, so every store loads them again. */
const LOADER_VERSION = 1;

const csvRow = z.object({
  list_code: z.string().regex(/^\d{1,2}$/),
  list_name: z.string(),
  vocab_number: z.string().refine(isHuridocsNumber, { error: 'is not a 14-digit vocab_number' }),
  huri_code: z.string().regex(/^\d{12}$/),
  parent_vocab_number: z.string(),
  term_level: z.string().regex(/^-?\d+$/),
  term_order: z.string().regex(/^\d+$/),
  english: z.string().min(1),
});

const translations = z.record(
  z.string().refine(isHuridocsNumber),
  z.strictObject({ en: z.string(), sq: z.string().min(1), fa: z.string().min(1) }),
);

export interface SourceTerm {
  vocabNumber: string;
  listCode: number;
  listName: string;
  huriCode: string;
  parent: string | null;
  level: number;
  order: number;
  en: string;
  sq: string | null;
  fa: string | null;
}

export interface HuridocsSource {
  fingerprint: string;
  /** Parsed only when asked for: most starts find the fingerprint unchanged. */
  terms(): SourceTerm[];
}

export async function readHuridocsSource(): Promise<HuridocsSource> {
  const [csv, json] = await Promise.all([readFile(HURIDOCS_CSV), readFile(TRANSLATIONS_JSON)]);
  const fingerprint = createHash('sha256')
    .update(`v${LOADER_VERSION}\0`)
    .update(csv)
    .update('\0')
    .update(json)
    .digest('hex');
  return { fingerprint, terms: () => sourceTerms(csv, json) };
}

function sourceTerms(csv: Buffer, json: Buffer): SourceTerm[] {
  const rows = z.array(csvRow).parse(parse(csv, { columns: true, skip_empty_lines: true, bom: true }));
  const labels = translations.parse(JSON.parse(json.toString('utf8')));
  // The four unnamed lists (codes 80, 90, 91, 92) hold placeholders, not a vocabulary.
  const named = rows.filter((r) => r.list_name !== '');
  const byNumber = new Map(named.map((r) => [r.vocab_number, r]));
  for (const [number, label] of Object.entries(labels)) {
    const row = byNumber.get(number);
    if (!row) throw new Error(`translations.json: ${number} is not a term of the HURIDOCS lists`);
    if (row.english !== label.en) {
      throw new Error(`translations.json: ${number} is "${row.english}" in English, not "${label.en}"`);
    }
  }
  const parentOf = (r: z.infer<typeof csvRow>) =>
    r.parent_vocab_number === '0' || r.parent_vocab_number === '' ? null : r.parent_vocab_number;
  const depth = (r: z.infer<typeof csvRow>): number => {
    const parent = parentOf(r);
    const up = parent === null ? undefined : byNumber.get(parent);
    return up ? depth(up) + 1 : 0;
  };
  return named
    .map((r) => ({
      vocabNumber: r.vocab_number,
      listCode: Number(r.list_code),
      listName: r.list_name,
      huriCode: r.huri_code,
      parent: parentOf(r),
      level: depth(r),
      order: Number(r.term_order),
      en: r.english,
      sq: labels[r.vocab_number]?.sq ?? null,
      fa: labels[r.vocab_number]?.fa ?? null,
    }))
    .sort((a, b) => (a.vocabNumber < b.vocabNumber ? -1 : 1));
}
