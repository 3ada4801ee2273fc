import { excerpt } from '../../domain/search-text.js';
import type { FieldCipher } from '../../security/field-cipher.js';
import type { documentsBySeq, pageTexts } from '../../store/search-index.js';

type IndexedDocument = Awaited<ReturnType<typeof documentsBySeq>>[number];
type PageTexts = Awaited<ReturnType<typeof pageTexts>>;

export interface SearchResult {
  kind: 'note' | 'incident' | 'testimony';
  id: string;
  /** The incident a testimony is part of (the incident itself for an incident). */
  incidentId: string | null;
  caseIds: string[];
  /** The incident's title, for incidents and testimonies. */
  title: string | null;
  excerpt: string;
  occurredFrom: string;
  occurredTo: string;
}

/** The ids whose texts a page of results needs. */
export function textIds(docs: readonly IndexedDocument[]) {
  const of = (kind: IndexedDocument['source_kind']) =>
    docs.filter((d) => d.source_kind === kind).map((d) => d.source_id);
  return { notes: of('note'), incidents: of('incident'), sources: of('testimony') };
}

/** One result, decrypted: the title and a short excerpt around the first word searched for. */
export function presentResult(
  cipher: FieldCipher,
  doc: IndexedDocument,
  texts: PageTexts,
  words: readonly string[],
): SearchResult | null {
  const base = {
    id: doc.source_id,
    caseIds: doc.caseIds,
    occurredFrom: doc.occurred_from,
    occurredTo: doc.occurred_to,
  };
  if (doc.source_kind === 'note') {
    const note = texts.notes.get(doc.source_id);
    if (!note) return null;
    const body = cipher.decrypt('case_notes', 'body', note.id, note.body);
    return { ...base, kind: 'note', incidentId: null, title: null, excerpt: excerpt(body, words) };
  }
  const source = doc.source_kind === 'testimony' ? texts.sources.get(doc.source_id) : undefined;
  const incident = texts.incidents.get(source?.incident_id ?? doc.source_id);
  if (!incident) return null;
  const title = cipher.decrypt('incidents', 'title', incident.id, incident.title);
  const text = source?.statement
    ? cipher.decrypt('incident_sources', 'statement', source.id, source.statement)
    : `${title}\n${cipher.decrypt('incidents', 'description', incident.id, incident.description)}`;
  return { ...base, kind: doc.source_kind, incidentId: incident.id, title, excerpt: excerpt(text, words) };
}
