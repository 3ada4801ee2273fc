import { incidentBody } from '../case-fixture.js';
import { uploadForm } from '../evidence-upload.js';
import { onCase, req, type RouteTable } from '../route-spec.js';
import type { WalkRequest } from '../walk-request.js';

const custody = { reason: 'Copy for the court file' };

function upload(url: string, file: Buffer): WalkRequest {
  const form = uploadForm(file, { description: 'Second photo of the letter' });
  return { method: 'POST', url, payload: form.payload, headers: form.headers };
}

/** Abuses in the who-did-what-to-whom model, the consent to their use, and the evidence vault. */
export const incidentRoutes: RouteTable = {
  'POST /api/incidents': {
    rule: onCase('incident:record'),
    request: ({ w, t }) => req('POST', '/api/incidents', incidentBody(w, t.rec.caseId, t.rec.clientId)),
  },
  'GET /api/cases/:id/incidents': {
    rule: onCase('read'),
    request: ({ t }) => req('GET', `/api/cases/${t.rec.caseId}/incidents`),
  },
  'GET /api/incidents/:id': {
    rule: onCase('read'),
    request: ({ t }) => req('GET', `/api/incidents/${t.rec.incidentId}`),
  },
  'PATCH /api/incidents/:id': {
    rule: onCase('incident:record'),
    request: async ({ w, t }) =>
      req('PATCH', `/api/incidents/${t.rec.incidentId}`, {
        version: await w.version('incidents', t.rec.incidentId),
        title: 'Threats after leaving the camp',
      }),
  },
  'POST /api/incidents/:id/place/reveal': {
    rule: onCase('location:reveal'),
    request: ({ t }) => req('POST', `/api/incidents/${t.rec.incidentId}/place/reveal`, { reason: 'Court filing' }),
  },
  // The second case is of the same team, and reached exactly as the first.
  'POST /api/incidents/:id/cases': {
    rule: onCase('incident:record'),
    request: async ({ t }) =>
      req('POST', `/api/incidents/${await t.fresh.incident()}/cases`, { caseId: t.rec.linkCaseId }),
  },
  'POST /api/incidents/:id/acts': {
    rule: onCase('incident:record'),
    request: ({ w, t }) =>
      req('POST', `/api/incidents/${t.rec.incidentId}/acts`, {
        type: w.terms.act,
        victim: { personId: t.rec.clientId },
        perpetrator: { organizationId: w.agency },
      }),
  },
  'POST /api/incidents/:id/involvements': {
    rule: onCase('incident:record'),
    request: ({ w, t }) =>
      req('POST', `/api/incidents/${t.rec.incidentId}/involvements`, {
        party: { organizationId: w.agency },
        degree: w.terms.involvement,
      }),
  },
  'POST /api/incidents/:id/sources': {
    rule: onCase('incident:record'),
    request: ({ w, t }) =>
      req('POST', `/api/incidents/${t.rec.incidentId}/sources`, {
        source: { personId: w.officialId },
        connection: w.terms.connection,
        receivedOn: w.day(-3),
      }),
  },
  'POST /api/incidents/:id/interventions': {
    rule: onCase('incident:record'),
    request: ({ w, t }) =>
      req('POST', `/api/incidents/${t.rec.incidentId}/interventions`, {
        type: w.terms.intervention,
        by: { organizationId: w.court },
        madeOn: w.day(-1),
        status: w.terms.interventionStatus,
      }),
  },
  'PATCH /api/incidents/:id/interventions/:interventionId': {
    rule: onCase('incident:record'),
    request: async ({ w, t }) =>
      req('PATCH', `/api/incidents/${t.rec.incidentId}/interventions/${t.rec.interventionId}`, {
        version: await w.version('incident_interventions', t.rec.interventionId),
        status: w.terms.interventionStatus,
      }),
  },
  'POST /api/incidents/:id/consents': {
    rule: onCase('consent:record'),
    request: ({ w, t }) =>
      req('POST', `/api/incidents/${t.rec.incidentId}/consents`, {
        purpose: 'litigation',
        givenBy: t.rec.clientId,
        givenOn: w.day(-4),
        method: 'oral',
      }),
  },
  'POST /api/incidents/:id/consents/:consentId/withdraw': {
    rule: onCase('consent:record'),
    request: async ({ w, t }) =>
      req('POST', `/api/incidents/${t.rec.incidentId}/consents/${await t.fresh.consent()}/withdraw`, {
        withdrawnOn: w.day(0),
      }),
  },
  'GET /api/incidents/:id/uses/:purpose': {
    rule: onCase('read'),
    request: ({ t }) => req('GET', `/api/incidents/${t.rec.incidentId}/uses/anonymous_advocacy`),
  },

  'GET /api/incidents/:id/evidence': {
    rule: onCase('read'),
    request: ({ t }) => req('GET', `/api/incidents/${t.rec.incidentId}/evidence`),
  },
  'POST /api/incidents/:id/evidence': {
    rule: onCase('incident:record'),
    request: ({ w, t }) => upload(`/api/incidents/${t.rec.incidentId}/evidence`, w.png),
  },
  'GET /api/cases/:id/evidence': {
    rule: onCase('read'),
    request: ({ t }) => req('GET', `/api/cases/${t.rec.caseId}/evidence`),
  },
  'POST /api/cases/:id/evidence': {
    rule: onCase('incident:record'),
    request: ({ w, t }) => upload(`/api/cases/${t.rec.caseId}/evidence`, w.png),
  },
  'GET /api/evidence/:id': {
    rule: onCase('read'),
    request: ({ t }) => req('GET', `/api/evidence/${t.rec.incidentEvidenceId}`),
  },
  'POST /api/evidence/:id/download': {
    rule: onCase('evidence:original'),
    request: ({ t }) => req('POST', `/api/evidence/${t.rec.caseEvidenceId}/download`, custody),
  },
  'POST /api/evidence/:id/shareable-copy': {
    rule: onCase('incident:record'),
    request: ({ t }) => req('POST', `/api/evidence/${t.rec.incidentEvidenceId}/shareable-copy`, custody),
  },
  'POST /api/evidence/:id/verify': {
    rule: onCase('read'),
    request: ({ t }) => req('POST', `/api/evidence/${t.rec.caseEvidenceId}/verify`),
  },
};
