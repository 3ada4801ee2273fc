import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importRecords } from '../../src/services/exchange/import-records.js';
import { call, expectStatus, newCase, newOrganization, rowCounts } from '../casework/support.js';
import { startHarness, type Harness, type TestUser } from '../support/harness.js';

const TABLES = ['cases', 'people', 'person_identities', 'support_entitlements', 'engagements', 'audit_log'] as const;

/** A cases import of `n` fictional clients; `bad` rows get an impossible birth date. */
function casesCsv(n: number, bad: ReadonlySet<number> = new Set()): string {
  const lines = ['full_name,given_name,family_name,birth_date,nationality,team,opened_on'];
  for (let i = 1; i <= n; i++) {
    const birth = bad.has(i) ? 'around 1990' : `19${String(50 + (i % 40))}-0${1 + (i % 9)}-1${i % 10}`;
    lines.push(`Testclient Number${i},Testclient,Number${i},${birth},IQ,Import team,2024-0${1 + (i % 9)}-01`);
  }
  return `${lines.join('\n')}\n`;
}

describe('CSV import: a dry run names every problem, an import writes every row or none', () => {
  let h: Harness;
  let lawyer: TestUser;
  let outsider: TestUser;
  let kase: { id: string; code: string };
  let hidden: { id: string; code: string };

  beforeAll(async () => {
    h = await startHarness();
    lawyer = await h.user('lawyer', { teams: ['Import team'] });
    outsider = await h.user('lawyer', { teams: ['Other team'] });
    kase = await newCase(h, lawyer, 'Dariush', 'Testfamily');
    hidden = await newCase(h, outsider, 'Shirin', 'Otherfamily');
    await newOrganization(h, lawyer, 'un_agency', 'Refugee agency');
  });
  afterAll(() => h.close());

  const run = (as: TestUser, kind: 'cases' | 'people' | 'support' | 'engagements', csv: string, dryRun: boolean) =>
    importRecords(h.deps, as.actor, { kind, dryRun, source: () => [csv] });

  it('writes nothing for 10,000 rows with one bad row, names its row and column, then imports all of the corrected file', async () => {
    const before = await rowCounts(h, TABLES);
    const rejected = await run(lawyer, 'cases', casesCsv(10_000, new Set([7_345])), false);
    expect(rejected).toMatchObject({ rows: 10_000, written: 0 });
    expect(rejected.problems).toEqual([{ row: 7_346, column: 'birth_date', message: expect.any(String) }]);
    const after = await rowCounts(h, TABLES);
    expect({ ...after, audit_log: 0 }).toEqual({ ...before, audit_log: 0 });

    const done = await run(lawyer, 'cases', casesCsv(10_000), false);
    expect(done).toMatchObject({ rows: 10_000, written: 10_000, problems: [] });
    const counts = await rowCounts(h, TABLES);
    expect(counts.cases).toBe(before.cases! + 10_000);
    expect(counts.person_identities).toBe(before.person_identities! + 10_000);
    const listed = expectStatus(await call(h, lawyer, 'GET', '/api/cases?limit=200'), 200);
    expect(listed.items.length).toBe(200);
    const created = await h.store.db
      .selectFrom('audit_log')
      .select((eb) => eb.fn.countAll<number | string>().as('n'))
      .where('action', '=', 'case.create')
      .where('actor_id', '=', lawyer.id)
      .executeTakeFirstOrThrow();
    expect(Number(created.n)).toBe(10_001);
  }, 300_000);

  it('reports every problem of a dry run by row and column and writes nothing', async () => {
    const csv = [
      'case_code,provider,kind,amount,currency,period,starts_on,ends_on,status',
      `${kase.code},Refugee agency,cash,500.00,EUR,monthly,2024-01-01,,active`,
      `${kase.code},Nobody we know,cash,500.001,EUR,monthly,2024-01-01,,active`,
      `${hidden.code},Refugee agency,gold,5,XXX,monthly,2024-02-01,2024-01-01,active`,
      `C-0000-0000,Refugee agency,food,,EUR,sometimes,2024-01-01,,active`,
      `${kase.code},Refugee agency,cash`,
    ].join('\n');
    const before = await rowCounts(h, TABLES);
    const report = await run(lawyer, 'support', csv, true);
    expect(report).toMatchObject({ dryRun: true, rows: 5, written: 0 });
    const found = report.problems.map((p) => `${p.row}:${p.column ?? '-'}`);
    expect(found).toEqual(
      expect.arrayContaining(['3:provider', '3:amount', '4:kind', '4:currency', '4:ends_on', '5:period', '6:-']),
    );
    expect(found).not.toContain('2:provider');
    // Row 4 names a case the lawyer may not see: it is reported as no case, exactly like row 5's.
    const hiddenCase = await run(
      lawyer,
      'support',
      csv
        .split('\n')
        .slice(0, 1)
        .concat(
          `${hidden.code},Refugee agency,cash,5,EUR,monthly,2024-02-01,,active`,
          `C-0000-0000,Refugee agency,cash,5,EUR,monthly,2024-02-01,,active`,
        )
        .join('\n'),
      true,
    );
    expect(hiddenCase.problems.map((p) => [p.column, p.message])).toEqual([
      ['case_code', 'no case with this code whose support you may record'],
      ['case_code', 'no case with this code whose support you may record'],
    ]);
    expect({ ...(await rowCounts(h, TABLES)), audit_log: 0 }).toEqual({ ...before, audit_log: 0 });
  });

  it('names problems of the header: unknown, repeated and missing columns', async () => {
    const report = await run(lawyer, 'people', 'case_code,case_code,nickname\nC-0000-0000,C-0000-0000,x\n', true);
    expect(report.problems.filter((p) => p.row === 1).map((p) => p.column)).toEqual(
      expect.arrayContaining(['case_code', 'nickname', 'kind', 'full_name']),
    );
  });

  it('imports people, support and engagements on existing cases, encrypted and audited', async () => {
    const people = `case_code,kind,relationship,full_name,phone\n${kase.code},family_member,sister,Leyla Testfamily,+355 69 000 0000\n`;
    expect(await run(lawyer, 'people', people, false)).toMatchObject({ written: 1, problems: [] });
    const support = `case_code,provider,kind,amount,currency,period,starts_on,basis\n${kase.code},Refugee agency,accommodation,120.50,EUR,monthly,2024-03-01,case by case\n`;
    expect(await run(lawyer, 'support', support, false)).toMatchObject({ written: 1 });
    const entitlement = await h.store.db
      .selectFrom('support_entitlements')
      .selectAll()
      .where('basis', '=', 'case by case')
      .executeTakeFirstOrThrow();
    expect(entitlement).toMatchObject({ amount_minor: 12_050, currency: 'EUR', recorded_by: lawyer.id });
    const engagements = `case_codes,organization,requested_on,channel,subject\n${kase.code},Refugee agency,2024-09-27,email,"Meeting about support, please"\n`;
    expect(await run(lawyer, 'engagements', engagements, false)).toMatchObject({ written: 1 });
    const subject = await h.store.db.selectFrom('engagements').select('subject').executeTakeFirstOrThrow();
    expect(subject.subject.toString('utf8')).not.toContain('Meeting');
    const relative = await h.store.db
      .selectFrom('people')
      .innerJoin('person_identities', 'person_identities.person_id', 'people.id')
      .select(['people.label', 'person_identities.identity'])
      .where('people.kind', '=', 'family_member')
      .executeTakeFirstOrThrow();
    expect(relative.label).toBe('L. T.');
    expect(relative.identity.toString('utf8')).not.toContain('Leyla');
  });

  it('answers a dry run over the API, refuses a bad import with 400 naming row and column, and refuses roles without the right', async () => {
    const csv = 'full_name,birth_date\nTestclient Api,1990-01-01\nTestclient Bad,yesterday\n';
    const dry = expectStatus(
      await call(h, lawyer, 'POST', '/api/exchange/imports', { kind: 'cases', csv, dryRun: true }),
      200,
    );
    expect(dry.problems).toEqual([{ row: 3, column: 'birth_date', message: expect.any(String) }]);
    const refused = await call(h, lawyer, 'POST', '/api/exchange/imports', { kind: 'cases', csv, dryRun: false });
    expect(refused.statusCode).toBe(400);
    expect(refused.json().errors).toEqual([{ field: 'csv.row 3.birth_date', message: expect.any(String) }]);
    for (const role of ['analyst', 'auditor', 'admin'] as const) {
      const other = await h.user(role);
      const r = await call(h, other, 'POST', '/api/exchange/imports', { kind: 'cases', csv, dryRun: true });
      expect(r.statusCode).toBe(403);
    }
    const bad = await call(h, lawyer, 'POST', '/api/exchange/imports', { kind: 'everything', csv, dryRun: 'yes' });
    expect(bad.statusCode).toBe(400);
  });
});
