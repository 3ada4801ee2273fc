import type { z } from 'zod';
import { evidence, evidenceList } from '../../../src/api/routes/evidence/schema';
import { caseIncidentsResponse, incident, type incidentBody } from '../../../src/api/routes/incidents/schema';
import { legalActionList } from '../../../src/api/routes/legal-actions/schema';
import { vocabularyResponse } from '../../../src/api/routes/vocabularies/schema';
import type { Language } from '../i18n/languages';
import { at } from './case-api';
import { api } from './client';

/** The case page's calls for incidents, evidence, legal actions and the HURIDOCS terms, typed by their own schemas. */
export const incidentApi = {
  incidents: (caseId: string, signal?: AbortSignal) =>
    api(at('/api/cases/:id/incidents', caseId), { answer: caseIncidentsResponse, signal }),
  record: (body: z.infer<typeof incidentBody>, locale: Language) =>
    api('/api/incidents', { method: 'POST', query: { locale }, body, answer: incident }),
  terms: (list: string, locale: Language, signal?: AbortSignal) =>
    api(at('/api/vocabularies/:list', list), { query: { locale }, answer: vocabularyResponse, signal }),
  evidence: (incidentId: string, signal?: AbortSignal) =>
    api(at('/api/incidents/:id/evidence', incidentId), { answer: evidenceList, signal }),
  /** The file, hashed by the server at intake; the description goes before it, as the route wants. */
  upload: (incidentId: string, description: string, file: File) => {
    const body = new FormData();
    if (description) body.set('description', description);
    body.set('file', file);
    return api(at('/api/incidents/:id/evidence', incidentId), { method: 'POST', body, answer: evidence });
  },
  legalActions: (caseId: string, signal?: AbortSignal) =>
    api(at('/api/cases/:id/legal-actions', caseId), { answer: legalActionList, signal }),
};
