import type { z } from 'zod';
import {
  caseCreated,
  caseDetail,
  caseResponse,
  type createBody,
  note,
  notesResponse,
  type noteBody,
  type patchBody as casePatchBody,
} from '../../../src/api/routes/cases/schema';
import {
  duplicateCheckResponse,
  type duplicateCheckBody,
  type duplicateWarning,
} from '../../../src/api/routes/contact-requests/duplicate-schema';
import {
  document,
  documentsResponse,
  type documentBody,
  type documentPatchBody,
} from '../../../src/api/routes/documents/schema';
import { casePeopleResponse, identityRevealed } from '../../../src/api/routes/people/schema';
import { legalStatus, statusHistoryResponse, type statusBody } from '../../../src/api/routes/status/schema';
import {
  entitlement,
  payment,
  personSupportResponse,
  type entitlementBody,
  type paymentBody,
} from '../../../src/api/routes/support/schema';
import { listResponse as organizationList } from '../../../src/api/routes/organizations/schema';
import {
  task,
  taskList,
  type createBody as taskBody,
  type patchBody as taskPatchBody,
} from '../../../src/api/routes/tasks/schema';
import { api } from './client';

/** The case page's calls (src/api/routes/cases, people, documents, status, support, tasks), typed by their own schemas. */
export type CaseDetail = z.infer<typeof caseDetail>;
export type CaseAbilities = CaseDetail['abilities'];

/** A path with its `:params` filled in order, each encoded. */
export const at = (path: string, ...ids: string[]) =>
  ids.reduce((p, id) => p.replace(/:[a-zA-Z]+/, encodeURIComponent(id)), path);

export const caseApi = {
  get: (id: string, signal?: AbortSignal) => api(at('/api/cases/:id', id), { answer: caseDetail, signal }),
  update: (id: string, body: z.infer<typeof casePatchBody>) =>
    api(at('/api/cases/:id', id), { method: 'PATCH', body, answer: caseResponse }),
  notes: (id: string, signal?: AbortSignal) => api(at('/api/cases/:id/notes', id), { answer: notesResponse, signal }),
  addNote: (id: string, body: z.infer<typeof noteBody>) =>
    api(at('/api/cases/:id/notes', id), { method: 'POST', body, answer: note }),
  people: (id: string, signal?: AbortSignal) =>
    api(at('/api/cases/:id/people', id), { answer: casePeopleResponse, signal }),
  revealIdentity: (personId: string, reason: string) =>
    api(at('/api/people/:id/identity/reveal', personId), {
      method: 'POST',
      body: { reason },
      answer: identityRevealed,
    }),
  documents: (personId: string, signal?: AbortSignal) =>
    api(at('/api/people/:id/documents', personId), { answer: documentsResponse, signal }),
  addDocument: (personId: string, body: z.infer<typeof documentBody>) =>
    api(at('/api/people/:id/documents', personId), { method: 'POST', body, answer: document }),
  updateDocument: (personId: string, documentId: string, body: z.infer<typeof documentPatchBody>) =>
    api(at('/api/people/:id/documents/:documentId', personId, documentId), { method: 'PATCH', body, answer: document }),
  legalStatus: (personId: string, signal?: AbortSignal) =>
    api(at('/api/people/:id/legal-status', personId), { answer: statusHistoryResponse, signal }),
  addLegalStatus: (personId: string, body: z.infer<typeof statusBody>) =>
    api(at('/api/people/:id/legal-status', personId), { method: 'POST', body, answer: legalStatus }),
  support: (personId: string, signal?: AbortSignal) =>
    api(at('/api/people/:id/support', personId), { answer: personSupportResponse, signal }),
  organizations: (signal?: AbortSignal) =>
    api('/api/organizations', { query: { limit: 200 }, answer: organizationList, signal }),
  addEntitlement: (personId: string, body: z.infer<typeof entitlementBody>) =>
    api(at('/api/people/:id/support/entitlements', personId), { method: 'POST', body, answer: entitlement }),
  addPayment: (personId: string, entitlementId: string, body: z.infer<typeof paymentBody>) =>
    api(at('/api/people/:id/support/entitlements/:entitlementId/payments', personId, entitlementId), {
      method: 'POST',
      body,
      answer: payment,
    }),
  tasks: (id: string, signal?: AbortSignal) => api(at('/api/cases/:id/tasks', id), { answer: taskList, signal }),
  addTask: (id: string, body: z.infer<typeof taskBody>) =>
    api(at('/api/cases/:id/tasks', id), { method: 'POST', body, answer: task }),
  updateTask: (taskId: string, body: z.infer<typeof taskPatchBody>) =>
    api(at('/api/tasks/:id', taskId), { method: 'PATCH', body, answer: task }),
};

export type DuplicateWarning = z.infer<typeof duplicateWarning>;

/** Registering a client: is the person likely recorded already, then the new case. */
export const registerApi = {
  duplicateCheck: (body: z.infer<typeof duplicateCheckBody>) =>
    api('/api/people/duplicate-check', { method: 'POST', body, answer: duplicateCheckResponse }),
  create: (body: z.infer<typeof createBody>) => api('/api/cases', { method: 'POST', body, answer: caseCreated }),
};
