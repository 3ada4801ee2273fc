import type { z } from 'zod';
import { topic, topicList, type claimBody, type createTopicBody } from '../../../src/api/routes/claims/schema';
import {
  engagement,
  engagementList,
  type createBody as engagementBody,
  type minutesBody,
  type outcomeBody,
} from '../../../src/api/routes/engagements/schema';
import {
  referral,
  referralList,
  type createBody as referralBody,
  type statusBody as referralStatusBody,
} from '../../../src/api/routes/referrals/schema';
import { api } from './client';
import { at } from './case-api';

/** The case page's calls for meetings and requests, claims and referrals, typed by their own schemas. */
export type Engagement = z.infer<typeof engagement>;

export const caseworkApi = {
  engagements: (caseId: string, signal?: AbortSignal) =>
    api(at('/api/cases/:id/engagements', caseId), { answer: engagementList, signal }),
  engagement: (id: string, signal?: AbortSignal) => api(at('/api/engagements/:id', id), { answer: engagement, signal }),
  requestEngagement: (body: z.infer<typeof engagementBody>) =>
    api('/api/engagements', { method: 'POST', body, answer: engagement }),
  recordOutcome: (id: string, body: z.infer<typeof outcomeBody>) =>
    api(at('/api/engagements/:id/outcome', id), { method: 'POST', body, answer: engagement }),
  addMinutes: (id: string, body: z.infer<typeof minutesBody>) =>
    api(at('/api/engagements/:id/minutes', id), { method: 'POST', body, answer: engagement }),
  claimTopics: (caseId: string, signal?: AbortSignal) =>
    api(at('/api/cases/:id/claim-topics', caseId), { answer: topicList, signal }),
  claimTopic: (id: string, signal?: AbortSignal) => api(at('/api/claim-topics/:id', id), { answer: topic, signal }),
  createTopic: (body: z.infer<typeof createTopicBody>) =>
    api('/api/claim-topics', { method: 'POST', body, answer: topic }),
  addClaim: (topicId: string, body: z.infer<typeof claimBody>) =>
    api(at('/api/claim-topics/:id/claims', topicId), { method: 'POST', body, answer: topic }),
  referrals: (caseId: string, signal?: AbortSignal) =>
    api(at('/api/cases/:id/referrals', caseId), { answer: referralList, signal }),
  refer: (caseId: string, body: z.infer<typeof referralBody>) =>
    api(at('/api/cases/:id/referrals', caseId), { method: 'POST', body, answer: referral }),
  referralStatus: (id: string, body: z.infer<typeof referralStatusBody>) =>
    api(at('/api/referrals/:id/status', id), { method: 'POST', body, answer: referral }),
};
