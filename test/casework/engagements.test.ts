import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, type Harness, type TestUser } from '../support/harness.js';
import {
  assign,
  auditRows,
  badFields,
  call,
  dayFromNow,
  expectStatus,
  newCase,
  newOfficial,
  newOrganization,
  rowCounts,
} from './support.js';

const TABLES = ['engagements', 'engagement_cases', 'engagement_attendees', 'minutes_items', 'tasks'];

describe('engagements with organizations and their minutes', () => {
  let h: Harness;
  let lawyer: TestUser;
  let colleague: TestUser;
  let agency: string;
  let ministry: string;
  let officer: string;
  let caseA: { id: string; clientId: string };
  let caseB: { id: string; clientId: string };
  let other: { id: string; clientId: string };

  beforeAll(async () => {
    h = await startHarness();
    lawyer = await h.user('lawyer');
    colleague = await h.user('lawyer');
    agency = await newOrganization(h, lawyer, 'un_agency', 'Refugee agency, Tirana office');
    ministry = await newOrganization(h, lawyer, 'government_office', 'Ministry of the Interior');
    officer = await newOfficial(h, lawyer, agency, 'Legal protection officer', 'Dafina', 'Mehmetaj');
    caseA = await newCase(h, lawyer, 'Kaveh', 'Zarandi');
    caseB = await newCase(h, lawyer, 'Parviz', 'Molavi');
    other = await newCase(h, colleague, 'Nasrin', 'Fallahi');
    // The colleague works on case A too, but not on case B.
    await assign(h, lawyer, caseA.id, colleague);
  });
  afterAll(() => h.close());

  async function request(caseIds: string[] = [caseA.id, caseB.id], requestedOn = dayFromNow(h, -12)) {
    const r = await call(h, lawyer, 'POST', '/api/engagements', {
      organizationId: agency,
      requestedOn,
      channel: 'email',
      subject: 'Meeting on support and status of the leavers K. Z. and P. M.',
      caseIds,
    });
    return expectStatus<{ id: string; caseIds: string[] }>(r, 201);
  }

  it('records a request and the meeting that followed, with its attendees and latency', async () => {
    const created = await request();
    expect(created).toMatchObject({
      status: 'requested',
      requestedBy: { id: lawyer.id },
      organization: { id: agency, name: 'Refugee agency, Tirana office' },
      latencyDays: null,
      minutes: [],
    });
    expect(created.caseIds).toEqual([caseA.id, caseB.id].sort());

    const held = await call(h, lawyer, 'POST', `/api/engagements/${created.id}/outcome`, {
      version: 1,
      status: 'held',
      on: dayFromNow(h, 0),
      place: 'Agency office, Tirana',
      attendees: [
        { personId: officer, role: 'legal protection officer' },
        { personId: caseA.clientId, role: 'client' },
        { userId: lawyer.id, role: 'counsel' },
      ],
    });
    const meeting = expectStatus(held, 200);
    expect(meeting).toMatchObject({ status: 'held', latencyDays: 12, place: 'Agency office, Tirana', version: 2 });
    expect(meeting.attendees).toEqual([
      { personId: officer, userId: null, label: 'D. M.', kind: 'official', role: 'legal protection officer' },
      { personId: caseA.clientId, userId: null, label: 'K. Z.', kind: 'client', role: 'client' },
      { personId: null, userId: lawyer.id, label: expect.any(String), kind: 'staff', role: 'counsel' },
    ]);

    const raw = await h.store.db
      .selectFrom('engagements')
      .selectAll()
      .where('id', '=', created.id)
      .executeTakeFirstOrThrow();
    expect(Buffer.from(raw.subject).toString('latin1')).not.toContain('leavers');
    expect(Buffer.from(raw.place!).toString('latin1')).not.toContain('Tirana');
    const entries = (await auditRows(h)).filter((e) => e.target_id === created.id);
    expect(entries.map((e) => e.action)).toEqual(['engagement.create', 'engagement.outcome']);
    for (const e of entries) expect(e.details).not.toMatch(/Tirana|leavers/);
  });

  it('turns commitments and referrals given into follow-ups for the author, due 14 days after the meeting', async () => {
    const e = await request();
    const meetingDay = dayFromNow(h, -2);
    expectStatus(
      await call(h, lawyer, 'POST', `/api/engagements/${e.id}/outcome`, { version: 1, status: 'held', on: meetingDay }),
      200,
    );
    const r = await call(h, lawyer, 'POST', `/api/engagements/${e.id}/minutes`, {
      items: [
        { kind: 'question', speaker: { userId: lawyer.id }, text: 'Does the agency pay the leavers monthly?' },
        { kind: 'answer', speaker: { personId: officer }, text: 'We paid support in 2016; the money ran out.' },
        { kind: 'statement', speaker: { personId: caseA.clientId }, text: 'I was told I would be called a spy.' },
        { kind: 'commitment', speaker: { organizationId: agency }, text: 'The agency will send the list of partners.' },
        {
          kind: 'referral_given',
          speaker: { personId: officer },
          refersToOrganizationId: ministry,
          text: 'Residence questions go to the Interior Ministry.',
          followUpDays: 7,
        },
      ],
    });
    const withMinutes = expectStatus(r, 201);
    expect(withMinutes.minutes.map((i: { position: number; kind: string }) => [i.position, i.kind])).toEqual([
      [1, 'question'],
      [2, 'answer'],
      [3, 'statement'],
      [4, 'commitment'],
      [5, 'referral_given'],
    ]);
    expect(withMinutes.minutes[1].speaker).toEqual({ personId: officer, label: 'D. M.' });
    expect(withMinutes.minutes[3].speaker).toEqual({ organizationId: agency, label: 'Refugee agency, Tirana office' });
    expect(withMinutes.minutes[4].refersTo).toEqual({ id: ministry, name: 'Ministry of the Interior' });

    const followUps = withMinutes.followUps as { dueOn: string; assigneeId: string; kind: string; source: unknown }[];
    expect(followUps).toHaveLength(2);
    const plus = (days: number) => new Date(Date.parse(meetingDay) + days * 86_400_000).toISOString().slice(0, 10);
    expect(followUps.map((t) => t.dueOn).sort()).toEqual([plus(7), plus(14)]);
    for (const t of followUps) expect(t).toMatchObject({ kind: 'follow_up', assigneeId: lawyer.id, status: 'open' });
    expect(followUps.map((t) => t.source)).toEqual(
      expect.arrayContaining([{ kind: 'minutes_item', id: withMinutes.minutes[3].id }]),
    );

    const stored = await h.store.db.selectFrom('minutes_items').selectAll().where('engagement_id', '=', e.id).execute();
    for (const row of stored) expect(Buffer.from(row.text).toString('latin1')).not.toMatch(/spy|2016|partners/);
    const audit = (await auditRows(h)).filter(
      (a) => a.action.startsWith('task.') || a.action.startsWith('engagement.'),
    );
    for (const a of audit) expect(a.details).not.toMatch(/spy|partners|Interior/);

    // A correction of one item, by version.
    const item = withMinutes.minutes[2];
    const fixed = await call(h, lawyer, 'PATCH', `/api/engagements/${e.id}/minutes/${item.id}`, {
      version: 1,
      text: 'I was told I would be called an agent of a foreign state.',
    });
    expect(expectStatus(fixed, 200)).toMatchObject({ version: 2, text: expect.stringContaining('foreign state') });
    const stale = await call(h, lawyer, 'PATCH', `/api/engagements/${e.id}/minutes/${item.id}`, {
      version: 1,
      text: 'x',
    });
    expect(stale.statusCode).toBe(409);
  });

  it('refuses a meeting before its request, a transition not allowed, and strangers as attendees, writing nothing', async () => {
    const e = await request([caseA.id], dayFromNow(h, -5));
    const before = await rowCounts(h, TABLES);
    const auditBefore = (await auditRows(h)).length;
    const outcome = (body: object) =>
      call(h, lawyer, 'POST', `/api/engagements/${e.id}/outcome`, { version: 1, ...body });

    expect(badFields(await outcome({ status: 'held', on: dayFromNow(h, -6) }))).toEqual(['on']);
    expect(badFields(await outcome({ status: 'held', on: dayFromNow(h, 1) }))).toEqual(['on']);
    expect(badFields(await outcome({ status: 'requested', on: dayFromNow(h, 0) }))).toEqual(['body.status']);
    expect(badFields(await outcome({ status: 'declined', on: dayFromNow(h, 0), place: 'Tirana' }))).toEqual([
      'body.status',
    ]);
    // The client of another case is no one to this engagement.
    expect(
      badFields(
        await outcome({
          status: 'held',
          on: dayFromNow(h, 0),
          attendees: [{ personId: other.clientId, role: 'client' }],
        }),
      ),
    ).toEqual(['attendees.0.personId']);
    expect(
      badFields(await outcome({ status: 'held', on: dayFromNow(h, 0), attendees: [{ role: 'officer' }] })),
    ).toEqual(['body.attendees.0']);
    // Minutes belong to a meeting held or an answer received.
    expect(
      badFields(
        await call(h, lawyer, 'POST', `/api/engagements/${e.id}/minutes`, {
          items: [{ kind: 'statement', speaker: { organizationId: agency }, text: 'x' }],
        }),
      ),
    ).toEqual(['items']);
    expect(await rowCounts(h, TABLES)).toEqual(before);
    expect((await auditRows(h)).length).toBe(auditBefore);

    expectStatus(await outcome({ status: 'declined', on: dayFromNow(h, 0) }), 200);
    const again = await call(h, lawyer, 'POST', `/api/engagements/${e.id}/outcome`, {
      version: 2,
      status: 'held',
      on: dayFromNow(h, 0),
    });
    expect(badFields(again)).toEqual(['status']);
    expect(again.json().errors[0].message).toBe('an engagement cannot go from declined to held');
    const stale = await outcome({ status: 'withdrawn', on: dayFromNow(h, 0) });
    expect(stale.statusCode).toBe(409);
  });

  it('shows an engagement only to someone who may see every case it concerns', async () => {
    const both = await request([caseA.id, caseB.id]);
    const onlyA = await request([caseA.id]);
    // The colleague works on case A but not B: the meeting about both is as if it did not exist.
    const hidden = await call(h, colleague, 'GET', `/api/engagements/${both.id}`);
    const missing = await call(h, colleague, 'GET', `/api/engagements/${crypto.randomUUID()}`);
    expect(hidden.statusCode).toBe(404);
    expect(hidden.body).toBe(missing.body);
    expectStatus(await call(h, colleague, 'GET', `/api/engagements/${onlyA.id}`), 200);
    const listed = expectStatus(await call(h, colleague, 'GET', `/api/cases/${caseA.id}/engagements`), 200);
    const ids = listed.items.map((i: { id: string }) => i.id);
    expect(ids).toContain(onlyA.id);
    expect(ids).not.toContain(both.id);
    const refused = (await auditRows(h)).filter((a) => a.outcome === 'refused' && a.target_id === both.id);
    expect(refused.map((a) => [a.actor_id, a.action])).toEqual([[colleague.id, 'engagement.read']]);
    // Linking a case one may not update is refused as for any case.
    const foreign = await call(h, lawyer, 'POST', '/api/engagements', {
      organizationId: agency,
      requestedOn: dayFromNow(h, 0),
      channel: 'letter',
      subject: 'x',
      caseIds: [caseA.id, other.id],
    });
    expect(foreign.statusCode).toBe(404);
  });
});
