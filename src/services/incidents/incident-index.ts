import { facet } from '../../domain/search-text.js';
import { actsOf, findIncident, incidentCaseIds, rightsOfActs, sourcesOf } from '../../store/incidents.js';
import { termsWithAncestors } from '../../store/vocabularies.js';
import { indexDocuments, type SearchDocument } from '../search/index-documents.js';
import type { UseCaseContext } from '../use-case.js';

/**
 * Index an incident and its testimonies again, from what is stored, in the transaction that
 * changed them. The words are the title, the description and the labels (English, Albanian,
 * Persian) of the acts, rights and perpetrator types it is classified with, so a search in any
 * of the three languages finds it; a testimony's words are its statement. Both carry the
 * incident's facets: each term and every term above it, and each named perpetrator.
 */
export async function reindexIncident(ctx: UseCaseContext, incidentId: string): Promise<void> {
  const incident = await findIncident(ctx.tx, incidentId);
  if (!incident) return;
  const caseIds = await incidentCaseIds(ctx.tx, incidentId);
  const acts = await actsOf(ctx.tx, incidentId);
  const rights = await rightsOfActs(
    ctx.tx,
    acts.map((a) => a.id),
  );
  const classified = [
    ...acts.map((a) => a.act_type),
    ...acts.flatMap((a) => (a.perpetrator_type ? [a.perpetrator_type] : [])),
    ...rights.map((r) => r.right_term),
  ];
  const terms = await termsWithAncestors(ctx.tx, classified);
  const labels = terms
    .filter((t) => classified.includes(t.vocab_number))
    .flatMap((t) => [t.label_en, t.label_sq ?? '', t.label_fa ?? '']);
  const facets = [
    ...terms.map((t) => facet.term(t.vocab_number)),
    ...acts
      .flatMap((a) => [a.perpetrator_person_id, a.perpetrator_organization_id])
      .flatMap((p) => (p ? [facet.perpetrator(p)] : [])),
  ];
  const { cipher } = ctx.deps;
  const common = { facets, occurredFrom: incident.occurred_from, occurredTo: incident.occurred_to, caseIds };
  const docs: SearchDocument[] = [
    {
      kind: 'incident',
      sourceId: incident.id,
      text: [
        cipher.decrypt('incidents', 'title', incident.id, incident.title),
        cipher.decrypt('incidents', 'description', incident.id, incident.description),
        ...labels,
      ].join('\n'),
      ...common,
    },
  ];
  for (const s of await sourcesOf(ctx.tx, incidentId)) {
    if (!s.statement) continue;
    docs.push({
      kind: 'testimony',
      sourceId: s.id,
      text: cipher.decrypt('incident_sources', 'statement', s.id, s.statement),
      ...common,
    });
  }
  await indexDocuments(ctx, docs);
}
