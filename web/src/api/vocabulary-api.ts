import type { z } from 'zod';
import { term, vocabulariesResponse, type termNode } from '../../../src/api/routes/vocabularies/schema';
import { api } from './client';

/** The vocabulary routes (src/api/routes/vocabularies): the lists and the local terms; one list's tree is incidentApi.terms. */
export type TermNode = z.infer<typeof termNode>;

export const vocabularyApi = {
  lists: (signal?: AbortSignal) => api('/api/vocabularies', { answer: vocabulariesResponse, signal }),
  addTerm: (
    list: string,
    body: { parent: string | null; labels: { en: string; sq: string | null; fa: string | null } },
  ) => api(`/api/vocabularies/${encodeURIComponent(list)}/terms`, { method: 'POST', body, answer: term }),
};
