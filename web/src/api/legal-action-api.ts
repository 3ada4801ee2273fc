import type { z } from 'zod';
import {
  filing,
  hearing,
  legalAction,
  legalActionList,
  type createBody,
  type filingBody,
  type filingPatchBody,
  type hearingBody,
  type hearingPatchBody,
  type patchBody,
} from '../../../src/api/routes/legal-actions/schema';
import { at } from './case-api';
import { api } from './client';

/** The case page's calls for court and authority proceedings (src/api/routes/legal-actions), typed by their own schemas. */
export type LegalAction = z.infer<typeof legalAction>;

export const legalActionApi = {
  list: (caseId: string, signal?: AbortSignal) =>
    api(at('/api/cases/:id/legal-actions', caseId), { answer: legalActionList, signal }),
  get: (id: string, signal?: AbortSignal) => api(at('/api/legal-actions/:id', id), { answer: legalAction, signal }),
  create: (caseId: string, body: z.infer<typeof createBody>) =>
    api(at('/api/cases/:id/legal-actions', caseId), { method: 'POST', body, answer: legalAction }),
  update: (id: string, body: z.infer<typeof patchBody>) =>
    api(at('/api/legal-actions/:id', id), { method: 'PATCH', body, answer: legalAction }),
  addHearing: (id: string, body: z.infer<typeof hearingBody>) =>
    api(at('/api/legal-actions/:id/hearings', id), { method: 'POST', body, answer: hearing }),
  updateHearing: (id: string, hearingId: string, body: z.infer<typeof hearingPatchBody>) =>
    api(at('/api/legal-actions/:id/hearings/:hearingId', id, hearingId), { method: 'PATCH', body, answer: hearing }),
  addFiling: (id: string, body: z.infer<typeof filingBody>) =>
    api(at('/api/legal-actions/:id/filings', id), { method: 'POST', body, answer: filing }),
  recordFiling: (id: string, filingId: string, body: z.infer<typeof filingPatchBody>) =>
    api(at('/api/legal-actions/:id/filings/:filingId', id, filingId), { method: 'PATCH', body, answer: filing }),
};
