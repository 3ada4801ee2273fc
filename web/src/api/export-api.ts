import type { z } from 'zod';
import { listResponse as caseList } from '../../../src/api/routes/cases/schema';
import {
  exportRequest,
  exportResult,
  listResponse,
  type approveBody,
  type createBody,
  type refuseBody,
} from '../../../src/api/routes/exports/schema';
import { api } from './client';
import { at } from './case-api';

/** Identity exports (src/api/routes/exports): asked for by one person, decided by another, run once. */
export type IdentityExport = z.infer<typeof exportRequest>;

export const exportApi = {
  list: (signal?: AbortSignal) => api('/api/exports', { answer: listResponse, signal }),
  /** The cases the user sees, to choose whose identities to ask for. */
  cases: (signal?: AbortSignal) => api('/api/cases', { query: { limit: 200 }, answer: caseList, signal }),
  request: (body: z.infer<typeof createBody>) => api('/api/exports', { method: 'POST', body, answer: exportRequest }),
  approve: (id: string, body: z.infer<typeof approveBody>) =>
    api(at('/api/exports/:id/approve', id), { method: 'POST', body, answer: exportRequest }),
  refuse: (id: string, body: z.infer<typeof refuseBody>) =>
    api(at('/api/exports/:id/refuse', id), { method: 'POST', body, answer: exportRequest }),
  execute: (id: string) => api(at('/api/exports/:id/execute', id), { method: 'POST', answer: exportResult }),
};
