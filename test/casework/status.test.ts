import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, type Harness, type TestUser } from '../support/harness.js';
import {
  auditRows,
  badFields,
  call,
  dayFromNow,
  expectStatus,
  newCase,
  newOrganization,
  rowCounts,
} from './support.js';

interface StatusEntry {
  id: string;
  basis: string;
  authorityId: string | null;
  authorityName: string | null;
  effectiveFrom: string;
  effectiveTo: string | null;
  openQuestions: string | null;
  version: number;
}

describe('legal status history of a person', () => {
  let h: Harness;
  let lawyer: TestUser;
  let supervisor: TestUser;
  let outsider: TestUser;
  let analyst: TestUser;
  let ministry: string;
  let asylumOffice: string;
  let kase: { id: string; clientId: string };

  beforeAll(async () => {
    h = await startHarness();
    lawyer = await h.user('lawyer', { teams: ['Status practice'] });
    supervisor = await h.user('supervisor', { teams: ['Status practice'] });
    outsider = await h.user('lawyer');
    analyst = await h.user('analyst');
    ministry = await newOrganization(h, lawyer, 'government_office', 'Ministry of the Interior');
    asylumOffice = await newOrganization(h, lawyer, 'government_office', 'Asylum and citizenship office');
    const team = await h.store.db
      .selectFrom('teams')
      .select('id')
      .where('name', '=', 'Status practice')
      .executeTakeFirstOrThrow();
    kase = await newCase(h, lawyer, 'Kaveh', 'Zarandi', team.id);
  });
  afterAll(() => h.close());

  const url = () => `/api/people/${kase.clientId}/legal-status`;

  it('keeps each change as a new entry; the current one is the latest in effect', async () => {
    const first = expectStatus<StatusEntry>(
      await call(h, lawyer, 'POST', url(), {
        basis: 'humanitarian_stay',
        authorityId: ministry,
        effectiveFrom: dayFromNow(h, -900),
        openQuestions: 'Is the humanitarian basis renewed by the ministry, and on what terms?',
      }),
      201,
    );
    expect(first).toMatchObject({ basis: 'humanitarian_stay', authorityName: 'Ministry of the Interior', version: 1 });
    const second = expectStatus<StatusEntry>(
      await call(h, lawyer, 'POST', url(), {
        basis: 'asylum_seeker',
        authorityId: asylumOffice,
        effectiveFrom: dayFromNow(h, -30),
      }),
      201,
    );
    // A decision that takes effect next month is on record but not yet current.
    expectStatus(
      await call(h, lawyer, 'POST', url(), {
        basis: 'refugee',
        authorityId: asylumOffice,
        effectiveFrom: dayFromNow(h, 40),
      }),
      201,
    );

    const now = expectStatus(await call(h, supervisor, 'GET', url()), 200);
    expect(now.current.id).toBe(second.id);
    expect(now.lapsed).toBe(false);
    expect(now.history.map((e: StatusEntry) => e.basis)).toEqual(['refugee', 'asylum_seeker', 'humanitarian_stay']);
    expect(now.history[2].openQuestions).toContain('renewed by the ministry');

    const later = expectStatus(await call(h, lawyer, 'GET', `${url()}?on=${dayFromNow(h, 41)}`), 200);
    expect(later.current.basis).toBe('refugee');
    const earlier = expectStatus(await call(h, lawyer, 'GET', `${url()}?on=${dayFromNow(h, -901)}`), 200);
    expect(earlier.current).toBeNull();

    const raw = await h.store.db
      .selectFrom('legal_statuses')
      .select('open_questions')
      .where('id', '=', first.id)
      .executeTakeFirstOrThrow();
    expect(Buffer.from(raw.open_questions!).toString('latin1')).not.toContain('renewed');
    const entries = (await auditRows(h)).filter((r) => r.action === 'legal-status.create');
    expect(entries).toHaveLength(3);
    expect(entries.every((r) => r.case_id === kase.id)).toBe(true);
    expect(JSON.parse(entries[0]!.details)).toEqual({
      personId: kase.clientId,
      fields: ['authorityId', 'basis', 'effectiveFrom', 'openQuestions'],
    });
    expect(entries.map((r) => r.details).join()).not.toContain('renewed');
  });

  it('corrects an entry by version and shows a lapsed status as lapsed', async () => {
    const entry = expectStatus<StatusEntry>(
      await call(h, lawyer, 'POST', url(), { basis: 'unknown', effectiveFrom: dayFromNow(h, 100) }),
      201,
    );
    const fixed = expectStatus<StatusEntry>(
      await call(h, lawyer, 'PATCH', `${url()}/${entry.id}`, {
        version: 1,
        basis: 'subsidiary_protection',
        effectiveFrom: dayFromNow(h, 120),
        effectiveTo: dayFromNow(h, 150),
        openQuestions: null,
      }),
      200,
    );
    expect(fixed).toMatchObject({ basis: 'subsidiary_protection', version: 2, effectiveTo: dayFromNow(h, 150) });
    const stale = await call(h, lawyer, 'PATCH', `${url()}/${entry.id}`, { version: 1, basis: 'none' });
    expect(stale.statusCode).toBe(409);
    const after = expectStatus(await call(h, lawyer, 'GET', `${url()}?on=${dayFromNow(h, 151)}`), 200);
    expect(after.current.id).toBe(entry.id);
    expect(after.lapsed).toBe(true);
    const update = (await auditRows(h)).find((r) => r.action === 'legal-status.update' && r.target_id === entry.id);
    expect(JSON.parse(update!.details).fields).toEqual(['basis', 'effectiveFrom', 'effectiveTo', 'openQuestions']);
  });

  it('answers bad input with the field named and writes nothing', async () => {
    const entry = expectStatus<StatusEntry>(
      await call(h, lawyer, 'POST', url(), { basis: 'none', effectiveFrom: dayFromNow(h, -5) }),
      201,
    );
    const before = await rowCounts(h, ['legal_statuses', 'audit_log']);
    const cases: [string, string, object, string][] = [
      ['POST', url(), { basis: 'none', effectiveFrom: '2025-05-01', effectiveTo: '2025-04-30' }, 'body.effectiveTo'],
      ['POST', url(), { basis: 'tourist', effectiveFrom: '2025-05-01' }, 'body.basis'],
      ['POST', url(), { basis: 'none', effectiveFrom: '1 May 2025' }, 'body.effectiveFrom'],
      ['POST', url(), { basis: 'none', effectiveFrom: '2025-05-01', authorityId: crypto.randomUUID() }, 'authorityId'],
      ['PATCH', `${url()}/${entry.id}`, { version: 1, effectiveTo: dayFromNow(h, -6) }, 'effectiveTo'],
      ['PATCH', `${url()}/${entry.id}`, { basis: 'none' }, 'body.version'],
    ];
    for (const [method, path, payload, field] of cases) {
      expect(badFields(await call(h, lawyer, method as 'POST', path, payload)), JSON.stringify(payload)).toContain(
        field,
      );
    }
    expect(await rowCounts(h, ['legal_statuses', 'audit_log'])).toEqual(before);
  });

  it('refuses whoever may not act on the case, as if the person did not exist', async () => {
    const entry = expectStatus<StatusEntry>(
      await call(h, lawyer, 'POST', url(), { basis: 'none', effectiveFrom: dayFromNow(h, -2) }),
      201,
    );
    const routes = (personId: string, statusId: string) => [
      { method: 'GET' as const, url: `/api/people/${personId}/legal-status` },
      {
        method: 'POST' as const,
        url: `/api/people/${personId}/legal-status`,
        payload: { basis: 'none', effectiveFrom: '2025-01-01' },
      },
      {
        method: 'PATCH' as const,
        url: `/api/people/${personId}/legal-status/${statusId}`,
        payload: { version: 1, basis: 'refugee' },
      },
    ];
    const before = await rowCounts(h, ['legal_statuses']);
    for (const user of [outsider, analyst]) {
      const missing = routes(crypto.randomUUID(), crypto.randomUUID());
      for (const [i, req] of routes(kase.clientId, entry.id).entries()) {
        const r = await call(h, user, req.method, req.url, req.payload);
        expect(r.statusCode, `${user.username} ${req.method} ${req.url}`).toBe(404);
        expect(r.body).toBe((await call(h, user, missing[i]!.method, missing[i]!.url, missing[i]!.payload)).body);
      }
    }
    // A supervisor of the case's team reads it through the team.
    expect((await call(h, supervisor, 'GET', url())).statusCode).toBe(200);
    for (const req of routes(kase.clientId, entry.id)) {
      expect((await call(h, null, req.method, req.url, req.payload)).statusCode).toBe(401);
    }
    expect(await rowCounts(h, ['legal_statuses'])).toEqual(before);
    const refusals = (await auditRows(h)).filter((r) => r.outcome === 'refused' && r.target_id === kase.clientId);
    expect(new Set(refusals.map((r) => r.actor_id))).toEqual(new Set([outsider.id, analyst.id]));
  });
});
