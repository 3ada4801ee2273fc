import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, type Harness, type TestUser } from '../support/harness.js';
import { auditRows, badFields, call, expectStatus } from '../casework/support.js';
import { latinName, persianName, registerClient } from './support.js';

describe('a likely duplicate is warned of when a person is registered', () => {
  let h: Harness;
  let lawyer: TestUser;
  let otherTeamLawyer: TestUser;
  let analyst: TestUser;
  let teamId: string;
  let existing: { id: string; clientId: string };

  beforeAll(async () => {
    h = await startHarness();
    lawyer = await h.user('lawyer', { teams: ['Durres desk'] });
    otherTeamLawyer = await h.user('lawyer', { teams: ['Vlora desk'] });
    analyst = await h.user('analyst');
    teamId = lawyer.actor.teamIds[0]!;
    existing = await registerClient(
      h,
      lawyer,
      { names: [latinName('Mohammad', 'Rezaei')], aliases: ['Mohamad Rezaie'], birthDate: '1984', nationality: 'IR' },
      teamId,
    );
    expect(existing).toMatchObject({ duplicateWarning: null });
  });
  afterAll(() => h.close());

  it('warns when "محمد رضایی" is registered while "Mohammad Rezaei" (alias "Mohamad Rezaie") exists', async () => {
    const r = await registerClient(h, lawyer, { names: [persianName('محمد رضایی')], birthDate: '1984' }, teamId);
    expect(r.duplicateWarning).toEqual({
      visible: [{ personId: existing.clientId, label: 'M. R.', caseIds: [existing.id], score: expect.any(Number) }],
      elsewhere: false,
    });
    const entry = (await auditRows(h)).find((a) => a.action === 'case.create' && a.target_id === r.id);
    expect(entry).toMatchObject({ case_id: r.id, actor_id: lawyer.id });
    expect(JSON.parse(entry!.details)).toMatchObject({
      duplicatesShown: [existing.clientId],
      duplicateElsewhere: false,
    });
    expect(entry?.details).not.toContain('Rezaei');
  });

  it('warns a relative added to a case too, and the check endpoint answers the same before saving', async () => {
    const added = await call(h, lawyer, 'POST', `/api/cases/${existing.id}/people`, {
      kind: 'family_member',
      relationship: 'brother',
      identity: { names: [latinName('Mohamad', 'Rezaie')] },
    });
    expect(expectStatus(added, 201).duplicateWarning.visible.map((v: { personId: string }) => v.personId)).toContain(
      existing.clientId,
    );
    const check = await call(h, lawyer, 'POST', '/api/people/duplicate-check', {
      names: [{ script: 'latin', full: 'Rezaee, Muhammad' }],
    });
    expect(expectStatus(check, 200).duplicateWarning.visible.map((v: { personId: string }) => v.personId)).toContain(
      existing.clientId,
    );
  });

  it('does not warn of two different people who share only a common family name', async () => {
    const r = await registerClient(h, lawyer, { names: [latinName('Zahra', 'Rezaei')], birthDate: '1990' }, teamId);
    expect(r.duplicateWarning).toBeNull();
    const check = await call(h, lawyer, 'POST', '/api/people/duplicate-check', {
      names: [persianName('علی رضایی')],
    });
    expect(expectStatus(check, 200)).toEqual({ duplicateWarning: null });
  });

  it('does not warn of a namesake whose birth year is far from the new person’s', async () => {
    const check = await call(h, lawyer, 'POST', '/api/people/duplicate-check', {
      names: [persianName('محمد رضایی')],
      birthDate: '1962',
    });
    // Only the relative registered without a birth date is still proposed.
    const shown = expectStatus(check, 200).duplicateWarning.visible.map((v: { personId: string }) => v.personId);
    expect(shown).not.toContain(existing.clientId);
    expect(shown).toHaveLength(1);
  });

  it('tells a user who cannot see the existing record only that a likely duplicate exists elsewhere', async () => {
    const r = await call(h, otherTeamLawyer, 'POST', '/api/people/duplicate-check', {
      names: [persianName('محمد رضایی')],
      birthDate: '1984',
    });
    const body = expectStatus(r, 200);
    expect(body).toEqual({ duplicateWarning: { visible: [], elsewhere: true } });
    expect(r.body).not.toContain(existing.clientId);
    expect(r.body).not.toContain(existing.id);
    const entry = (await auditRows(h)).filter((a) => a.action === 'person.duplicate-check').at(-1);
    expect(entry).toMatchObject({ actor_id: otherTeamLawyer.id });
    expect(JSON.parse(entry!.details)).toEqual({ duplicatesShown: [], duplicateElsewhere: true });
  });

  it('refuses the check to a role that registers no one, and bad input with the field named', async () => {
    const body = { names: [persianName('محمد رضایی')] };
    expect((await call(h, analyst, 'POST', '/api/people/duplicate-check', body)).statusCode).toBe(403);
    expect((await call(h, null, 'POST', '/api/people/duplicate-check', body)).statusCode).toBe(401);
    expect(badFields(await call(h, lawyer, 'POST', '/api/people/duplicate-check', { names: [] }))).toEqual([
      'body.names',
    ]);
    expect(
      badFields(
        await call(h, lawyer, 'POST', '/api/people/duplicate-check', {
          names: [{ script: 'latin', full: 'x'.repeat(251) }],
        }),
      ),
    ).toEqual(['body.names.0.full']);
    expect(
      badFields(await call(h, lawyer, 'POST', '/api/people/duplicate-check', { ...body, location: 'Tirana' })),
    ).toEqual(['body']);
  });
});
