import { mkdtemp, readdir, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeMeetingReport } from '../../src/cli/commands/report.js';
import { startHarness, type Harness, type TestUser } from '../support/harness.js';
import { auditRows, badFields, call, expectStatus, rowCounts } from '../casework/support.js';
import { drawnText, lineAt, reversed } from './meeting-report-pdf-text.js';
import { FULL_NAME_PARTS, LEAVER, storyMeeting, type StoryMeeting } from './meeting-report-story.js';

interface Hit {
  field: string;
  start: number;
  end: number;
  kind: string;
  personLabel: string;
  resolution: { action: string } | null;
}
interface Report {
  status: string;
  version: number;
  body: string;
  conclusions: string;
  hits: Hit[];
  unresolved: number;
}

const TABLES = ['reports', 'report_resolutions', 'report_consents'];
/** The text of an HTML page, without its tags. */
function textOf(html: string): string {
  return html.replace(/<[^>]*>/gu, '');
}

/** The right edge of the text on an A4 page with the report's margins. */
const RIGHT_EDGE = 595.28 - 56;

describe('the meeting report of the story', () => {
  let h: Harness;
  let story: StoryMeeting;
  let lawyer: TestUser;
  let url: string;

  const get = async () => expectStatus<Report>(await call(h, lawyer, 'GET', url), 200);
  const document = async (as: TestUser, output: 'preview' | 'publication', query: string) => {
    const r = await h.app.inject({ method: 'GET', url: `${url}/${output}?${query}`, headers: as.headers });
    return r;
  };
  const pdfText = async (query: string) => {
    const r = await document(lawyer, 'preview', query);
    expect(r.statusCode, r.body).toBe(200);
    expect(r.headers['content-type']).toBe('application/pdf');
    return drawnText(r.rawPayload);
  };

  beforeAll(async () => {
    h = await startHarness();
    story = await storyMeeting(h);
    lawyer = story.lawyer;
    url = `/api/engagements/${story.engagementId}/report`;
  });
  afterAll(() => h.close());

  it('comes out with initials only, in HTML and in the PDF', async () => {
    const created = expectStatus<Report>(
      await call(h, lawyer, 'POST', url, {
        title: 'Meeting with the UN refugee agency, 9 October 2026',
        body: 'The lawyer asked the agency for a meeting on the support and legal status of K. Z. and P. M.',
        conclusions: 'The leavers are left without support; the organization must be made to pay.',
      }),
      201,
    );
    expect(created).toMatchObject({ status: 'draft', unresolved: 0, hits: [] });

    const html = await document(lawyer, 'preview', 'format=html&lang=en');
    expect(html.statusCode, html.body).toBe(200);
    for (const shown of [
      'M. V. (legal protection officer)',
      'L. B.',
      'K. Z. (leaver)',
      '2026-10-09',
      'Agency office, Tirana',
    ]) {
      expect(textOf(html.body)).toContain(shown);
    }
    expect(html.body).toContain('Ministry of the Interior');
    expect(html.body).toContain('Draft: not for publication');
    for (const part of FULL_NAME_PARTS) expect(html.body).not.toContain(part);

    for (const lang of ['en', 'sq', 'fa']) {
      const drawn = await pdfText(`format=pdf&lang=${lang}`);
      const all = drawn.map((d) => `${d.glyphs} ${reversed(d.glyphs)}`).join('\n');
      expect(all).toContain('K. Z.');
      expect(all).toContain('M. V.');
      for (const part of FULL_NAME_PARTS) expect(all).not.toContain(part);
    }

    const published = expectStatus<Report>(
      await call(h, lawyer, 'POST', `${url}/status`, { version: created.version, status: 'publishable' }),
      200,
    );
    expect(published.status).toBe('publishable');
    const publication = await document(story.supervisor, 'publication', 'format=html&lang=sq');
    expect(publication.statusCode, publication.body).toBe(200);
    expect(publication.body).toContain('Pjesëmarrësit');
    expect(publication.body).not.toContain('Draft');
    expect((await auditRows(h)).filter((a) => a.action === 'report.render')).toHaveLength(5);
  });

  it('blocks publication while a free-text mention of a client is unresolved, in any script or spelling', async () => {
    const before = await get();
    const body = `We met ${LEAVER.latin} at the office; Kaveh Zarandy lives at ${LEAVER.address} and answers on 069 000 4471.`;
    const conclusions = 'به گفته كاوه زرندي آژانس ماهانه ۵۰۰ یورو می‌پردازد.';
    const edited = expectStatus<Report>(
      await call(h, lawyer, 'PATCH', url, { version: before.version, body, conclusions }),
      200,
    );
    expect(edited.status).toBe('draft');
    const found = edited.hits.map((hit) => {
      const text = hit.field === 'body' ? body : conclusions;
      return [hit.field, hit.kind, text.slice(hit.start, hit.end), hit.personLabel];
    });
    expect(found).toEqual([
      ['body', 'name', LEAVER.latin, 'K. Z.'],
      ['body', 'name', 'Kaveh Zarandy', 'K. Z.'],
      ['body', 'place', 'Rruga e Ullinjve 14', 'K. Z.'],
      ['body', 'phone', '069 000 4471', 'K. Z.'],
      ['conclusions', 'name', 'كاوه زرندي', 'K. Z.'],
    ]);

    const refused = await call(h, lawyer, 'POST', `${url}/status`, { version: edited.version, status: 'publishable' });
    expect(badFields(refused)).toEqual(['status']);
    expect((await get()).status).toBe('draft');

    let current = edited;
    for (const hit of edited.hits) {
      const resolution =
        hit.kind === 'phone'
          ? { action: 'not_a_name', reason: 'The office number, which is public.' }
          : { action: 'replaced', replacement: hit.kind === 'place' ? 'a rented room' : 'K. Z.' };
      current = expectStatus<Report>(
        await call(h, lawyer, 'POST', `${url}/resolutions`, {
          field: hit.field,
          start: hit.start,
          end: hit.end,
          ...resolution,
        }),
        200,
      );
    }
    expect(current.unresolved).toBe(0);
    const audit = (await auditRows(h)).filter((a) => a.action === 'report.resolve');
    expect(audit).toHaveLength(5);
    expect(audit.map((a) => a.reason)).toContain('The office number, which is public.');

    const html = await document(lawyer, 'preview', 'format=html&lang=en');
    expect(textOf(html.body)).toContain('We met K. Z. at the office; K. Z. lives at a rented room');
    for (const part of FULL_NAME_PARTS) expect(html.body).not.toContain(part);

    // A change before a resolved hit moves it: it must be resolved again.
    const shifted = expectStatus<Report>(
      await call(h, lawyer, 'PATCH', url, { version: current.version, body: `Note. ${body}` }),
      200,
    );
    expect(shifted.unresolved).toBe(4);
    const stillDraft = await document(story.supervisor, 'publication', 'format=html&lang=en');
    expect(badFields(stillDraft)).toEqual(['status']);
    expectStatus(await call(h, lawyer, 'PATCH', url, { version: shifted.version, body: 'Background.' }), 200);
    const clean = await get();
    expect(clean.unresolved).toBe(0);
    expectStatus(
      await call(h, lawyer, 'POST', `${url}/status`, { version: clean.version, status: 'publishable' }),
      200,
    );
  });

  it('names a person who consented to be named publicly, in the script of the report', async () => {
    const r = await call(h, lawyer, 'POST', `${url}/consents`, {
      purpose: 'public_with_name',
      givenBy: story.leaver.clientId,
      givenOn: '2026-10-09',
      method: 'written',
    });
    expect(expectStatus<{ namedPersonIds: string[] }>(r, 200).namedPersonIds).toEqual([story.leaver.clientId]);
    expect(textOf((await document(lawyer, 'preview', 'format=html&lang=en')).body)).toContain(
      `${LEAVER.latin} (leaver)`,
    );
    expect((await document(lawyer, 'preview', 'format=html&lang=fa')).body).toContain(LEAVER.persian);
    // The officials are still shown by initials.
    expect((await document(lawyer, 'preview', 'format=html&lang=en')).body).not.toContain('Vendali');
  });

  it('lays a Persian PDF out right to left: right-aligned lines, labels before values in reading order', async () => {
    const report = await get();
    const persian = 'سازمان باید هزینه زندگی جداشدگان را بپردازد';
    expectStatus(await call(h, lawyer, 'PATCH', url, { version: report.version, conclusions: persian }), 200);
    const drawn = await pdfText('format=pdf&lang=fa');

    // Every line ends at the right margin.
    const lines = [...new Set(drawn.map((d) => Math.round(d.y)))];
    for (const y of lines) {
      const line = lineAt(drawn, drawn.find((d) => Math.round(d.y) === y)?.y ?? 0);
      const last = line[line.length - 1];
      expect(last ? last.x + last.width : 0).toBeCloseTo(RIGHT_EDGE, 0);
    }

    // The Persian text is drawn in visual order: read from right to left it is the sentence written.
    const conclusion = drawn.find((d) => reversed(d.glyphs).replace(/\s+/gu, ' ').trim() === persian);
    expect(conclusion).toBeDefined();

    // "تاریخ برگزاری: 2026-10-09": the label stands at the right, read first; the date, left to right, after it.
    const label = drawn.find((d) => reversed(d.glyphs).trim() === 'تاریخ برگزاری:');
    expect(label).toBeDefined();
    const line = lineAt(drawn, label?.y ?? 0);
    expect(line.map((d) => d.glyphs.trim())).toEqual(['2026-10-09', ':یرازگرب خیرات']);
    expect(line[0]!.x + line[0]!.width).toBeLessThanOrEqual(label!.x + 0.01);
  });

  it('refuses bad input, stale versions and a second report, changing nothing', async () => {
    const report = await get();
    const counts = await rowCounts(h, TABLES);
    expect(badFields(await call(h, lawyer, 'PATCH', url, { version: report.version, title: '' }))).toEqual([
      'body.title',
    ]);
    expect(badFields(await call(h, lawyer, 'PATCH', url, { version: report.version, body: 7 }))).toEqual(['body.body']);
    expect(
      badFields(
        await call(h, lawyer, 'POST', `${url}/resolutions`, { field: 'body', start: 0, end: 4, action: 'not_a_name' }),
      ),
    ).toEqual(['body.reason']);
    expect(
      badFields(
        await call(h, lawyer, 'POST', `${url}/resolutions`, {
          field: 'body',
          start: 0,
          end: 4,
          action: 'not_a_name',
          reason: 'x',
        }),
      ),
    ).toEqual(['start']);
    expect(
      badFields(
        await call(h, lawyer, 'POST', `${url}/resolutions`, {
          field: 'x; drop',
          start: 0,
          end: 4,
          action: 'replaced',
          replacement: 'A',
        }),
      ),
    ).toEqual(['body.field']);
    expect(badFields(await document(lawyer, 'preview', 'format=docx'))).toEqual(['querystring.format']);
    expectStatus(await call(h, lawyer, 'PATCH', url, { version: report.version - 1, title: 'Old' }), 409);
    expectStatus(await call(h, lawyer, 'POST', url, { title: 'Again' }), 409);
    expect(await rowCounts(h, TABLES)).toEqual(counts);
    expect((await get()).version).toBe(report.version);
  });

  it('escapes whatever the texts hold in the HTML', async () => {
    const report = await get();
    const hostile = '<script>alert(1)</script><img src=x onerror="alert(2)">';
    expectStatus(await call(h, lawyer, 'PATCH', url, { version: report.version, title: hostile, body: hostile }), 200);
    const html = (await document(lawyer, 'preview', 'format=html&lang=en')).body;
    expect(html).not.toContain('<script');
    expect(html).not.toContain('<img');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;&lt;img src=x onerror=&quot;alert(2)&quot;&gt;');
  });

  it('is written by the command line as the named user, with their access', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'safehold-report-'));
    const out = join(dir, 'meeting.pdf');
    const written = await writeMeetingReport(h.deps, story.engagementId, {
      as: lawyer.username,
      lang: 'fa',
      format: 'pdf',
      out,
    });
    expect(written).toMatchObject({ output: 'preview', mediaType: 'application/pdf' });
    const drawn = await drawnText(await readFile(out));
    expect(drawn.some((d) => reversed(d.glyphs).includes('گزارش جلسه'))).toBe(true);
    // Never over an existing file; and the caseworker may not preview it.
    await expect(
      writeMeetingReport(h.deps, story.engagementId, { as: lawyer.username, lang: 'en', format: 'html', out }),
    ).rejects.toThrow(/EEXIST/u);
    await expect(
      writeMeetingReport(h.deps, story.engagementId, {
        as: story.caseworker.username,
        lang: 'en',
        format: 'html',
        out: join(dir, 'cw.html'),
      }),
    ).rejects.toThrow(/not found/u);
    const audit = (await auditRows(h)).filter((a) => a.action === 'report.render' && a.actor_id === lawyer.id);
    expect(audit.map((a) => JSON.parse(a.details) as object)).toContainEqual(
      expect.objectContaining({ output: 'preview', format: 'pdf', lang: 'fa' }),
    );
    expect(await readdir(dir)).toEqual(['meeting.pdf']);
  });

  it('refuses users without access, as if the report did not exist', async () => {
    const outsider = await h.user('lawyer', { teams: ['Another office'] });
    const analyst = await h.user('analyst', { teams: ['Tirana legal aid'] });
    // A caseworker on the case may not write or preview the report; a supervisor may read the publication only.
    for (const as of [story.caseworker, story.supervisor, outsider, analyst]) {
      expectStatus(await call(h, as, 'GET', url), 404);
      expectStatus(await call(h, as, 'PATCH', url, { version: 1, title: 'Mine' }), 404);
      expect((await document(as, 'preview', 'format=html')).statusCode).toBe(404);
    }
    for (const as of [outsider, analyst]) {
      expect((await document(as, 'publication', 'format=html')).statusCode).toBe(404);
    }
    expectStatus(await call(h, null, 'GET', url), 401);
    const refusals = (await auditRows(h)).filter((a) => a.outcome === 'refused' && a.target_id === story.engagementId);
    expect(refusals.length).toBeGreaterThanOrEqual(12);
  });

  it('shows a person by initials again once they withdraw their consent, and takes a report naming them back to draft', async () => {
    const consent = (await get()) as Report & {
      consents: { id: string; personId: string; withdrawnOn: string | null }[];
    };
    const named = consent.consents.find((k) => k.personId === story.leaver.clientId && k.withdrawnOn === null);
    if (!named) throw new Error('the story records a consent to be named');
    const base = (await get()).version;
    const body = `Present: ${LEAVER.latin}.`;
    const edited = expectStatus<Report>(await call(h, lawyer, 'PATCH', url, { version: base, body }), 200);
    expect(edited.unresolved).toBe(0);
    expectStatus(
      await call(h, lawyer, 'POST', `${url}/status`, { version: edited.version, status: 'publishable' }),
      200,
    );

    const withdrawUrl = `${url}/consents/${named.id}/withdraw`;
    expect(badFields(await call(h, lawyer, 'POST', withdrawUrl, { withdrawnOn: 'yesterday' }))).toEqual([
      'body.withdrawnOn',
    ]);
    expect(badFields(await call(h, lawyer, 'POST', withdrawUrl, { withdrawnOn: '2026-10-01' }))).toEqual([
      'withdrawnOn',
    ]);
    expect(badFields(await call(h, lawyer, 'POST', withdrawUrl, { withdrawnOn: '2026-11-01' }))).toEqual([
      'withdrawnOn',
    ]);
    const outsider = await h.user('lawyer', { teams: ['A third office'] });
    expectStatus(await call(h, outsider, 'POST', withdrawUrl, { withdrawnOn: '2026-10-09' }), 404);
    expectStatus(
      await call(h, lawyer, 'POST', `${url}/consents/${story.leaver.clientId}/withdraw`, { withdrawnOn: '2026-10-09' }),
      404,
    );

    const after = expectStatus<Report & { namedPersonIds: string[] }>(
      await call(h, lawyer, 'POST', withdrawUrl, { withdrawnOn: '2026-10-09' }),
      200,
    );
    expect(after.namedPersonIds).toEqual([]);
    expect(after.status).toBe('draft');
    expect(after.hits.map((hit) => [hit.kind, body.slice(hit.start, hit.end)])).toEqual([['name', LEAVER.latin]]);
    expect(badFields(await call(h, lawyer, 'POST', withdrawUrl, { withdrawnOn: '2026-10-09' }))).toEqual(['consentId']);
    const audit = (await auditRows(h)).filter((a) => a.action === 'report.consent.withdraw' && a.outcome !== 'refused');
    expect(audit).toHaveLength(1);
  });
});
