import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROBLEM_TYPES } from '../../src/api/problem.js';
import { ROLES, type Role } from '../../src/domain/role.js';
import { allows } from '../../src/security/policy.js';
import { startHarness, type Harness, type TestUser } from '../support/harness.js';
import { describeRule, expectedAnswer, isTargeted, type Expected, type Reach } from './access-rule.js';
import { registeredRoutes, splitRoute, type HttpMethod, type RouteKey } from './registered-routes.js';
import type { CallContext, RouteSpec } from './route-spec.js';
import { routeTable } from './route-table.js';
import { fullSession, pendingSession, sessionIdOf } from './sessions.js';
import { officialRoutes } from './official-routes.js';
import { missingTarget, reachOf, type Target } from './target.js';
import { send } from './walk-request.js';
import { setUpWalk, type WalkSetup } from './walk-setup.js';

const STATUS: Record<Expected, string> = { allowed: '2xx', 'not-found': '404', forbidden: '403' };
const WALK_TIMEOUT = 300_000;

const isSuccess = (status: number) => status >= 200 && status < 300;

function answers(expected: Expected, status: number): boolean {
  if (expected === 'allowed') return isSuccess(status);
  return status === (expected === 'not-found' ? 404 : 403);
}

function excerpt(r: LightMyRequestResponse): string {
  const type = String(r.headers['content-type'] ?? '');
  return type.includes('json') ? r.body.slice(0, 300) : `(${type})`;
}

