import { readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { Command } from 'commander';
import { loadConfig } from '../../config.js';
import { rekeyDataDir } from '../../security/data-dir.js';
import { assertPassphrase } from '../../security/keyfile.js';
import { promptHidden } from '../passphrase.js';
import { QUICKSTART_PASSPHRASE_FILE } from './start.js';

/** The new passphrase from SAFEHOLD_NEW_PASSPHRASE, or asked for twice on the terminal. */
async function newPassphrase(): Promise<string> {
  const fromEnv = process.env.SAFEHOLD_NEW_PASSPHRASE;
  if (fromEnv !== undefined) return fromEnv;
  if (!process.stdin.isTTY) throw new Error('no terminal to ask for the new passphrase: set SAFEHOLD_NEW_PASSPHRASE');
  const first = await promptHidden('New passphrase (at least 12 characters): ');
  assertPassphrase(first);
  if ((await promptHidden('Repeat the new passphrase: ')) !== first) {
    throw new Error('the passphrases differ; nothing was changed');
  }
  return first;
}

export function rekeyCommand(program: Command): void {
  program
    .command('rekey')
    .description('change the passphrase that protects the data key (SAFEHOLD_PASSPHRASE, SAFEHOLD_NEW_PASSPHRASE)')
    .action(async () => {
      const config = loadConfig();
      const quickstartFile = join(config.dataDir, QUICKSTART_PASSPHRASE_FILE);
      const quickstart = (await readFile(quickstartFile, 'utf8').catch(() => null))?.trim();
      const current = process.env.SAFEHOLD_PASSPHRASE ?? quickstart ?? (await promptHidden('Current passphrase: '));
      const next = await newPassphrase();
      assertPassphrase(next);
      await rekeyDataDir(config.dataDir, current, next, config.kdfProfile);
      console.log('The passphrase was changed: the data key is the same, so nothing had to be re-encrypted.');
      if (quickstart !== undefined) {
        await rm(quickstartFile, { force: true });
        console.log(
          `Removed ${quickstartFile}: it held the old passphrase. From now on set SAFEHOLD_PASSPHRASE to start.`,
        );
      }
      console.log('Backups made before now still open with the old passphrase.');
    });
}
