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

interface OpenTask {
  kind: string;
  dueOn: string;
  source: { id: string } | null;
}

describe('legal actions with parties, hearings and filings', () => {
  let h: Harness;
  let lawyer: TestUser;
  let court: string;
  let organization: string;
  let kase: { id: string; clientId: string };

  beforeAll(async () => {
    h = await startHarness();
    lawyer = await h.user('lawyer');
    court = await newOrganization(h, lawyer, 'court', 'District court of Tirana');
    organization = await newOrganization(h, lawyer, 'former_organization', 'The organization left');
    kase = await newCase(h, lawyer, 'Kaveh', 'Zarandi');
  });
  afterAll(() => h.close());

  async function open(openedOn = dayFromNow(h, -30)) {
    const r = await call(h, lawyer, 'POST', `/api/cases/${kase.id}/legal-actions`, {
      forumOrganizationId: court,
      kind: 'civil_claim',
      title: 'Claim that the organization pay for the support of leavers',
      openedOn,
      parties: [
        { party: { personId: kase.clientId }, side: 'claimant' },
        { party: { organizationId: organization }, side: 'respondent' },
      ],
    });
    return expectStatus<{ id: string }>(r, 201);
  }

  it('opens proceedings with the parties on each side', async () => {
    const a = await open();
    expect(a).toMatchObject({
      status: 'preparing',
      forum: { id: court, name: 'District court of Tirana' },
      parties: [
        { side: 'claimant', personId: kase.clientId, label: 'K. Z.' },
        { side: 'respondent', organizationId: organization, label: 'The organization left' },
      ],
      hearings: [],
      filings: [],
    });
    const list = expectStatus(await call(h, lawyer, 'GET', `/api/cases/${kase.id}/legal-actions`), 200);
    expect(list.items.map((i: { id: string }) => i.id)).toContain(a.id);
  });

  it('turns hearings and filing deadlines into deadlines that close when the work is done', async () => {
    const a = await open();
    const filing = expectStatus(
      await call(h, lawyer, 'POST', `/api/legal-actions/${a.id}/filings`, {
        kind: 'statement of claim',
        deadlineOn: dayFromNow(h, 10),
      }),
      201,
    );
    const hearing = expectStatus(
      await call(h, lawyer, 'POST', `/api/legal-actions/${a.id}/hearings`, {
        on: dayFromNow(h, 40),
        place: 'District court of Tirana, room 4',
      }),
      201,
    );
    const tasks = () =>
      call(h, lawyer, 'GET', `/api/cases/${kase.id}/tasks?status=open`).then(
        (r) => expectStatus<{ items: OpenTask[] }>(r, 200).items,
      );
    const open1 = (await tasks()).filter((t) => [filing.id, hearing.id].includes(t.source?.id ?? ''));
    expect(open1.map((t) => [t.kind, t.dueOn])).toEqual([
      ['filing', dayFromNow(h, 10)],
      ['hearing', dayFromNow(h, 40)],
    ]);

    expectStatus(
      await call(h, lawyer, 'PATCH', `/api/legal-actions/${a.id}/filings/${filing.id}`, {
        version: 1,
        filedOn: dayFromNow(h, 0),
      }),
      200,
    );
    const moved = expectStatus(
      await call(h, lawyer, 'PATCH', `/api/legal-actions/${a.id}/hearings/${hearing.id}`, {
        version: 1,
        on: dayFromNow(h, 45),
      }),
      200,
    );
    expect(moved.on).toBe(dayFromNow(h, 45));
    const open2 = (await tasks()).filter((t) => [filing.id, hearing.id].includes(t.source?.id ?? ''));
    expect(open2.map((t) => [t.kind, t.dueOn])).toEqual([['hearing', dayFromNow(h, 45)]]);
    expectStatus(
      await call(h, lawyer, 'PATCH', `/api/legal-actions/${a.id}/hearings/${hearing.id}`, {
        version: 2,
        result: 'Adjourned; the respondent did not appear.',
      }),
      200,
    );
    expect((await tasks()).filter((t) => t.source?.id === hearing.id)).toEqual([]);
    const detail = expectStatus(await call(h, lawyer, 'GET', `/api/legal-actions/${a.id}`), 200);
    expect(detail.hearings[0]).toMatchObject({ result: 'Adjourned; the respondent did not appear.', version: 3 });
    expect(detail.filings[0]).toMatchObject({ filedOn: dayFromNow(h, 0) });
    const raw = await h.store.db
      .selectFrom('hearings')
      .select('result')
      .where('id', '=', hearing.id)
      .executeTakeFirstOrThrow();
    expect(Buffer.from(raw.result!).toString('latin1')).not.toContain('Adjourned');
  });

  it('refuses an end before the start and a status change not allowed, writing nothing', async () => {
    const a = await open(dayFromNow(h, -10));
    const before = await rowCounts(h, ['legal_actions', 'hearings', 'filings', 'tasks']);
    const auditBefore = (await auditRows(h)).length;
    const patch = (body: object) => call(h, lawyer, 'PATCH', `/api/legal-actions/${a.id}`, { version: 1, ...body });
    expect(badFields(await patch({ status: 'withdrawn', closedOn: dayFromNow(h, -11) }))).toEqual(['closedOn']);
    const jump = await patch({ status: 'decided' });
    expect(badFields(jump)).toEqual(['status']);
    expect(jump.json().errors[0].message).toBe('a legal action cannot go from preparing to decided');
    expect(badFields(await patch({ closedOn: dayFromNow(h, 0) }))).toEqual(['closedOn']);
    expect(
      badFields(
        await call(h, lawyer, 'POST', `/api/legal-actions/${a.id}/hearings`, { on: dayFromNow(h, -11), place: 'x' }),
      ),
    ).toEqual(['on']);
    expect(badFields(await patch({ status: 'lost' }))).toEqual(['body.status']);
    expect(
      badFields(
        await call(h, lawyer, 'POST', `/api/cases/${kase.id}/legal-actions`, {
          forumOrganizationId: court,
          kind: 'civil_claim',
          title: 'x',
          openedOn: dayFromNow(h, 0),
          parties: [{ party: { personId: crypto.randomUUID() }, side: 'claimant' }],
        }),
      ),
    ).toEqual(['parties.0.party.personId']);
    expect(await rowCounts(h, ['legal_actions', 'hearings', 'filings', 'tasks'])).toEqual(before);
    expect((await auditRows(h)).length).toBe(auditBefore);

    const filed = expectStatus(await patch({ status: 'filed', reference: 'CIV-2026-0113' }), 200);
    expect(filed).toMatchObject({ status: 'filed', reference: 'CIV-2026-0113', closedOn: null });
    const decided = expectStatus(
      await call(h, lawyer, 'PATCH', `/api/legal-actions/${a.id}`, {
        version: 2,
        status: 'decided',
        outcome: 'The organization must pay the claimant’s support.',
      }),
      200,
    );
    expect(decided.outcome).toBe('The organization must pay the claimant’s support.');
    const closed = expectStatus(
      await call(h, lawyer, 'PATCH', `/api/legal-actions/${a.id}`, { version: 3, status: 'closed' }),
      200,
    );
    expect(closed.closedOn).toBe(dayFromNow(h, 0));
  });
});
