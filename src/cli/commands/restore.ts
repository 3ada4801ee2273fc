import type { Command } from 'commander';
import { restoreBackup } from '../../backup/restore-backup.js';
import { loadConfig } from '../../config.js';
import { passphraseFromEnvOrPrompt } from '../passphrase.js';

export function restoreCommand(program: Command): void {
  program
    .command('restore')
    .argument('<file>', 'a file written by "safehold backup"')
    .description(
      'check a backup, then restore it into a new data directory (and an empty PostgreSQL database with SAFEHOLD_DATABASE_URL)',
    )
    .action(async (file: string) => {
      const config = loadConfig();
      const passphrase = await passphraseFromEnvOrPrompt('Passphrase at the time of the backup: ');
      const restored = await restoreBackup(config, file, passphrase);
      const target = restored.engine === 'postgres' ? 'PostgreSQL' : 'the embedded encrypted store';
      console.log(
        `Checked and restored ${restored.rows} rows of ${restored.tables.length} tables from the backup of ` +
          `${restored.header.createdAt} into ${config.dataDir} (${target}).`,
      );
      console.log('It opens with the passphrase of that time; "safehold rekey" changes it.');
    });
}
