import type { Selectable } from 'kysely';
import { labelIn, type Locale } from '../../domain/vocabulary.js';
import type { VocabularyTermsTable } from '../../store/schema.js';

/** A term as shown: its label in the locale asked for (English when it has none in it). */
export function termView(row: Selectable<VocabularyTermsTable>, locale: Locale) {
  const { label, locale: shownIn } = labelIn({ en: row.label_en, sq: row.label_sq, fa: row.label_fa }, locale);
  return {
    vocabNumber: row.vocab_number,
    list: row.list_name,
    parent: row.parent_vocab_number,
    level: row.term_level,
    order: row.term_order,
    origin: row.origin,
    label,
    locale: shownIn,
  };
}
export type TermView = ReturnType<typeof termView>;