describe('every route answers as its access rule says', () => {
  let h: Harness;
  let s: WalkSetup;
  let routes: RouteKey[];
  const table = routeTable();

  beforeAll(async () => {
    h = await startHarness();
    s = await setUpWalk(h);
    routes = registeredRoutes(h.app);
  }, WALK_TIMEOUT);
  afterAll(() => h.close());

  /** The declared routes the server answers, in the order of the table. */
  const walked = () => [...table].filter(([route]) => routes.includes(route));

  /** Build the route's request for the context and send it (with the user's session unless it names another). */
  async function call(spec: RouteSpec, c: CallContext, token?: string | null): Promise<LightMyRequestResponse> {
    const request = await spec.request(c);
    const r = await send(
      h,
      request,
      token !== undefined ? token : request.token !== undefined ? request.token : c.as.token,
    );
    if (isSuccess(r.statusCode)) request.onSuccess?.(r);
    return r;
  }

  /** A fresh proof for a user, so that reveals and second-factor changes are not refused for want of one. */
  async function stepUp(user: TestUser): Promise<void> {
    const r = await send(
      h,
      { method: 'POST', url: '/api/session/step-up', payload: { password: user.password } },
      user.token,
    );
    expect(r.statusCode, r.body).toBe(200);
  }

  it('reads every route from the router', async () => {
    for (const route of routes) {
      const { method, path } = splitRoute(route);
      expect(h.app.hasRoute({ method, url: path }), route).toBe(true);
    }
    const doc = (await h.app.inject({ method: 'GET', url: '/api/openapi.json' })).json();
    const documented = Object.entries(doc.paths as Record<string, Record<string, unknown>>).flatMap(([path, ops]) =>
      Object.keys(ops).map((m) => `${m.toUpperCase() as HttpMethod} ${path.replace(/\{(\w+)\}/g, ':$1')}` as RouteKey),
    );
    expect(documented.filter((r) => !routes.includes(r))).toEqual([]);
    // Routes hidden from the document are listed too.
    expect(routes).toContain('GET /api/openapi.json');
  });

  it('has a declared access rule for every route', () => {
    const undeclared = routes.filter((route) => !table.has(route));
    expect(
      undeclared,
      `routes without an access rule: declare each in test/access/table/ with its rule and a valid request`,
    ).toEqual([]);
  });

  it('answers 401 without a session on every route that is not public', async () => {
    const wrong: string[] = [];
    for (const [route, spec] of walked()) {
      if (spec.rule.kind === 'public') continue;
      const r = await call(spec, { w: s.w, as: s.w.ownerA, t: s.own }, null);
      if (r.statusCode !== 401) wrong.push(`${route}: expected 401, got ${r.statusCode} ${excerpt(r)}`);
    }
    expect(wrong).toEqual([]);
  });

  it('answers 403 to a session awaiting its second factor, except on the routes that complete or end it', async () => {
    const owner = s.w.ownerA;
    // The security-key routes register a key for the owner first, which needs a recent proof.
    await stepUp(owner);
    const pending = await pendingSession(h, owner);
    const wrong: string[] = [];
    for (const [route, spec] of walked()) {
      if (spec.rule.kind === 'public') continue;
      const open = spec.rule.kind === 'signed-in' && spec.rule.beforeSecondFactor === true;
      const r = await call(spec, { w: s.w, as: owner, t: s.own }, open ? await pendingSession(h, owner) : pending);
      const refused = r.statusCode === 403 && r.json<{ type: string }>().type === PROBLEM_TYPES.secondFactorRequired;
      if (open && (refused || r.statusCode === 401)) {
        wrong.push(`${route}: usable before the second factor, got ${r.statusCode} ${excerpt(r)}`);
      }
      if (!open && !refused)
        wrong.push(`${route}: expected 403 second-factor-required, got ${r.statusCode} ${excerpt(r)}`);
    }
    expect(wrong).toEqual([]);
  });

  it("answers 404 to ending another user's session, exactly as for a session that does not exist", async () => {
    const lawyer = s.w.subjects.lawyer;
    const theirs = await sessionIdOf(h, await fullSession(h, s.w.ownerB));
    const end = (id: string) => send(h, { method: 'DELETE', url: `/api/sessions/${id}` }, lawyer.token);
    const refused = await end(theirs);
    const missing = await end(crypto.randomUUID());
    expect(refused.statusCode).toBe(404);
    expect(refused.body).toBe(missing.body);
    const still = await send(h, { method: 'GET', url: '/api/session/list' }, s.w.ownerB.token);
    expect(still.json<{ items: { id: string }[] }>().items.map((i) => i.id)).toContain(theirs);
  });

  /** Routes that answered 2xx at least once in the walks: their requests are valid. */
  const succeeded = new Set<RouteKey>();

  /**
   * Every route as `as`, on the case they see (`visible`), the case they must not see (`hidden`),
   * and a missing record: the answers the policy gives, nothing of the hidden case in a success,
   * and a refusal that reads exactly like a record that does not exist.
   */
  async function walkAs(as: TestUser, visible: Target, hidden: Target): Promise<string[]> {
    await stepUp(as);
    const reach = new Map<Target, Reach>([
      [visible, await reachOf(h, visible)],
      [hidden, await reachOf(h, hidden)],
    ]);
    const hiddenIds = [...Object.values(hidden.rec), ...s.bridge.ids];
    const who = `${as.actor.role} ${as.username}`;
    const wrong: string[] = [];
    for (const [route, spec] of walked()) {
      const targets = isTargeted(spec.rule) ? [visible, hidden] : [visible];
      let notFound: string | null = null;
      for (const t of targets) {
        const expected = expectedAnswer(spec.rule, as.actor, reach.get(t)!);
        const where = isTargeted(spec.rule) ? ` on the ${t === visible ? 'visible' : 'hidden'} case` : '';
        let r: LightMyRequestResponse;
        try {
          r = await call(spec, { w: s.w, as, t });
        } catch (err) {
          wrong.push(`${route} as ${who}${where}: the request could not be made: ${String(err)}`);
          continue;
        }
        if (!answers(expected, r.statusCode)) {
          wrong.push(
            `${route} as ${who}${where} (${describeRule(spec.rule)}): expected ${STATUS[expected]}, got ${r.statusCode} ${excerpt(r)}`,
          );
        }
        if (r.statusCode === 404) notFound = r.body;
        if (isSuccess(r.statusCode)) {
          succeeded.add(route);
          const leaked = spec.showsEveryCase ? [] : hiddenIds.filter((id) => r.body.includes(id));
          if (leaked.length > 0)
            wrong.push(`${route} as ${who}${where}: shows records of the hidden case: ${leaked.join(', ')}`);
        }
      }
      if (isTargeted(spec.rule)) {
        const nowhere = missingTarget();
        const missing = await call(spec, { w: s.w, as, t: nowhere });
        const status = expectedAnswer(spec.rule, as.actor, await reachOf(h, nowhere)) === 'forbidden' ? 403 : 404;
        if (missing.statusCode !== status) {
          wrong.push(
            `${route} as ${who} on a missing record: expected ${status}, got ${missing.statusCode} ${excerpt(missing)}`,
          );
        } else if (notFound !== null && missing.body !== notFound) {
          wrong.push(`${route} as ${who}: refused with ${notFound}, but a missing record answers ${missing.body}`);
        }
      }
    }
    return wrong;
  }

  it.each(ROLES)(
    'answers the %s as the policy says on every route: their case, another team’s case, a missing record',
    async (role: Role) => {
      expect(await walkAs(s.w.subjects[role], s.own, s.other)).toEqual([]);
    },
    WALK_TIMEOUT,
  );

  it(
    'answers a lawyer of the other case’s team as the policy says: its records are as real as the subjects’ own',
    async () => {
      expect(await walkAs(s.w.colleagueB, s.other, s.own)).toEqual([]);
    },
    WALK_TIMEOUT,
  );

  it.each(ROLES)('answers the %s on an official of the directory as the directory actions say', async (role: Role) => {
    const as = s.w.subjects[role];
    await stepUp(as);
    const wrong: string[] = [];
    for (const { route, action, request } of officialRoutes) {
      const expected = action !== null && allows(as.actor, action) ? 'allowed' : 'not-found';
      const r = await send(h, await request(s.w), as.token);
      if (!answers(expected, r.statusCode)) {
        wrong.push(
          `${route} on an official as ${role}: expected ${STATUS[expected]}, got ${r.statusCode} ${excerpt(r)}`,
        );
      }
    }
    expect(wrong).toEqual([]);
  });

  it('shows a record of both cases only to a user who sees both, and refuses it to others as if missing', async () => {
    const wrong: string[] = [];
    for (const request of s.bridge.requests) {
      const r = await request(s.w);
      const seen = await send(h, r, s.bridge.lawyer.token);
      if (!isSuccess(seen.statusCode)) wrong.push(`${r.method} ${r.url} as the lawyer of both: got ${seen.statusCode}`);
      const missing = await send(
        h,
        { ...r, url: r.url.replace(/[0-9a-f-]{36}/, crypto.randomUUID()) },
        s.w.ownerA.token,
      );
      for (const as of [...Object.values(s.w.subjects), s.w.ownerA, s.w.colleagueB]) {
        const refused = await send(h, await request(s.w), as.token);
        if (refused.statusCode !== 404 || refused.body !== missing.body) {
          wrong.push(
            `${r.method} ${r.url} as ${as.username}: expected 404 as if missing, got ${refused.statusCode} ${excerpt(refused)}`,
          );
        }
      }
    }
    expect(wrong).toEqual([]);
  });

  it('has made a valid request to every route: each answered 2xx to someone allowed', () => {
    expect(
      walked()
        .map(([route]) => route)
        .filter((route) => !succeeded.has(route)),
    ).toEqual([]);
  });
});
