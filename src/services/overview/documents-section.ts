import { TRAVEL_DOCUMENT_KINDS } from '../../domain/document.js';
import { listDocuments } from '../../store/documents.js';
import { documentView } from '../documents/document-view.js';
import type { UseCaseContext } from '../use-case.js';

/** The client's documents (numbers hidden) and what they lack on `on`. */
export async function documentsSection(ctx: UseCaseContext, personId: string, on: string) {
  const items = (await listDocuments(ctx.tx, personId)).map((r) => documentView(ctx.deps.cipher, r, on));
  return {
    items,
    hasValidWorkPermit: items.some((d) => d.kind === 'work_permit' && d.validOn),
    hasValidTravelDocument: items.some((d) => TRAVEL_DOCUMENT_KINDS.includes(d.kind) && d.validOn),
  };
}
