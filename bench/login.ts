import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openSafehold } from '../src/app/open-safehold.js';
import { loadConfig } from '../src/config.js';
import { LoginFailedError } from '../src/services/auth/auth-errors.js';
import { login } from '../src/services/auth/login.js';
import { createUser } from '../src/services/users/create-user.js';
import { PASSWORD_MEMLIMIT, PASSWORD_OPSLIMIT, verifyPassword } from '../src/security/passwords.js';
import { randomBytes } from '../src/security/sodium.js';
import { findUserByUsername } from '../src/store/users.js';
import { percentile } from './support/measure.js';

// The cost of signing in with the chosen Argon2id parameters: `npx tsx bench/login.ts [runs]`.
// Each login is the whole password step (throttle counters, Argon2id, the new session and its
// audit entry) on the embedded encrypted store; the raw figure is Argon2id verification alone.
const RUNS = Number(process.argv[2] ?? 30);
const WARMUP = 3;
const PASSWORD = 'a passphrase for the benchmark';
// Wrong passwords are spread over several accounts, a few each, so that none is held back.
const WRONG_PER_USER = 4;
const WRONG_USERS = Math.ceil((RUNS + WARMUP) / WRONG_PER_USER);

async function time(label: string, run: (i: number) => Promise<unknown>) {
  for (let i = 0; i < WARMUP; i++) await run(-1 - i);
  const ms: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const t0 = performance.now();
    await run(i);
    ms.push(performance.now() - t0);
  }
  ms.sort((a, b) => a - b);
  return { label, p50: percentile(ms, 0.5), p95: percentile(ms, 0.95) };
}

const failing = async (work: Promise<unknown>) => {
  await work.then(
    () => {
      throw new Error('expected the login to fail');
    },
    (err: unknown) => {
      if (!(err instanceof LoginFailedError)) throw err;
    },
  );
};

const dataDir = await mkdtemp(join(tmpdir(), 'safehold-bench-login-'));
const safehold = await openSafehold(loadConfig({ SAFEHOLD_DATA_DIR: dataDir }), randomBytes(32));
try {
  const { deps } = safehold;
  for (let i = 0; i < WRONG_USERS; i++) {
    await createUser(deps, null, {
      username: `bench-${i}`,
      displayName: `Bench ${i}`,
      role: 'lawyer',
      password: PASSWORD,
    });
  }
  const stored = (await findUserByUsername(deps.db, 'bench-0'))?.password_hash ?? '';
  const who = { ip: null, userAgent: 'safehold-bench' };

  const results = [
    await time('Argon2id verify alone (raw)', () => verifyPassword(stored, PASSWORD)),
    await time('login, right password', () => login(deps, { username: 'bench-0', password: PASSWORD, ...who })),
    await time('login, wrong password', (i) =>
      failing(
        login(deps, { username: `bench-${Math.floor((i + WARMUP) / WRONG_PER_USER)}`, password: 'wrong', ...who }),
      ),
    ),
    await time('login, unknown user', (i) =>
      failing(login(deps, { username: `nobody-${i + WARMUP}`, password: PASSWORD, ...who })),
    ),
  ];
  const raw = results[0]?.p50 ?? Number.NaN;
  console.log(
    `Argon2id t=${PASSWORD_OPSLIMIT}, m=${PASSWORD_MEMLIMIT / 1024 / 1024} MiB, p=1; ${RUNS} runs each after ${WARMUP} warm-up`,
  );
  console.log(['', 'p50 ms', 'p95 ms', 'p50 / raw'].join('\t'));
  for (const r of results) {
    console.log([r.label.padEnd(30), r.p50.toFixed(1), r.p95.toFixed(1), (r.p50 / raw).toFixed(2)].join('\t'));
  }
} finally {
  await safehold.store.close();
  await rm(dataDir, { recursive: true, force: true });
}
