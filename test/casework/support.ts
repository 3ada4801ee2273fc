import type { LightMyRequestResponse } from 'fastify';
import { expect } from 'vitest';
import { changePassword } from '../../src/services/auth/change-password.js';
import { fullLogin } from '../auth/support/flows.js';
import type { Harness, TestUser } from '../support/harness.js';

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/** One API call as a user (or with no session at all). */
export function call(
  h: Harness,
  as: TestUser | null,
  method: Method,
  url: string,
  payload?: object,
): Promise<LightMyRequestResponse> {
  return h.app.inject({
    method,
    url,
    ...(as ? { headers: as.headers } : {}),
    ...(payload ? { payload } : {}),
  });
}

/** What a JSON answer parses to, unless the caller names its shape. */
type Body = ReturnType<typeof JSON.parse>;

/**
 * The JSON body (null when empty) of an answer that must have this status; the body is shown
 * when it has not. `parse` (such as a zod schema's) checks the shape of the body.
 */
export function expectStatus<T = Body>(r: LightMyRequestResponse, status: number, parse?: (body: Body) => T): T {
  expect(r.statusCode, r.body).toBe(status);
  const body: Body = r.body === '' ? null : r.json();
  return parse ? parse(body) : (body as T);
}

/** The fields named by a 400 problem. */
export function badFields(r: LightMyRequestResponse): string[] {
  expect(r.statusCode, r.body).toBe(400);
  return r.json<{ errors: { field: string }[] }>().errors.map((e) => e.field);
}

export async function newOrganization(h: Harness, as: TestUser, kind: string, name: string): Promise<string> {
  return expectStatus<{ id: string }>(await call(h, as, 'POST', '/api/organizations', { kind, name }), 201).id;
}

export async function newOfficial(
  h: Harness,
  as: TestUser,
  organizationId: string,
  roleTitle: string,
  given: string,
  family: string,
): Promise<string> {
  const r = await call(h, as, 'POST', '/api/directory', {
    organizationId,
    roleTitle,
    identity: { names: [{ script: 'latin', given, family, full: `${given} ${family}` }] },
  });
  return expectStatus<{ id: string }>(r, 201).id;
}

/** A case for a new (fictional) client, opened by `as`, optionally for one of their teams. */
export async function newCase(
  h: Harness,
  as: TestUser,
  given: string,
  family: string,
  teamId?: string,
): Promise<{ id: string; clientId: string; code: string }> {
  const r = await call(h, as, 'POST', '/api/cases', {
    client: { identity: { names: [{ script: 'latin', given, family, full: `${given} ${family}` }] } },
    ...(teamId ? { teamId } : {}),
  });
  return expectStatus(r, 201);
}

export async function assign(h: Harness, as: TestUser, caseId: string, user: TestUser): Promise<void> {
  expectStatus(await call(h, as, 'PUT', `/api/cases/${caseId}/assignments/${user.id}`), 204);
}

export async function auditRows(h: Harness) {
  return h.store.db.selectFrom('audit_log').selectAll().orderBy('seq').execute();
}

export async function auditCount(h: Harness): Promise<number> {
  return (await auditRows(h)).length;
}

/** The number of rows in each of the tables named: to check that a refused request wrote nothing. */
export async function rowCounts(h: Harness, tables: readonly string[]): Promise<Record<string, number>> {
  const out: Record<string, number> = {};
  for (const table of tables) {
    const r = await h.store.db
      .selectFrom(table as 'tasks')
      .select((eb) => eb.fn.countAll<number | string>().as('n'))
      .executeTakeFirstOrThrow();
    out[table] = Number(r.n);
  }
  return out;
}

/** The calendar day the app sees, plus `days`. */
export function dayFromNow(h: Harness, days: number): string {
  return new Date(h.clock.now().getTime() + days * 86_400_000).toISOString().slice(0, 10);
}

const ownPassword = new WeakSet<TestUser>();

/**
 * Move the app's clock on by whole days, and sign the users in again (their sessions have
 * idled out). Each first replaces the password the test account was created with, which
 * would expire after a few days.
 */
export async function advanceDays(h: Harness, days: number, users: TestUser[]): Promise<void> {
  for (const user of users) {
    if (ownPassword.has(user)) continue;
    const newPassword = `${user.password} of my own`;
    await changePassword(h.deps, user.actor, { currentPassword: user.password, newPassword, ip: '127.0.0.1' });
    user.password = newPassword;
    ownPassword.add(user);
  }
  h.clock.advance(days * 86_400_000);
  for (const user of users) {
    const token = await fullLogin(h, user);
    user.token = token;
    user.headers = { authorization: `Bearer ${token}` };
  }
}
