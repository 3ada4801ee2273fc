import { facet, monthsBetween, searchWords } from '../../domain/search-text.js';
import type { Db } from '../../store/engine.js';
import { putDocuments, type DocumentKind } from '../../store/search-index.js';
import type { Deps } from '../deps.js';

/** Documents spanning more months than this get one "long span" facet instead of their months. */
export const MAX_INDEXED_MONTHS = 36;
export const LONG_SPAN = facet.month('*');

/** Where indexing writes: the transaction of the change it indexes. */
export interface IndexContext {
  tx: Db;
  deps: Pick<Deps, 'searchKey'>;
  now: Date;
}

export interface SearchDocument {
  kind: DocumentKind;
  sourceId: string;
  /** The text whose words are searchable: never stored, only the keyed hashes of its words. */
  text: string;
  /** Further facets to filter on (terms, perpetrators). */
  facets: readonly string[];
  occurredFrom: string;
  occurredTo: string;
  caseIds: readonly string[];
}

/** The tokens of a document: its words, its kind, cases and months, and its other facets. */
export function documentTokens(doc: SearchDocument): string[] {
  const months = monthsBetween(doc.occurredFrom, doc.occurredTo, MAX_INDEXED_MONTHS);
  return [
    ...searchWords(doc.text),
    facet.kind(doc.kind),
    ...doc.caseIds.map(facet.case),
    ...(months ? months.map(facet.month) : [LONG_SPAN]),
    ...doc.facets,
  ];
}

/** Index documents (again) in the caller's transaction: the index commits with the change or not at all. */
export async function indexDocuments(ctx: IndexContext, docs: readonly SearchDocument[]): Promise<void> {
  await putDocuments(
    ctx.tx,
    docs.map((d) => ({
      kind: d.kind,
      sourceId: d.sourceId,
      tokens: ctx.deps.searchKey.hashAll(documentTokens(d)),
      occurredFrom: d.occurredFrom,
      occurredTo: d.occurredTo,
      caseIds: d.caseIds,
    })),
    ctx.now.toISOString(),
  );
}
