import { mkdtemp, rm } from 'node:fs/promises';
import { NodeCryptoPlugin } from '@otplib/plugin-crypto-node';
import { generate } from 'otplib';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openSafehold, type Safehold } from '../../src/app/open-safehold.js';
import { buildServer } from '../../src/api/server.js';
import type { ApiApp } from '../../src/api/api-app.js';
import { loadConfig, type Config } from '../../src/config.js';
import type { Role } from '../../src/domain/role.js';
import { confirmTotpEnrolment } from '../../src/services/auth/confirm-totp-enrolment.js';
import { login } from '../../src/services/auth/login.js';
import { resolveSession } from '../../src/services/auth/resolve-session.js';
import { startTotpEnrolment } from '../../src/services/auth/start-totp-enrolment.js';
import { createUser } from '../../src/services/users/create-user.js';
import type { Actor } from '../../src/security/roles.js';
import { randomBytes } from '../../src/security/sodium.js';
import { addTeamMember, findTeamByName, insertTeam } from '../../src/store/users.js';
import { freshPostgresDatabase, testEngine } from './engine.js';

export interface TestUser {
  id: string;
  username: string;
  password: string;
  actor: Actor;
  /** Bearer token of a live session. */
  token: string;
  headers: { authorization: string };
  /** The authenticator-app secret enrolled for the user (base32). */
  totpSecret: string;
  /** The ten recovery codes issued at enrolment. */
  recoveryCodes: string[];
}

/** The time the app sees (deps.now): real time plus an offset that tests can move forward. */
export interface TestClock {
  now: () => Date;
  advance: (ms: number) => void;
}

/** A code of the authenticator app for `secret` at `at`. */
export function totpCode(secret: string, at: Date): Promise<string> {
  return generate({ secret, crypto: new NodeCryptoPlugin(), epoch: Math.floor(at.getTime() / 1000) });
}

export interface Harness extends Safehold {
  config: Config;
  dataKey: Buffer;
  app: ApiApp;
  clock: TestClock;
  user(role: Role, opts?: { teams?: string[]; username?: string }): Promise<TestUser>;
  close(): Promise<void>;
}

let counter = 0;

/** A real Safehold on the engine under test, in a temporary directory or database. */
export async function startHarness(): Promise<Harness> {
  const dataDir = await mkdtemp(join(tmpdir(), 'safehold-test-'));
  const pgdb = testEngine === 'postgres' ? await freshPostgresDatabase() : null;
  const config = loadConfig({ SAFEHOLD_DATA_DIR: dataDir, ...(pgdb ? { SAFEHOLD_DATABASE_URL: pgdb.url } : {}) });
  const dataKey = randomBytes(32);
  const safehold = await openSafehold(config, dataKey);
  let offset = 0;
  const clock: TestClock = {
    now: () => new Date(Date.now() + offset),
    advance: (ms) => {
      offset += ms;
    },
  };
  safehold.deps.now = clock.now;
  const app = await buildServer({ store: safehold.store, deps: safehold.deps });
  await app.ready();

  return {
    ...safehold,
    config,
    dataKey,
    app,
    clock,
    async user(role, opts = {}) {
      counter += 1;
      const username = opts.username ?? `${role}-${counter}`;
      const password = `correct horse ${counter} battery`;
      const created = await createUser(safehold.deps, null, {
        username,
        displayName: `Test ${role} ${counter}`,
        role,
        password,
      });
      for (const team of opts.teams ?? []) {
        const existing = await findTeamByName(safehold.deps.db, team);
        const teamId =
          existing?.id ??
          (
            await insertTeam(safehold.deps.db, {
              id: crypto.randomUUID(),
              name: team,
              created_at: new Date().toISOString(),
            })
          ).id;
        await addTeamMember(safehold.deps.db, teamId, created.id);
      }
      const pending = await login(safehold.deps, { username, password, ip: '127.0.0.1', userAgent: 'test' });
      const pendingActor = await resolveSession(safehold.deps, pending.token);
      if (!pendingActor) throw new Error('test login failed');
      const { secret } = await startTotpEnrolment(safehold.deps, pendingActor);
      const code = await totpCode(secret, clock.now());
      const enrolled = await confirmTotpEnrolment(safehold.deps, pendingActor, { code, ip: '127.0.0.1' });
      const token = enrolled.token ?? '';
      const actor = await resolveSession(safehold.deps, token);
      if (!actor) throw new Error('test second factor failed');
      return {
        id: created.id,
        username,
        password,
        actor,
        token,
        headers: { authorization: `Bearer ${token}` },
        totpSecret: secret,
        recoveryCodes: enrolled.recoveryCodes,
      };
    },
    async close() {
      await app.close();
      await safehold.store.close();
      await pgdb?.drop();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}
