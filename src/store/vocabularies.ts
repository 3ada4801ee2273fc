import { sql, type Insertable } from 'kysely';
import type { Db } from './engine.js';
import type { VocabularyTermsTable } from './schema.js';

/** Rows per insert: 15 columns each, well within both engines' limits on bound values. */
const BATCH = 500;

/**
 * Insert or refresh the HURIDOCS terms, parents before children (a parent's number sorts before
 * its children's). Local terms are never touched: their numbers are of another form.
 */
export async function upsertHuridocsTerms(db: Db, rows: readonly Insertable<VocabularyTermsTable>[]): Promise<void> {
  for (let i = 0; i < rows.length; i += BATCH) {
    await db
      .insertInto('vocabulary_terms')
      .values(rows.slice(i, i + BATCH))
      .onConflict((oc) =>
        oc.column('vocab_number').doUpdateSet((eb) => ({
          list_code: eb.ref('excluded.list_code'),
          list_name: eb.ref('excluded.list_name'),
          huri_code: eb.ref('excluded.huri_code'),
          parent_vocab_number: eb.ref('excluded.parent_vocab_number'),
          term_level: eb.ref('excluded.term_level'),
          term_order: eb.ref('excluded.term_order'),
          label_en: eb.ref('excluded.label_en'),
          label_sq: eb.ref('excluded.label_sq'),
          label_fa: eb.ref('excluded.label_fa'),
          updated_at: eb.ref('excluded.updated_at'),
        })),
      )
      .execute();
  }
}

export function findSource(db: Db, name: string) {
  return db.selectFrom('vocabulary_sources').selectAll().where('name', '=', name).executeTakeFirst();
}

export function saveSource(db: Db, row: { name: string; fingerprint: string; term_count: number; loaded_at: string }) {
  return db
    .insertInto('vocabulary_sources')
    .values(row)
    .onConflict((oc) =>
      oc.column('name').doUpdateSet({
        fingerprint: row.fingerprint,
        term_count: row.term_count,
        loaded_at: row.loaded_at,
      }),
    )
    .execute();
}

/** The lists with their number of terms, in list-code order. */
export function listLists(db: Db) {
  return db
    .selectFrom('vocabulary_terms')
    .select((eb) => ['list_code', 'list_name', eb.fn.countAll<number | string>().as('terms')])
    .groupBy(['list_code', 'list_name'])
    .orderBy('list_code')
    .execute();
}

export function listTerms(db: Db, listName: string) {
  return db
    .selectFrom('vocabulary_terms')
    .selectAll()
    .where('list_name', '=', listName)
    .orderBy('term_order')
    .orderBy('vocab_number')
    .execute();
}

export function findTerm(db: Db, vocabNumber: string) {
  return db.selectFrom('vocabulary_terms').selectAll().where('vocab_number', '=', vocabNumber).executeTakeFirst();
}

export function findTerms(db: Db, vocabNumbers: readonly string[]) {
  if (vocabNumbers.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('vocabulary_terms')
    .selectAll()
    .where('vocab_number', 'in', [...new Set(vocabNumbers)])
    .execute();
}

/** The terms and every term above them, each once. */
export async function termsWithAncestors(db: Db, vocabNumbers: readonly string[]) {
  if (vocabNumbers.length === 0) return [];
  const rows = await sql<{ vocab_number: string; label_en: string; label_sq: string | null; label_fa: string | null }>`
    with recursive up (vocab_number) as (
      select vocab_number from vocabulary_terms where vocab_number in (${sql.join([...new Set(vocabNumbers)])})
      union
      select t.parent_vocab_number from vocabulary_terms t join up on t.vocab_number = up.vocab_number
      where t.parent_vocab_number is not null
    )
    select v.vocab_number, v.label_en, v.label_sq, v.label_fa
    from vocabulary_terms v join up on v.vocab_number = up.vocab_number`.execute(db);
  return rows.rows;
}

/** The local terms of a list, to number the next one. */
export function localNumbersOf(db: Db, listCode: number) {
  return db
    .selectFrom('vocabulary_terms')
    .select('vocab_number')
    .where('list_code', '=', listCode)
    .where('origin', '=', 'local')
    .execute()
    .then((rows) => rows.map((r) => r.vocab_number));
}

/** The last position among a parent's children (or the list's top terms). */
export function lastOrderUnder(db: Db, listName: string, parent: string | null) {
  let q = db
    .selectFrom('vocabulary_terms')
    .select((eb) => eb.fn.max<number | null>('term_order').as('last'))
    .where('list_name', '=', listName);
  q = parent === null ? q.where('parent_vocab_number', 'is', null) : q.where('parent_vocab_number', '=', parent);
  return q.executeTakeFirst().then((r) => r?.last ?? 0);
}

export function insertTerm(db: Db, row: Insertable<VocabularyTermsTable>) {
  return db.insertInto('vocabulary_terms').values(row).returningAll().executeTakeFirstOrThrow();
}
