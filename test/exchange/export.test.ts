import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'csv-parse/sync';
import { call, expectStatus, newCase, newOrganization } from '../casework/support.js';
import { T } from '../incidents/support.js';
import { startHarness, type Harness, type TestUser } from '../support/harness.js';

describe('exports of what the user may see: CSV, HXL-tagged CSV and JSON', () => {
  let h: Harness;
  let lawyer: TestUser;
  let other: TestUser;
  let mine: { id: string; clientId: string; code: string };
  let theirs: { id: string; clientId: string; code: string };
  let consented: string;
  let unconsented: string;
  let hiddenIncident: string;

  beforeAll(async () => {
    h = await startHarness();
    lawyer = await h.user('lawyer', { teams: ['Export team'] });
    other = await h.user('lawyer', { teams: ['Other export team'] });
    mine = await newCase(h, lawyer, 'Kamran', 'Exportfamily');
    theirs = await newCase(h, other, 'Parisa', 'Hiddenfamily');
    const agency = await newOrganization(h, lawyer, 'un_agency', '=HYPERLINK("http://example.invalid") agency');
    expectStatus(
      await call(h, lawyer, 'POST', `/api/people/${mine.clientId}/support/entitlements`, {
        providerId: agency,
        kind: 'cash',
        amountMinor: 50_000,
        currency: 'EUR',
        period: 'monthly',
        startsOn: '2016-01-01',
        basis: 'case by case',
      }),
      201,
    );
    const incident = async (as: TestUser, kase: { id: string; clientId: string }, title: string) =>
      expectStatus(
        await call(h, as, 'POST', '/api/incidents', {
          caseIds: [kase.id],
          title,
          start: { value: '2024-09', precision: 'month' },
          country: 'AL',
          description: 'Followed from the reception centre.',
          acts: [{ type: T.surveillance, victim: { personId: kase.clientId } }],
        }),
        201,
      ).id as string;
    consented = await incident(lawyer, mine, 'Followed, with consent');
    unconsented = await incident(lawyer, mine, 'Followed, no consent');
    hiddenIncident = await incident(other, theirs, 'Followed, other team');
    expectStatus(
      await call(h, lawyer, 'POST', `/api/incidents/${consented}/consents`, {
        purpose: 'anonymous_advocacy',
        givenBy: mine.clientId,
        givenOn: '2024-10-01',
        method: 'written',
      }),
      201,
    );
  });
  afterAll(() => h.close());

  const get = (as: TestUser, url: string) => h.app.inject({ method: 'GET', url, headers: as.headers });
  const rows = (body: string): string[][] => parse(body);

  it('exports only the cases and people the user sees, by label, never a name', async () => {
    const r = await get(lawyer, '/api/exchange/exports/people');
    expect(r.statusCode).toBe(200);
    expect(r.headers['content-type']).toContain('text/csv');
    expect(r.headers['content-disposition']).toMatch(/attachment; filename="safehold-people-\d{4}-\d{2}-\d{2}\.csv"/);
    const table = rows(r.body);
    expect(table[0]).toEqual(['person_id', 'kind', 'label', 'case_codes']);
    expect(table.slice(1)).toEqual([[mine.clientId, 'client', 'K. E.', mine.code]]);
    expect(r.body).not.toContain('Kamran');
    expect(r.body).not.toContain(theirs.clientId);
    const cases = rows((await get(lawyer, '/api/exchange/exports/cases')).body);
    expect(cases.map((c) => c[0])).toEqual(['case_code', mine.code]);
  });

  it('writes a second header row of HXL hashtags, and quotes cells a spreadsheet would run as formulas', async () => {
    const r = await get(lawyer, '/api/exchange/exports/support-entitlements?format=hxl');
    const [header, tags, first] = rows(r.body);
    expect(header?.slice(0, 4)).toEqual(['entitlement_id', 'person_id', 'person_label', 'provider']);
    expect(tags).toContain('#org+provider+name');
    expect(tags).toContain('#currency');
    expect(tags?.every((t) => /^#[a-z_]+(\+[a-z_]+)*$/.test(t))).toBe(true);
    expect(first?.slice(3, 7)).toEqual(['\'=HYPERLINK("http://example.invalid") agency', 'cash', '500.00', 'EUR']);
    // Case codes have no core hashtag of their own: they are row metadata.
    const cases = rows((await get(lawyer, '/api/exchange/exports/cases?format=hxl')).body);
    expect(cases[1]?.[0]).toBe('#meta+case+code');
  });

  it('exports JSON objects keyed by column', async () => {
    const r = await get(lawyer, '/api/exchange/exports/incidents?format=json');
    expect(r.headers['content-type']).toContain('application/json');
    const items = r.json<{ incident_id: string; country: string; victims: number }[]>();
    expect(items.map((i) => i.incident_id).sort()).toEqual([consented, unconsented].sort());
    expect(items[0]).toMatchObject({ country: 'AL', victims: 1 });
    expect(r.body).not.toContain(hiddenIncident);
    expect(r.body).not.toContain('Followed');
  });

  it('counts only the incidents whose consent allows publication in an export for publication', async () => {
    const r = await get(lawyer, '/api/exchange/exports/incidents?purpose=publication&format=hxl');
    const table = rows(r.body);
    expect(table.slice(2).map((row) => row[0])).toEqual([consented]);
    const refused = await get(lawyer, '/api/exchange/exports/cases?purpose=publication');
    expect(refused.statusCode).toBe(400);
    expect(refused.json().errors[0].field).toBe('purpose');
  });

  it('records each export in the audit log, and refuses roles without the right and bad requests', async () => {
    const entries = await h.store.db
      .selectFrom('audit_log')
      .select(['target_id', 'details'])
      .where('action', '=', 'exchange.export')
      .where('actor_id', '=', lawyer.id)
      .execute();
    expect(entries.map((e) => e.target_id)).toContain('support-entitlements');
    for (const role of ['analyst', 'auditor', 'admin'] as const) {
      expect(
        (await get(await h.user(role, { teams: ['Export team'] }), '/api/exchange/exports/cases')).statusCode,
      ).toBe(403);
    }
    expect((await get(lawyer, '/api/exchange/exports/passwords')).statusCode).toBe(400);
    const bad = await get(lawyer, '/api/exchange/exports/cases?format=xlsx');
    expect(bad.json().errors[0].field).toBe('querystring.format');
  });
});
