import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Command } from 'commander';
import { loadConfig, type Config } from '../../config.js';
import { loadDemo } from '../../demo/load-demo.js';
import { unlock } from '../unlock.js';
import { QUICKSTART_PASSPHRASE_FILE } from './start.js';

/** The passphrase from SAFEHOLD_PASSPHRASE, the quick-start file, or the terminal. */
async function demoPassphrase(config: Config): Promise<string | undefined> {
  if (process.env.SAFEHOLD_PASSPHRASE) return process.env.SAFEHOLD_PASSPHRASE;
  const quickstart = await readFile(join(config.dataDir, QUICKSTART_PASSPHRASE_FILE), 'utf8').catch(() => null);
  return quickstart?.trim();
}

export function demoCommand(program: Command): void {
  program
    .command('demo')
    .description('load a fictional demo data set: users, organizations, officials, clients and their cases')
    .option('--force', 'load it even though the store already holds cases')
    .action(async (opts: { force?: boolean }) => {
      const config = loadConfig();
      const safehold = await unlock(config, await demoPassphrase(config));
      try {
        const { accounts, counts } = await loadDemo(safehold.deps, { force: opts.force === true });
        console.log(
          `Demo data loaded: ${counts.organizations} organizations, ${counts.officials} officials in the directory, ` +
            `${counts.cases} cases, ${counts.people} people, ${counts.notes} notes. Every name in it is invented.`,
        );
        console.log('Demo accounts (the passwords are shown only this once):');
        const width = Math.max(...accounts.map((a) => a.username.length));
        for (const a of accounts) {
          console.log(`  ${a.username.padEnd(width)}  ${a.password}  ${a.displayName} (${a.role})`);
        }
        console.log('Each account sets up a second factor at its first login.');
      } finally {
        await safehold.store.close();
      }
    });
}
