import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { openSafehold } from '../src/app/open-safehold.js';
import { loadConfig } from '../src/config.js';
import { caseCreateInput } from '../src/domain/case.js';
import type { Actor } from '../src/security/roles.js';
import { randomBytes } from '../src/security/sodium.js';
import { verifyAuditLog } from '../src/services/audit/verify-audit-log.js';
import { createCase } from '../src/services/cases/create-case.js';
import type { Deps } from '../src/services/deps.js';
import { requirePersonAction } from '../src/services/people/person-abilities.js';
import { openIdentity } from '../src/services/people/protected-fields.js';
import { requireRecentProof } from '../src/services/access/require-recent-proof.js';
import { revealedUntil } from '../src/services/people/recent-proof.js';
import { revealIdentity } from '../src/services/people/reveal-identity.js';
import { runUseCase } from '../src/services/use-case.js';
import { createUser } from '../src/services/users/create-user.js';
import { findIdentity } from '../src/store/people.js';
import { BENCH_LAWYER } from './support/bench-data.js';
import { signInLawyer } from './support/bench-session.js';
import { numberFlags } from './support/flags.js';
import { median, relativeRange, summarize, timeEach, type Summary } from './support/measure.js';
import { table } from './support/report.js';

// What the audit entry adds to a protected read: `npx tsx bench/audit-overhead.ts [--clients 200]
// [--reads 2000] [--warmup 200] [--rounds 5]`.
//
// On the embedded engine (SQLCipher, WAL, synchronous=FULL, in a temporary directory on disk),
// the assigned lawyer reveals client identities one after another, three ways:
//   audited      revealIdentity: one transaction with the policy check, the recent-proof check,
//                the identity read and decrypted, and the audit entry (head update, chain hash,
//                entry insert) committed with it
//   not audited  the same use case without the audit entry: a read-only transaction
//   audited, no fsync   revealIdentity with synchronous=NORMAL for the run: not durable, measured
//                only to show which part of the cost is the flush to disk at commit
// Each round runs the ways over the same people, in a turning order, after a warm-up; the
// medians over rounds of p50 and p95 are reported with the ratio audited / not audited (target:
// at most 1.20). The log written is then verified whole, for its rate in entries/s.
const flags = numberFlags({ clients: 200, reads: 2000, warmup: 200, rounds: 5 });

type Way = 'audited' | 'not audited' | 'audited, no fsync';
const WAYS: Way[] = ['audited', 'not audited', 'audited, no fsync'];

/** revealIdentity without its audit entry: everything else identical. */
function revealWithoutAudit(deps: Deps, actor: Actor, personId: string) {
  return runUseCase(deps, actor, async (ctx) => {
    await requirePersonAction(ctx, personId, 'identity:reveal');
    requireRecentProof(ctx);
    const stored = await findIdentity(ctx.tx, personId);
    if (!stored) throw new Error(`no identity for ${personId}`);
    return {
      personId,
      identity: openIdentity(deps.cipher, personId, stored.identity),
      revealedUntil: revealedUntil(ctx),
    };
  });
}

function fictionalIdentity(i: number) {
  return {
    names: [{ script: 'latin' as const, given: `Given${i}`, family: `Family${i}`, full: `Given${i} Family${i}` }],
    birthDate: `${1960 + (i % 40)}`,
    nationality: 'IR',
  };
}

const dataDir = await mkdtemp(join(tmpdir(), 'safehold-bench-audit-'));
const { store, deps } = await openSafehold(loadConfig({ SAFEHOLD_DATA_DIR: dataDir }), randomBytes(32));
try {
  await createUser(deps, null, { ...BENCH_LAWYER, role: 'lawyer' });
  let { actor } = await signInLawyer(deps);
  const clientIds: string[] = [];
  for (let i = 0; i < flags.clients; i++) {
    const kase = await createCase(deps, actor, caseCreateInput.parse({ client: { identity: fictionalIdentity(i) } }));
    clientIds.push(kase.clientId);
  }
  const ids = Array.from(
    { length: flags.warmup + flags.reads },
    (_, i) => clientIds[(i * 7919) % clientIds.length] ?? '',
  );

  const results: Record<Way, Summary[]> = { audited: [], 'not audited': [], 'audited, no fsync': [] };
  for (let round = 0; round < flags.rounds; round++) {
    // A reveal needs a recent proof of identity: sign in again each round, as a user would step up.
    ({ actor } = await signInLawyer(deps));
    const order = [...WAYS.slice(round % WAYS.length), ...WAYS.slice(0, round % WAYS.length)];
    for (const way of order) {
      const read =
        way === 'not audited'
          ? (id: string) => revealWithoutAudit(deps, actor, id)
          : (id: string) => revealIdentity(deps, actor, id, 'benchmark of the audited read');
      if (way === 'audited, no fsync') await sql`pragma synchronous = NORMAL`.execute(deps.db);
      try {
        results[way].push(summarize(await timeEach(ids, flags.warmup, read)));
      } finally {
        await sql`pragma synchronous = FULL`.execute(deps.db);
      }
    }
  }

  const med = (way: Way, key: keyof Summary) => median(results[way].map((s) => s[key]));
  const ratio = (key: 'p50Ms' | 'p95Ms') => med('audited', key) / med('not audited', key);
  console.log(
    `\nReveal an identity: ${flags.clients} clients, ${flags.reads} reads per way per round, ${flags.rounds} rounds, embedded engine\n`,
  );
  console.log(
    table(
      ['way', 'reads/s', 'p50 ms', 'p95 ms', 'spread of reads/s'],
      WAYS.map((way) => [
        way,
        med(way, 'readsPerSecond').toFixed(0),
        med(way, 'p50Ms').toFixed(3),
        med(way, 'p95Ms').toFixed(3),
        `${(relativeRange(results[way].map((s) => s.readsPerSecond)) * 100).toFixed(0)}%`,
      ]),
    ),
  );
  const p50 = ratio('p50Ms');
  console.log(
    `\naudited / not audited: p50 ${p50.toFixed(2)}×, p95 ${ratio('p95Ms').toFixed(2)}× ` +
      `(the audit entry adds ${(med('audited', 'p50Ms') - med('not audited', 'p50Ms')).toFixed(3)} ms at p50; ` +
      `target at most 1.20×: ${p50 <= 1.2 ? 'met' : 'NOT met'})`,
  );

  const t0 = performance.now();
  const verified = await verifyAuditLog(deps);
  const seconds = (performance.now() - t0) / 1000;
  console.log(
    `verify: ${verified.entriesChecked} entries in ${seconds.toFixed(2)} s ` +
      `(${(verified.entriesChecked / seconds).toFixed(0)} entries/s), ${verified.ok ? 'whole' : 'NOT whole'}`,
  );
} finally {
  await store.close();
  await rm(dataDir, { recursive: true, force: true });
}
