import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { z } from 'zod';
import type { dashboardResponse } from '../../src/api/routes/dashboard/schema.js';
import { startHarness, type Harness, type TestUser } from '../support/harness.js';
import { auditRows, call, dayFromNow, expectStatus, newCase, newOrganization } from '../casework/support.js';
import { T } from '../incidents/support.js';

type Shown = { count: number | null; display: string };
type List = { keys: string[]; cells: Shown[]; total: Shown };

/** The shown count of one key of a suppressed list. */
function cellOf(list: List, key: string): Shown | undefined {
  return list.cells[list.keys.indexOf(key)];
}

/** Fictional given names, one per client; nobody real is named. */
const GIVEN = ['Arash', 'Babak', 'Dariush', 'Farhad', 'Golnar', 'Hamid', 'Jamshid', 'Kianoush', 'Laleh'];

describe('the dashboard', () => {
  let h: Harness;
  let lawyer: TestUser;
  let caseworker: TestUser;
  let supervisor: TestUser;
  let otherSupervisor: TestUser;
  let analyst: TestUser;
  let month: string;
  const clients: string[] = [];
  const caseIds: string[] = [];
  const consents: { incidentId: string; consentId: string }[] = [];

  const dashboard = async (as: TestUser) =>
    expectStatus<z.infer<typeof dashboardResponse>>(
      await call(h, as, 'GET', `/api/dashboard?period=month&from=${month}&to=${month}`),
      200,
    );

  beforeAll(async () => {
    h = await startHarness();
    lawyer = await h.user('lawyer', { teams: ['Dashboard practice'] });
    caseworker = await h.user('caseworker', { teams: ['Dashboard practice'] });
    supervisor = await h.user('supervisor', { teams: ['Dashboard practice'] });
    otherSupervisor = await h.user('supervisor', { teams: ['Another practice'] });
    analyst = await h.user('analyst');
    const team = await h.store.db
      .selectFrom('teams')
      .select('id')
      .where('name', '=', 'Dashboard practice')
      .executeTakeFirstOrThrow();
    const movement = await newOrganization(h, lawyer, 'former_organization', 'The closed movement (fictional)');
    month = dayFromNow(h, -40).slice(0, 7);
    // Nine clients: seven on a humanitarian stay, two asylum seekers; none with a work permit.
    for (const [i, given] of GIVEN.entries()) {
      const kase = await newCase(h, lawyer, given, 'Examplezadeh', team.id);
      clients.push(kase.clientId);
      caseIds.push(kase.id);
      expectStatus(
        await call(h, lawyer, 'POST', `/api/people/${kase.clientId}/legal-status`, {
          basis: i < 7 ? 'humanitarian_stay' : 'asylum_seeker',
          effectiveFrom: '2020-01-01',
        }),
        201,
      );
    }
    // Six incidents of threats by the movement, each against one client; five consent to anonymous advocacy.
    for (let i = 0; i < 6; i++) {
      const incident = expectStatus<{ id: string }>(
        await call(h, lawyer, 'POST', '/api/incidents', {
          caseIds: [caseIds[i]],
          title: 'Threats after leaving',
          start: { value: month, precision: 'month' },
          description: 'A former superior threatened him after he left.',
          acts: [
            {
              type: T.threatsAgainstVictim,
              victim: { personId: clients[i] },
              perpetrator: { organizationId: movement },
              perpetratorType: T.perpCommunity,
            },
          ],
        }),
        201,
      );
      if (i === 5) continue;
      const given = expectStatus<{ consents: { id: string }[] }>(
        await call(h, caseworker, 'POST', `/api/incidents/${incident.id}/consents`, {
          purpose: i === 0 ? 'public_with_name' : 'anonymous_advocacy',
          givenBy: clients[i],
          givenOn: dayFromNow(h, -30),
          method: 'written',
        }),
        201,
      );
      consents.push({ incidentId: incident.id, consentId: given.consents[0]?.id ?? '' });
    }
  });
  afterAll(() => h.close());

  it('counts the clients of a supervisor’s teams, each number suppressed', async () => {
    const d = await dashboard(supervisor);
    expect(d).toMatchObject({ use: 'internal', threshold: 5 });
    const byBasis = d.clients.byStatusBasis as List;
    expect(cellOf(byBasis, 'humanitarian_stay')).toEqual({ count: 7, display: '7' });
    expect(cellOf(byBasis, 'asylum_seeker')).toEqual({ count: null, display: '<5' });
    // The 2 cannot be had from the total by subtraction: another count is hidden with it.
    expect(byBasis.total).toEqual({ count: 9, display: '9' });
    expect(byBasis.cells.filter((s) => s.count === null).length).toBeGreaterThanOrEqual(2);
    const shown = byBasis.cells.reduce((sum, s) => sum + (s.count ?? 0), 0);
    expect(shown).toBe(7);
    expect(cellOf(d.clients.workPermit as List, 'without')).toEqual({ count: 9, display: '9' });
    expect(cellOf(d.clients.travelDocument as List, 'with')).toEqual({ count: 0, display: '0' });
    // Nobody has support: all nine are without it now.
    expect(cellOf(d.support.outlook as List, 'without_support')).toEqual({ count: 9, display: '9' });
    expect(d.referrals.byOutcome?.total).toEqual({ count: 0, display: '0' });
  });

  it('counts only the incidents whose victims consented to anonymous use', async () => {
    const d = await dashboard(supervisor);
    const acts = d.incidents.byActType;
    expect(acts.rows).toEqual([T.threatsAgainstVictim]);
    expect(acts.columns).toEqual([month]);
    // Six incidents, five with consent (one of them to public use with the name, which covers it).
    expect(acts.cells[0]?.[0]).toEqual({ count: 5, display: '5' });
    expect(d.incidents.byPerpetratorType.rows).toEqual([T.perpCommunity]);
    expect(d.incidents.byPerpetratorType.total).toEqual({ count: 5, display: '5' });
  });

  it('stops counting an incident once its consent is withdrawn, and then hides the small count', async () => {
    const last = consents.at(-1);
    if (!last) throw new Error('no consent recorded');
    expectStatus(
      await call(h, lawyer, 'POST', `/api/incidents/${last.incidentId}/consents/${last.consentId}/withdraw`, {
        withdrawnOn: dayFromNow(h, -1),
      }),
      200,
    );
    const d = await dashboard(analyst);
    expect(d.incidents.byActType.cells[0]?.[0]).toEqual({ count: null, display: '<5' });
    expect(d.incidents.byActType.total).toEqual({ count: null, display: '<5' });
    expect(JSON.stringify(d)).not.toContain('"count":4');
  });

  it('gives an analyst publication totals only: no client counted without a person’s consent', async () => {
    const d = await dashboard(analyst);
    expect(d.use).toBe('publication');
    expect(d.clients).toEqual({
      withheld: 'no-person-consent',
      byStatusBasis: null,
      workPermit: null,
      travelDocument: null,
    });
    expect(d.support.withheld).toBe('no-person-consent');
    expect(d.referrals.withheld).toBe('no-person-consent');
    // Totals only: no id of a client or a case anywhere in the answer.
    const body = JSON.stringify(d);
    for (const id of [...clients, ...caseIds]) expect(body).not.toContain(id);
  });

  it('counts nothing of another team for its supervisor', async () => {
    const d = await dashboard(otherSupervisor);
    expect(d.clients.byStatusBasis?.total).toEqual({ count: 0, display: '0' });
    expect(d.incidents.byActType.rows).toEqual([]);
  });

  it('follows the configured threshold', async () => {
    h.deps.disclosure.smallCellThreshold = 8;
    try {
      const d = await dashboard(supervisor);
      expect(d.threshold).toBe(8);
      expect(cellOf(d.clients.byStatusBasis as List, 'humanitarian_stay')?.display).toBe('<8');
    } finally {
      h.deps.disclosure.smallCellThreshold = 5;
    }
  });

  it('records each look in the audit log', async () => {
    const before = (await auditRows(h)).filter((r) => r.action === 'dashboard.read').length;
    await dashboard(analyst);
    const reads = (await auditRows(h)).filter((r) => r.action === 'dashboard.read');
    expect(reads.length).toBe(before + 1);
    expect(reads.at(-1)).toMatchObject({ actor_id: analyst.id, outcome: 'ok', target_type: 'dashboard' });
  });

  it('refuses a lawyer and a caseworker, and records the refusal', async () => {
    for (const user of [lawyer, caseworker]) {
      const r = await call(h, user, 'GET', '/api/dashboard');
      expect(r.statusCode).toBe(403);
      const last = (await auditRows(h)).at(-1);
      expect(last).toMatchObject({ actor_id: user.id, action: 'dashboard:read', outcome: 'refused' });
    }
    expect((await call(h, null, 'GET', '/api/dashboard')).statusCode).toBe(401);
  });

  it('refuses a bad query with a 400 naming the field', async () => {
    for (const [query, field] of [
      ['period=week', 'querystring.period'],
      ['from=2025-13', 'querystring.from'],
      ['from=2025-06&to=2025-01', 'to'],
      ['surprise=1', 'querystring'],
    ] as const) {
      const r = await call(h, supervisor, 'GET', `/api/dashboard?${query}`);
      expect(r.statusCode, query).toBe(400);
      expect(r.body).toContain(field);
    }
  });
});
