import type { Command } from 'commander';
import { loadConfig } from '../../config.js';
import { assertPassphrase } from '../../security/keyfile.js';
import { initDataDir } from '../../security/data-dir.js';
import { openSafehold } from '../../app/open-safehold.js';
import { passphraseFromEnvOrPrompt, promptHidden } from '../passphrase.js';

export function initCommand(program: Command): void {
  program
    .command('init')
    .description('create the data directory with a new data key protected by a passphrase')
    .action(async () => {
      const config = loadConfig();
      const passphrase = await passphraseFromEnvOrPrompt('New passphrase (at least 12 characters): ');
      assertPassphrase(passphrase);
      if (!process.env.SAFEHOLD_PASSPHRASE && (await promptHidden('Repeat the passphrase: ')) !== passphrase) {
        throw new Error('the passphrases differ; nothing was created');
      }
      const dataKey = await initDataDir(config.dataDir, passphrase, config.kdfProfile);
      const { store } = await openSafehold(config, dataKey);
      await store.close();
      console.log(`Initialized ${config.dataDir} (${config.databaseUrl ? 'PostgreSQL' : 'embedded encrypted store'}).`);
      console.log('Keep the passphrase safe: without it the data cannot be read by anyone, you included.');
    });
}
