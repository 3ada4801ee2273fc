import { randomBytes } from 'node:crypto';
import { newClient } from '../domain/case.js';
import { identity, location } from '../domain/person.js';
import type { Role } from '../domain/role.js';
import type { Actor } from '../security/roles.js';
import { assignUser } from '../services/cases/assign-user.js';
import { createCase } from '../services/cases/create-case.js';
import { updateCase } from '../services/cases/update-case.js';
import type { Deps } from '../services/deps.js';
import { addNote } from '../services/notes/add-note.js';
import { createOrganization } from '../services/organizations/create-organization.js';
import { addCasePerson } from '../services/people/add-case-person.js';
import { createOfficial } from '../services/people/create-official.js';
import { createUser } from '../services/users/create-user.js';
import { countCases } from '../store/cases.js';
import { findUserByUsername } from '../store/users.js';
import {
  DEMO_CASES,
  DEMO_OFFICIALS,
  DEMO_ORGANIZATIONS,
  DEMO_USERS,
  type DemoOrganizationKey,
  type DemoUserKey,
} from './demo-data.js';

/** Marks what the loader did in place of a session id. */
const DEMO_SESSION_ID = 'cli:demo';

export class DemoRefusedError extends Error {
  constructor() {
    super('the store already holds cases: run "safehold demo --force" to add the demo data to them');
    this.name = 'DemoRefusedError';
  }
}

export interface DemoAccount {
  username: string;
  displayName: string;
  role: Role;
  /** Shown once, to the operator who loaded the demo. */
  password: string;
}

export interface DemoResult {
  accounts: DemoAccount[];
  counts: { organizations: number; officials: number; cases: number; people: number; notes: number };
}

/**
 * Load the fictional demo data set through the use cases, acting as the demo users, so that
 * everything is encrypted and audited as real work would be. Refuses a store that already
 * holds cases unless forced.
 */
export async function loadDemo(deps: Deps, opts: { force: boolean }): Promise<DemoResult> {
  if (!opts.force && (await countCases(deps.db)) > 0) throw new DemoRefusedError();
  const counts = { organizations: 0, officials: 0, cases: 0, people: 0, notes: 0 };

  const accounts: DemoAccount[] = [];
  const actors = {} as Record<DemoUserKey, Actor>;
  for (const u of DEMO_USERS) {
    const password = randomBytes(12).toString('base64url');
    const username = await freeUsername(deps, u.key);
    const created = await createUser(deps, null, { username, displayName: u.displayName, role: u.role, password });
    accounts.push({ username, displayName: u.displayName, role: u.role, password });
    actors[u.key] = actingAs(created.id, u.role, deps.now());
  }
  const { lawyer, caseworker, supervisor } = actors;

  const organizations = {} as Record<DemoOrganizationKey, string>;
  for (const o of DEMO_ORGANIZATIONS) {
    organizations[o.key] = (await createOrganization(deps, lawyer, o.input)).id;
    counts.organizations += 1;
  }
  for (const o of DEMO_OFFICIALS) {
    await createOfficial(deps, lawyer, {
      identity: identity.parse(o.identity),
      organizationId: organizations[o.organization],
      roleTitle: o.roleTitle,
    });
    counts.officials += 1;
  }

  for (const c of DEMO_CASES) {
    const opened = await createCase(deps, lawyer, {
      client: newClient.parse(c.client),
      openedOn: c.openedOn,
      summary: c.summary,
    });
    await updateCase(deps, lawyer, opened.id, { version: opened.version, status: 'open' });
    await assignUser(deps, lawyer, opened.id, supervisor.userId);
    if (c.withCaseworker) await assignUser(deps, lawyer, opened.id, caseworker.userId);
    counts.cases += 1;
    counts.people += 1;
    for (const p of c.people) {
      await addCasePerson(deps, lawyer, opened.id, {
        kind: p.kind,
        relationship: p.relationship,
        identity: identity.parse(p.identity),
        location: p.location ? location.parse(p.location) : null,
      });
      counts.people += 1;
    }
    for (const n of c.notes) {
      await addNote(deps, actors[n.author], opened.id, n.body);
      counts.notes += 1;
    }
  }
  return { accounts, counts };
}

/**
 * The operator at the command line (who holds the passphrase, and so the whole installation)
 * acting as a demo user: there is no session behind it and no second factor to wait for.
 */
function actingAs(userId: string, role: Role, now: Date): Actor {
  return { userId, role, teamIds: [], authenticatedAt: now, sessionId: DEMO_SESSION_ID, awaitingSecondFactor: false };
}

/** The demo username, or the first free one with a number after it when it is taken. */
async function freeUsername(deps: Deps, base: string): Promise<string> {
  for (let n = 1; ; n += 1) {
    const candidate = n === 1 ? base : `${base}-${n}`;
    if (!(await findUserByUsername(deps.db, candidate))) return candidate;
  }
}
