import type { z } from 'zod';
import {
  candidatesResponse,
  contactRequest,
  contactRequestList,
  type answerBody,
  type createBody,
  type matchBody,
  type searchBody,
  type stepBody,
} from '../../../src/api/routes/contact-requests/schema';
import { at } from './case-api';
import { api } from './client';

/** Family contact requests (src/api/routes/contact-requests), typed by their own schemas. */
export type ContactRequest = z.infer<typeof contactRequest>;
export type ContactRequestList = z.infer<typeof contactRequestList>;
export type Candidates = z.infer<typeof candidatesResponse>;

/** The steps that need only their date. */
export type DatedStep = 'consultation' | 'contact-made' | 'close';

export const contactApi = {
  waiting: (signal?: AbortSignal) => api('/api/contact-requests', { answer: contactRequestList, signal }),
  ofCase: (caseId: string, signal?: AbortSignal) =>
    api(at('/api/cases/:id/contact-requests', caseId), { answer: contactRequestList, signal }),
  get: (id: string, signal?: AbortSignal) =>
    api(at('/api/contact-requests/:id', id), { answer: contactRequest, signal }),
  create: (body: z.infer<typeof createBody>) =>
    api('/api/contact-requests', { method: 'POST', body, answer: contactRequest }),
  search: (id: string, body: z.infer<typeof searchBody>) =>
    api(at('/api/contact-requests/:id/search', id), { method: 'POST', body, answer: candidatesResponse }),
  match: (id: string, body: z.infer<typeof matchBody>) =>
    api(at('/api/contact-requests/:id/match', id), { method: 'POST', body, answer: contactRequest }),
  answer: (id: string, body: z.infer<typeof answerBody>) =>
    api(at('/api/contact-requests/:id/answer', id), { method: 'POST', body, answer: contactRequest }),
  step: (id: string, step: DatedStep, body: z.infer<typeof stepBody>) =>
    api(`${at('/api/contact-requests/:id', id)}/${step}`, { method: 'POST', body, answer: contactRequest }),
};
