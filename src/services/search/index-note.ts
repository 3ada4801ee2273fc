import { indexDocuments, type IndexContext, type SearchDocument } from './index-documents.js';

export interface IndexedNote {
  id: string;
  caseId: string;
  /** The plain body: only the keyed hashes of its words are stored. */
  body: string;
  createdAt: string;
}

/** A case note as the search index sees it: its words, its case, the day it was written. */
export function noteDocument(note: IndexedNote): SearchDocument {
  const day = note.createdAt.slice(0, 10);
  return {
    kind: 'note',
    sourceId: note.id,
    text: note.body,
    facets: [],
    occurredFrom: day,
    occurredTo: day,
    caseIds: [note.caseId],
  };
}

/** Put a case note in the search index, in the transaction that writes it. */
export function indexNote(ctx: IndexContext, note: IndexedNote) {
  return indexDocuments(ctx, [noteDocument(note)]);
}
