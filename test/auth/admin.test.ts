import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listUsers } from '../../src/services/users/list-users.js';
import { resetPassword } from '../../src/services/users/reset-password.js';
import { startHarness, type Harness, type TestUser } from '../support/harness.js';
import { postLogin } from './support/flows.js';

describe('administration of users and teams', () => {
  let h: Harness;
  let admin: TestUser;
  let lawyer: TestUser;

  beforeAll(async () => {
    h = await startHarness();
    admin = await h.user('admin');
    lawyer = await h.user('lawyer');
  });
  afterAll(() => h.close());

  const routes = [
    { method: 'GET', url: '/api/admin/users' },
    { method: 'POST', url: '/api/admin/users', payload: { username: 'x-user', displayName: 'X', role: 'lawyer' } },
    { method: 'PATCH', url: '/api/admin/users/:id', payload: { version: 1, role: 'admin' } },
    { method: 'POST', url: '/api/admin/users/:id/disable' },
    { method: 'POST', url: '/api/admin/users/:id/enable' },
    { method: 'POST', url: '/api/admin/users/:id/password', payload: {} },
    { method: 'GET', url: '/api/admin/teams' },
    { method: 'POST', url: '/api/admin/teams', payload: { name: 'Team X' } },
    { method: 'PUT', url: '/api/admin/teams/:id/members/:id' },
    { method: 'DELETE', url: '/api/admin/teams/:id/members/:id' },
  ] as const;

  it('refuses every admin route to a lawyer (403) and without a session (401), changing nothing', async () => {
    const before = await listUsers(h.deps, null);
    for (const r of routes) {
      const url = r.url.replaceAll(':id', lawyer.id);
      const payload = 'payload' in r ? r.payload : undefined;
      const asLawyer = await h.app.inject({ method: r.method, url, headers: lawyer.headers, payload });
      expect(asLawyer.statusCode, `${r.method} ${r.url}`).toBe(403);
      const anonymous = await h.app.inject({ method: r.method, url, payload });
      expect(anonymous.statusCode, `${r.method} ${r.url}`).toBe(401);
    }
    expect(await listUsers(h.deps, null)).toEqual(before);
    const refusals = await h.store.db
      .selectFrom('audit_log')
      .select('action')
      .where('actor_id', '=', lawyer.id)
      .where('outcome', '=', 'refused')
      .execute();
    expect(refusals.map((r) => r.action)).toEqual(expect.arrayContaining(['user:manage', 'team:manage']));
  });

  it('creates an account with a generated password shown once; it must set up a second factor', async () => {
    const r = await h.app.inject({
      method: 'POST',
      url: '/api/admin/users',
      headers: admin.headers,
      payload: { username: 'Nadia.Caseworker', displayName: 'Nadia (caseworker)', role: 'caseworker' },
    });
    expect(r.statusCode).toBe(201);
    const created = r.json();
    expect(created.username).toBe('nadia.caseworker');
    expect(created.initialPassword).toMatch(/^[A-Za-z0-9_-]{22}$/);
    const login = await postLogin(h, { username: 'nadia.caseworker', password: created.initialPassword });
    expect(login.json().secondFactor.step).toBe('enrol');

    const list = await h.app.inject({ method: 'GET', url: '/api/admin/users', headers: admin.headers });
    const row = list.json().items.find((u: { id: string }) => u.id === created.id);
    expect(row).toMatchObject({ role: 'caseworker', disabled: false, secondFactor: { totp: false, webauthn: 0 } });
    expect(JSON.stringify(list.json())).not.toMatch(/argon2|password/i);
    expect(list.json().items.find((u: { id: string }) => u.id === lawyer.id).secondFactor.totp).toBe(true);

    const audit = await h.store.db
      .selectFrom('audit_log')
      .select(['actor_id', 'details'])
      .where('action', '=', 'user.create')
      .where('target_id', '=', created.id)
      .executeTakeFirstOrThrow();
    expect(audit.actor_id).toBe(admin.id);
    expect(JSON.parse(audit.details)).toEqual({ role: 'caseworker', via: 'api' });
    expect(audit.details).not.toContain(created.initialPassword);
  });

  it('refuses a weak or common password and a taken username, naming the field', async () => {
    for (const [payload, field] of [
      [{ username: 'weak-one', displayName: 'Weak', role: 'lawyer', password: 'short' }, 'password'],
      [{ username: 'weak-two', displayName: 'Weak', role: 'lawyer', password: 'iloveyou1' }, 'password'],
      [{ username: 'weak-three', displayName: 'Weak', role: 'lawyer', password: 'x'.repeat(129) }, 'body.password'],
      [
        { username: lawyer.username, displayName: 'Taken', role: 'lawyer', password: 'a fine long passphrase' },
        'username',
      ],
    ] as const) {
      const r = await h.app.inject({ method: 'POST', url: '/api/admin/users', headers: admin.headers, payload });
      expect(r.statusCode).toBe(400);
      expect(r.json().errors[0].field).toBe(field);
    }
    const ok = await h.app.inject({
      method: 'POST',
      url: '/api/admin/users',
      headers: admin.headers,
      payload: { username: 'fine-one', displayName: 'Fine', role: 'lawyer', password: 'seven-word' },
    });
    expect(ok.statusCode).toBe(201);
  });

  it('changes a role (stale version refused) and ends the account’s sessions', async () => {
    const user = await h.user('caseworker');
    const stale = await h.app.inject({
      method: 'PATCH',
      url: `/api/admin/users/${user.id}`,
      headers: admin.headers,
      payload: { version: 7, role: 'supervisor' },
    });
    expect(stale.statusCode).toBe(409);
    const r = await h.app.inject({
      method: 'PATCH',
      url: `/api/admin/users/${user.id}`,
      headers: admin.headers,
      payload: { version: 1, role: 'supervisor' },
    });
    expect(r.statusCode).toBe(200);
    expect(r.json()).toMatchObject({ role: 'supervisor', version: 2 });
    expect((await h.app.inject({ method: 'GET', url: '/api/session', headers: user.headers })).statusCode).toBe(401);
  });

  it('does not let an administrator disable or demote themselves', async () => {
    const r = await h.app.inject({
      method: 'POST',
      url: `/api/admin/users/${admin.id}/disable`,
      headers: admin.headers,
    });
    expect(r.statusCode).toBe(400);
    expect(r.json().errors[0].field).toBe('userId');
  });

  it('resets a password: sessions end, the old password fails, the new one works', async () => {
    const user = await h.user('lawyer');
    const r = await h.app.inject({
      method: 'POST',
      url: `/api/admin/users/${user.id}/password`,
      headers: admin.headers,
      payload: { resetSecondFactor: true },
    });
    expect(r.statusCode).toBe(200);
    const { initialPassword } = r.json();
    expect((await h.app.inject({ method: 'GET', url: '/api/session', headers: user.headers })).statusCode).toBe(401);
    expect((await postLogin(h, user)).statusCode).toBe(401);
    const again = await postLogin(h, { username: user.username, password: initialPassword });
    expect(again.statusCode).toBe(201);
    expect(again.json().secondFactor.step).toBe('enrol');
    const missing = await h.app.inject({
      method: 'POST',
      url: `/api/admin/users/${crypto.randomUUID()}/password`,
      headers: admin.headers,
      payload: {},
    });
    expect(missing.statusCode).toBe(404);
  });

  it('lets the operator at the command line reset a password, recorded as such', async () => {
    const user = await h.user('lawyer');
    await resetPassword(h.deps, null, user.id, { password: 'operator chosen phrase' });
    const audit = await h.store.db
      .selectFrom('audit_log')
      .select(['actor_id', 'details'])
      .where('action', '=', 'user.reset-password')
      .where('target_id', '=', user.id)
      .executeTakeFirstOrThrow();
    expect(audit.actor_id).toBeNull();
    expect(JSON.parse(audit.details)).toMatchObject({ via: 'cli', generated: false });
  });

  it('creates teams and manages their members, which changes what cases a member sees', async () => {
    const created = await h.app.inject({
      method: 'POST',
      url: '/api/admin/teams',
      headers: admin.headers,
      payload: { name: 'Tirana office' },
    });
    expect(created.statusCode).toBe(201);
    const teamId = created.json().id as string;
    const dup = await h.app.inject({
      method: 'POST',
      url: '/api/admin/teams',
      headers: admin.headers,
      payload: { name: 'Tirana office' },
    });
    expect(dup.statusCode).toBe(400);

    const add = await h.app.inject({
      method: 'PUT',
      url: `/api/admin/teams/${teamId}/members/${lawyer.id}`,
      headers: admin.headers,
    });
    expect(add.statusCode).toBe(204);
    const me = await h.app.inject({ method: 'GET', url: '/api/session', headers: lawyer.headers });
    expect(me.json().teamIds).toEqual([teamId]);
    const list = await h.app.inject({ method: 'GET', url: '/api/admin/teams', headers: admin.headers });
    expect(list.json().items).toEqual([
      expect.objectContaining({
        id: teamId,
        name: 'Tirana office',
        members: [{ userId: lawyer.id, username: lawyer.username }],
      }),
    ]);

    const remove = await h.app.inject({
      method: 'DELETE',
      url: `/api/admin/teams/${teamId}/members/${lawyer.id}`,
      headers: admin.headers,
    });
    expect(remove.statusCode).toBe(204);
    expect(
      (await h.app.inject({ method: 'GET', url: '/api/session', headers: lawyer.headers })).json().teamIds,
    ).toEqual([]);
    const again = await h.app.inject({
      method: 'DELETE',
      url: `/api/admin/teams/${teamId}/members/${lawyer.id}`,
      headers: admin.headers,
    });
    expect(again.statusCode).toBe(404);
    const actions = await h.store.db.selectFrom('audit_log').select('action').where('target_id', '=', teamId).execute();
    expect(actions.map((a) => a.action)).toEqual(['team.create', 'team.add-member', 'team.remove-member']);
  });
});
