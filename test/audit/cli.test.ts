import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkpointFromJson } from '../../src/security/audit-checkpoint.js';
import { wrapDataKey, writeKeyfile } from '../../src/security/keyfile.js';
import { runCli } from '../durability/server-process.js';
import { startHarness, type Harness } from '../support/harness.js';
import { headSeq, populate } from './support.js';

const PASSPHRASE = 'fictional audit passphrase';

describe('safehold audit (the real command)', () => {
  let h: Harness;
  let env: Record<string, string>;

  beforeAll(async () => {
    h = await startHarness();
    await populate(h);
    // The command unlocks the same data key with a passphrase, as an operator would.
    await writeKeyfile(h.config.dataDir, wrapDataKey(h.dataKey, PASSPHRASE, 'interactive'));
    env = {
      SAFEHOLD_DATA_DIR: h.config.dataDir,
      SAFEHOLD_PASSPHRASE: PASSPHRASE,
      ...(h.config.databaseUrl ? { SAFEHOLD_DATABASE_URL: h.config.databaseUrl } : {}),
    };
  });
  afterAll(() => h.close());

  it('signs a checkpoint, proves the grown log extends it, then names an entry changed with SQL', async () => {
    const file = join(h.config.dataDir, 'checkpoint.json');
    const taken = await runCli(['audit', 'checkpoint', '--out', file], env);
    expect(taken.code, taken.stderr).toBe(0);
    expect(await readFile(file, 'utf8')).toBe(taken.stdout);
    const exported = checkpointFromJson(JSON.parse(taken.stdout));
    expect(exported.publicKey.equals(h.deps.auditSigner.publicKey)).toBe(true);

    const whole = await runCli(['audit', 'verify', '--checkpoint', file], env);
    expect(whole.code, whole.stderr).toBe(0);
    expect(whole.stdout).toContain(`The audit log is whole: ${exported.treeSize + 1} entries checked.`);
    expect(whole.stdout).toContain(`The exported checkpoint of ${exported.treeSize} entries`);
    expect(whole.stdout).toContain('is a prefix of the log');

    await sql`update audit_log set reason = 'nothing to see' where seq = 6`.execute(h.store.db);
    const broken = await runCli(['audit', 'verify', '--checkpoint', file], env);
    expect(broken.code).toBe(2);
    expect(broken.stdout).toContain('The audit log does NOT verify: entry 6 was changed');
    expect(broken.stdout).toContain('First entry concerned: 6');
    // Each run was recorded in the log, the failed one too.
    const runs = await h.store.db
      .selectFrom('audit_log')
      .select(['action', 'outcome'])
      .where('action', 'in', ['audit.checkpoint', 'audit.verify'])
      .orderBy('seq')
      .execute();
    expect(runs).toEqual([
      { action: 'audit.checkpoint', outcome: 'ok' },
      { action: 'audit.verify', outcome: 'ok' },
      { action: 'audit.verify', outcome: 'failed' },
    ]);
    expect(await headSeq(h)).toBe(exported.treeSize + 3);
  });

  it('refuses a malformed checkpoint file, naming the field, without touching the log', async () => {
    const before = await headSeq(h);
    const file = join(h.config.dataDir, 'bad-checkpoint.json');
    await writeFile(file, JSON.stringify({ format: 'safehold-audit-checkpoint/v1', treeSize: 'ten' }));
    const r = await runCli(['audit', 'verify', '--checkpoint', file], env);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('treeSize');
    expect(await headSeq(h)).toBe(before);
  });
});
