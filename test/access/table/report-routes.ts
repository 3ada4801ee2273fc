import { randomUUID } from 'node:crypto';
import { onCase, req, type CallContext, type RouteTable } from '../route-spec.js';
import { ok } from '../world.js';

/**
 * The report's body names a city the target's client lives in (the walk moves them from one to
 * the other): the check always finds at least one hit in it.
 */
const BODY = 'Met in Durrës, then in Tirana.';

interface Hit {
  field: string;
  start: number;
  end: number;
  resolution: object | null;
}

function ownerOf({ w, t }: CallContext) {
  return t.name === 'own' ? w.ownerA : w.ownerB;
}

function reportUrl(c: CallContext) {
  return `/api/engagements/${c.t.rec.engagementId}/report`;
}

/** The report of the target's engagement as its owner sees it, written by them the first time. */
async function ownersReport(c: CallContext): Promise<{ version: number; hits: Hit[] }> {
  const row = await c.w.h.store.db
    .selectFrom('reports')
    .select('id')
    .where('engagement_id', '=', c.t.rec.engagementId)
    .executeTakeFirst();
  if (!row) await ok(c.w.h, ownerOf(c), 'POST', reportUrl(c), { title: 'Meeting with the agency', body: BODY });
  return (await ok(c.w.h, ownerOf(c), 'GET', reportUrl(c))) as { version: number; hits: Hit[] };
}

/** The current version of the report (1 for the missing target). */
async function ensureReport(c: CallContext): Promise<number> {
  return c.t.name === 'missing' ? 1 : (await ownersReport(c)).version;
}

/** The first hit of the check, for a resolution to name. */
async function firstHit(c: CallContext): Promise<Pick<Hit, 'field' | 'start' | 'end'>> {
  if (c.t.name === 'missing') return { field: 'body', start: 7, end: 13 };
  const hit = (await ownersReport(c)).hits[0];
  if (!hit) throw new Error('the report of the walk should have a hit');
  return { field: hit.field, start: hit.start, end: hit.end };
}

/** The same report with every hit resolved by its owner and marked publishable. */
async function ensurePublishable(c: CallContext): Promise<void> {
  if (c.t.name === 'missing') return;
  let report = await ownersReport(c);
  for (const hit of report.hits.filter((h) => h.resolution === null)) {
    const { field, start, end } = hit;
    report = await ok(
      c.w.h,
      ownerOf(c),
      'POST',
      `${reportUrl(c)}/resolutions`,
      { field, start, end, action: 'replaced', replacement: 'a city' },
      200,
    );
  }
  await ok(
    c.w.h,
    ownerOf(c),
    'POST',
    `${reportUrl(c)}/status`,
    { version: report.version, status: 'publishable' },
    200,
  );
}

/** A consent in force on the target's report, recorded by its owner, for a withdrawal to name. */
async function consentInForce(c: CallContext): Promise<string> {
  if (c.t.name === 'missing') return randomUUID();
  await ensureReport(c);
  const report = (await ok(
    c.w.h,
    ownerOf(c),
    'POST',
    `${reportUrl(c)}/consents`,
    { purpose: 'public_with_name', givenBy: c.t.rec.clientId, givenOn: c.w.day(0), method: 'written' },
    200,
  )) as { consents: { id: string; withdrawnOn: string | null }[] };
  const open = report.consents.filter((k) => k.withdrawnOn === null).at(-1);
  if (!open) throw new Error('the consent just recorded should be in force');
  return open.id;
}

/** A meeting held that has no report yet. */
async function heldEngagement(c: CallContext): Promise<string> {
  const id = await c.t.fresh.engagement();
  if (c.t.name !== 'missing') {
    await ok(
      c.w.h,
      ownerOf(c),
      'POST',
      `/api/engagements/${id}/outcome`,
      {
        version: 1,
        status: 'held',
        on: c.w.day(0),
      },
      200,
    );
  }
  return id;
}

/**
 * Meeting reports: written, checked, previewed and marked publishable by a lawyer of every case
 * of the engagement; consents to be named taken by those who take consents; the publication
 * read by anyone who may read every one of those cases.
 */
export const reportRoutes: RouteTable = {
  'POST /api/engagements/:id/report': {
    rule: onCase('report:write'),
    request: async (c) =>
      req('POST', `/api/engagements/${await heldEngagement(c)}/report`, { title: 'Meeting with the agency' }),
  },
  'GET /api/engagements/:id/report': {
    rule: onCase('report:write'),
    request: async (c) => {
      await ensureReport(c);
      return req('GET', `/api/engagements/${c.t.rec.engagementId}/report`);
    },
  },
  'PATCH /api/engagements/:id/report': {
    rule: onCase('report:write'),
    request: async (c) =>
      req('PATCH', `/api/engagements/${c.t.rec.engagementId}/report`, {
        version: await ensureReport(c),
        title: 'Meeting with the agency (revised)',
      }),
  },
  'POST /api/engagements/:id/report/resolutions': {
    rule: onCase('report:write'),
    request: async (c) =>
      req('POST', `/api/engagements/${c.t.rec.engagementId}/report/resolutions`, {
        ...(await firstHit(c)),
        action: 'not_a_name',
        reason: 'The city is where the meeting was held.',
      }),
  },
  'POST /api/engagements/:id/report/consents': {
    rule: onCase('consent:record'),
    request: async (c) => {
      await ensureReport(c);
      return req('POST', `/api/engagements/${c.t.rec.engagementId}/report/consents`, {
        purpose: 'anonymous_advocacy',
        givenBy: c.t.rec.clientId,
        givenOn: c.w.day(0),
        method: 'oral',
      });
    },
  },
  'POST /api/engagements/:id/report/consents/:consentId/withdraw': {
    rule: onCase('consent:record'),
    request: async (c) =>
      req('POST', `${reportUrl(c)}/consents/${await consentInForce(c)}/withdraw`, { withdrawnOn: c.w.day(0) }),
  },
  'POST /api/engagements/:id/report/status': {
    rule: onCase('report:write'),
    request: async (c) =>
      req('POST', `/api/engagements/${c.t.rec.engagementId}/report/status`, {
        version: await ensureReport(c),
        status: 'publishable',
      }),
  },
  'GET /api/engagements/:id/report/preview': {
    rule: onCase('report:write'),
    request: async (c) => {
      await ensureReport(c);
      return req('GET', `/api/engagements/${c.t.rec.engagementId}/report/preview?format=html&lang=sq`);
    },
  },
  'GET /api/engagements/:id/report/publication': {
    rule: onCase('read'),
    request: async (c) => {
      await ensurePublishable(c);
      return req('GET', `/api/engagements/${c.t.rec.engagementId}/report/publication?format=html&lang=en`);
    },
  },
};
