import type { z } from 'zod';
import {
  report,
  type consentBody,
  type createBody,
  type patchBody,
  type resolutionBody,
  type statusBody,
} from '../../../src/api/routes/reports/schema';
import type { RenderOptions } from '../../../src/domain/report';
import { api } from './client';
import { at } from './case-api';

/** The meeting report of an engagement (src/api/routes/reports), typed by its own schemas. */
export type Report = z.infer<typeof report>;
export type ReportHit = Report['hits'][number];

export const reportApi = {
  get: (engagementId: string, signal?: AbortSignal) =>
    api(at('/api/engagements/:id/report', engagementId), { answer: report, signal }),
  create: (engagementId: string, body: z.infer<typeof createBody>) =>
    api(at('/api/engagements/:id/report', engagementId), { method: 'POST', body, answer: report }),
  update: (engagementId: string, body: z.infer<typeof patchBody>) =>
    api(at('/api/engagements/:id/report', engagementId), { method: 'PATCH', body, answer: report }),
  resolve: (engagementId: string, body: z.infer<typeof resolutionBody>) =>
    api(at('/api/engagements/:id/report/resolutions', engagementId), { method: 'POST', body, answer: report }),
  recordConsent: (engagementId: string, body: z.infer<typeof consentBody>) =>
    api(at('/api/engagements/:id/report/consents', engagementId), { method: 'POST', body, answer: report }),
  withdrawConsent: (engagementId: string, consentId: string, withdrawnOn: string) =>
    api(at('/api/engagements/:id/report/consents/:consentId/withdraw', engagementId, consentId), {
      method: 'POST',
      body: { withdrawnOn },
      answer: report,
    }),
  setStatus: (engagementId: string, body: z.infer<typeof statusBody>) =>
    api(at('/api/engagements/:id/report/status', engagementId), { method: 'POST', body, answer: report }),
};

/** Where the browser downloads the report as a file (the server sends it as an attachment). */
export function reportDocumentUrl(
  engagementId: string,
  output: 'preview' | 'publication',
  { format, lang }: RenderOptions,
): string {
  const query = new URLSearchParams({ format, lang });
  return `${at('/api/engagements/:id/report/:output', engagementId, output)}?${query.toString()}`;
}
