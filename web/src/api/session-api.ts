import { z } from 'zod';
import {
  enrolledResponse,
  loginResponse,
  me,
  secondFactorResponse,
  sessionList,
  stepUpResponse,
  totpEnrolment,
} from '../../../src/api/routes/auth/schema';
import { api } from './client';

/** The session routes (src/api/routes/auth), typed by their own schemas. */
export type Me = z.infer<typeof me>;
export type LoginAnswer = z.infer<typeof loginResponse>;
export type SessionItem = z.infer<typeof sessionList>['items'][number];

export const sessionApi = {
  me: () => api('/api/session', { answer: me }),
  login: (body: { username: string; password: string }) =>
    api('/api/session', { method: 'POST', body, answer: loginResponse }),
  secondFactor: (body: { code: string } | { recoveryCode: string }) =>
    api('/api/session/second-factor', { method: 'POST', body, answer: secondFactorResponse }),
  startTotp: () => api('/api/session/totp', { method: 'POST', answer: totpEnrolment }),
  confirmTotp: (code: string) =>
    api('/api/session/totp/confirm', { method: 'POST', body: { code }, answer: enrolledResponse }),
  stepUp: (body: { password: string } | { code: string }) =>
    api('/api/session/step-up', { method: 'POST', body, answer: stepUpResponse }),
  list: () => api('/api/session/list', { answer: sessionList }),
  end: (id: string) => api(`/api/sessions/${encodeURIComponent(id)}`, { method: 'DELETE' }),
  logout: () => api('/api/session', { method: 'DELETE' }),
};
