import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DemoRefusedError, loadDemo, type DemoResult } from '../src/demo/load-demo.js';
import { confirmTotpEnrolment } from '../src/services/auth/confirm-totp-enrolment.js';
import { login } from '../src/services/auth/login.js';
import { resolveSession } from '../src/services/auth/resolve-session.js';
import { startTotpEnrolment } from '../src/services/auth/start-totp-enrolment.js';
import { startHarness, totpCode, type Harness } from './support/harness.js';

describe('the demo data set', () => {
  let h: Harness;
  let demo: DemoResult;

  beforeAll(async () => {
    h = await startHarness();
    demo = await loadDemo(h.deps, { force: false });
  });
  afterAll(() => h.close());

  async function countBy(table: 'users' | 'organizations' | 'cases' | 'case_notes' | 'case_people') {
    const r = await h.store.db
      .selectFrom(table)
      .select((eb) => eb.fn.countAll<number | string>().as('n'))
      .executeTakeFirstOrThrow();
    return Number(r.n);
  }

  const signedIn = new Map<string, { authorization: string }>();

  /** Sign in with a printed password and set up the authenticator app, as a demo user would. */
  async function signIn(username: string) {
    const known = signedIn.get(username);
    if (known) return known;
    const account = demo.accounts.find((a) => a.username === username)!;
    const pending = await login(h.deps, { username, password: account.password, ip: '127.0.0.1', userAgent: 'test' });
    const pendingActor = await resolveSession(h.deps, pending.token);
    expect(pendingActor?.awaitingSecondFactor).toBe(true);
    const { secret } = await startTotpEnrolment(h.deps, pendingActor!);
    const code = await totpCode(secret, h.clock.now());
    const { token } = await confirmTotpEnrolment(h.deps, pendingActor!, { code, ip: '127.0.0.1' });
    const headers = { authorization: `Bearer ${token!}` };
    signedIn.set(username, headers);
    return headers;
  }

  it('loads the story through the use cases: counted, encrypted and audited', async () => {
    expect(demo.counts).toEqual({ organizations: 6, officials: 2, cases: 4, people: 7, notes: 14 });
    expect(demo.accounts.map((a) => [a.username, a.role])).toEqual([
      ['lawyer', 'lawyer'],
      ['caseworker', 'caseworker'],
      ['supervisor', 'supervisor'],
      ['analyst', 'analyst'],
      ['auditor', 'auditor'],
    ]);
    expect(await countBy('users')).toBe(5);
    expect(await countBy('organizations')).toBe(6);
    expect(await countBy('cases')).toBe(4);
    expect(await countBy('case_notes')).toBe(14);
    const kinds = await h.store.db
      .selectFrom('people')
      .select(['kind', (eb) => eb.fn.countAll<number | string>().as('n')])
      .groupBy('kind')
      .execute();
    expect(Object.fromEntries(kinds.map((k) => [k.kind, Number(k.n)]))).toEqual({
      client: 4,
      family_member: 2,
      official: 2,
      witness: 1,
    });
    const statuses = await h.store.db.selectFrom('cases').select('status').distinct().execute();
    expect(statuses).toEqual([{ status: 'open' }]);

    const audit = await h.store.db.selectFrom('audit_log').select(['action', 'outcome', 'details']).execute();
    const count = (action: string) => audit.filter((a) => a.action === action && a.outcome === 'ok').length;
    expect([count('user.create'), count('case.create'), count('person.create'), count('note.create')]).toEqual([
      5, 4, 5, 14,
    ]);
    expect(audit.some((a) => a.outcome === 'refused')).toBe(false);

    const identities = await h.store.db.selectFrom('person_identities').select(['identity', 'location']).execute();
    const notes = await h.store.db.selectFrom('case_notes').select('body').execute();
    const stored = [...identities.flatMap((i) => [i.identity, i.location]), ...notes.map((n) => n.body)]
      .filter((b) => b !== null)
      .map((b) => Buffer.from(b).toString('utf8'))
      .join('\n');
    for (const plain of ['Kamrani', 'کامرانی', 'Tirana', 'Kocaj', 'October', 'Nadimi']) {
      expect(stored).not.toContain(plain);
      expect(JSON.stringify(audit)).not.toContain(plain);
    }
  });

  it('shows the lawyer her cases, the caseworker the one referred to him, and the analyst none', async () => {
    const lawyer = await signIn('lawyer');
    const cases = (await h.app.inject({ method: 'GET', url: '/api/cases', headers: lawyer })).json().items;
    expect(cases.map((c: { clientLabel: string }) => c.clientLabel).sort()).toEqual([
      'D. K.',
      'K. N.',
      'P. A.',
      'S. B.',
    ]);

    const dk = cases.find((c: { clientLabel: string }) => c.clientLabel === 'D. K.');
    const notes = (await h.app.inject({ method: 'GET', url: `/api/cases/${dk.id}/notes`, headers: lawyer })).json();
    const story = notes.items.map((n: { body: string }) => n.body).join('\n');
    expect(story).toContain('27 September 2026');
    expect(story).toContain('9 October 2026');
    expect(story).toContain('500 EUR a month');

    const kn = cases.find((c: { clientLabel: string }) => c.clientLabel === 'K. N.');
    const people = (await h.app.inject({ method: 'GET', url: `/api/cases/${kn.id}/people`, headers: lawyer })).json();
    expect(people.items.map((p: { label: string; relationship: string | null }) => [p.label, p.relationship])).toEqual([
      ['K. N.', null],
      ['M. N.', 'sister'],
      ['F. S.', 'former member who saw the threats'],
    ]);

    const directory = (await h.app.inject({ method: 'GET', url: '/api/directory', headers: lawyer })).json();
    expect(directory.items.map((o: { label: string; roleTitle: string }) => [o.label, o.roleTitle])).toEqual([
      ['M. K.', 'legal protection officer'],
      ['T. V.', 'officer responsible for the former members'],
    ]);

    const caseworker = await signIn('caseworker');
    const theirs = (await h.app.inject({ method: 'GET', url: '/api/cases', headers: caseworker })).json().items;
    expect(theirs.map((c: { id: string }) => c.id)).toEqual([dk.id]);

    const supervisor = await signIn('supervisor');
    expect((await h.app.inject({ method: 'GET', url: '/api/cases', headers: supervisor })).json().items).toHaveLength(
      4,
    );

    const analyst = await signIn('analyst');
    expect((await h.app.inject({ method: 'GET', url: '/api/cases', headers: analyst })).statusCode).toBe(403);
    expect((await h.app.inject({ method: 'GET', url: `/api/cases/${dk.id}`, headers: analyst })).statusCode).toBe(404);
  });

  it('refuses a store that already holds cases unless forced', async () => {
    await expect(loadDemo(h.deps, { force: false })).rejects.toBeInstanceOf(DemoRefusedError);
    expect(await countBy('users')).toBe(5);
    expect(await countBy('cases')).toBe(4);

    const again = await loadDemo(h.deps, { force: true });
    expect(again.accounts.map((a) => a.username)).toEqual([
      'lawyer-2',
      'caseworker-2',
      'supervisor-2',
      'analyst-2',
      'auditor-2',
    ]);
    expect(await countBy('cases')).toBe(8);
    const lawyer = await signIn('lawyer');
    expect((await h.app.inject({ method: 'GET', url: '/api/cases', headers: lawyer })).json().items).toHaveLength(4);
  });
});
