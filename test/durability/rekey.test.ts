import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { initDataDir, unlockDataDir } from '../../src/security/data-dir.js';
import { KEYFILE_NAME, WrongPassphraseError } from '../../src/security/keyfile.js';
import { runCli } from './server-process.js';

const PASSPHRASE = 'quick start passphrase from the file';
const NEW_PASSPHRASE = 'one the lawyer keeps in her head';

describe('safehold rekey', () => {
  let dir: string;
  let dataKey: Buffer;
  const keyfile = () => readFile(join(dir, KEYFILE_NAME));
  const quickstartFile = () => join(dir, 'quickstart.passphrase');
  const env = (extra: Record<string, string>) => ({
    SAFEHOLD_DATA_DIR: dir,
    SAFEHOLD_KDF_PROFILE: 'interactive',
    ...extra,
  });

  beforeEach(async () => {
    dir = join(await mkdtemp(join(tmpdir(), 'safehold-rekey-')), 'data');
    dataKey = await initDataDir(dir, PASSPHRASE, 'interactive');
    await writeFile(quickstartFile(), `${PASSPHRASE}\n`, { mode: 0o600 });
  });
  afterEach(() => rm(dir, { recursive: true, force: true }));

  it('refuses a wrong current passphrase and touches nothing', async () => {
    const before = await keyfile();
    const r = await runCli(
      ['rekey'],
      env({ SAFEHOLD_PASSPHRASE: 'this is not the passphrase', SAFEHOLD_NEW_PASSPHRASE: NEW_PASSPHRASE }),
    );
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(
      /^safehold: wrong passphrase: the data key could not be unwrapped \(nothing was changed\)/,
    );
    expect((await keyfile()).equals(before)).toBe(true);
    expect(existsSync(quickstartFile())).toBe(true);
  });

  it('refuses a new passphrase that is too short and touches nothing', async () => {
    const before = await keyfile();
    const r = await runCli(['rekey'], env({ SAFEHOLD_PASSPHRASE: PASSPHRASE, SAFEHOLD_NEW_PASSPHRASE: 'too short' }));
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/at least 12 characters/);
    expect((await keyfile()).equals(before)).toBe(true);
    expect(existsSync(quickstartFile())).toBe(true);
  });

  it('rewraps the same data key under the new passphrase and removes the quick-start passphrase file', async () => {
    // No SAFEHOLD_PASSPHRASE: the current passphrase comes from the quick-start file.
    const r = await runCli(['rekey'], env({ SAFEHOLD_NEW_PASSPHRASE: NEW_PASSPHRASE }));
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('The passphrase was changed');
    expect(r.stdout).toContain(`Removed ${quickstartFile()}`);
    expect(existsSync(quickstartFile())).toBe(false);
    await expect(unlockDataDir(dir, PASSPHRASE)).rejects.toBeInstanceOf(WrongPassphraseError);
    expect((await unlockDataDir(dir, NEW_PASSPHRASE)).equals(dataKey)).toBe(true);
  });
});
