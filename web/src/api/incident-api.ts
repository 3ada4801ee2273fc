import type { z } from 'zod';
import { evidence, evidenceDetail, evidenceList, verification } from '../../../src/api/routes/evidence/schema';
import {
  caseIncidentsResponse,
  type consentBody,
  consentsAwaited,
  incident,
  type incidentBody,
} from '../../../src/api/routes/incidents/schema';
import { vocabularyResponse } from '../../../src/api/routes/vocabularies/schema';
import type { Language } from '../i18n/languages';
import { at } from './case-api';
import { api } from './client';

/** The case page's calls for incidents, evidence, consents awaited and the HURIDOCS terms, typed by their own schemas. */
export const incidentApi = {
  incidents: (caseId: string, signal?: AbortSignal) =>
    api(at('/api/cases/:id/incidents', caseId), { answer: caseIncidentsResponse, signal }),
  record: (body: z.infer<typeof incidentBody>, locale: Language) =>
    api('/api/incidents', { method: 'POST', query: { locale }, body, answer: incident }),
  recordConsent: (incidentId: string, body: z.infer<typeof consentBody>, locale: Language) =>
    api(at('/api/incidents/:id/consents', incidentId), { method: 'POST', query: { locale }, body, answer: incident }),
  terms: (list: string, locale: Language, signal?: AbortSignal) =>
    api(at('/api/vocabularies/:list', list), { query: { locale }, answer: vocabularyResponse, signal }),
  evidence: (incidentId: string, signal?: AbortSignal) =>
    api(at('/api/incidents/:id/evidence', incidentId), { answer: evidenceList, signal }),
  evidenceDetail: (id: string, signal?: AbortSignal) =>
    api(at('/api/evidence/:id', id), { answer: evidenceDetail, signal }),
  /** The stored file re-read and compared with its SHA-256 taken at intake; the check joins its chain of custody. */
  verify: (id: string) => api(at('/api/evidence/:id/verify', id), { method: 'POST', answer: verification }),
  /** The file, hashed by the server at intake; the description goes before it, as the route wants. */
  upload: (incidentId: string, description: string, file: File) => {
    const body = new FormData();
    if (description) body.set('description', description);
    body.set('file', file);
    return api(at('/api/incidents/:id/evidence', incidentId), { method: 'POST', body, answer: evidence });
  },
  consentsAwaited: (signal?: AbortSignal) => api('/api/reports/consents-awaited', { answer: consentsAwaited, signal }),
};
