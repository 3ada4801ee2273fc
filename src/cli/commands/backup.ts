import type { Command } from 'commander';
import { writeBackup } from '../../backup/write-backup.js';
import { loadConfig } from '../../config.js';
import { readKeyfile } from '../../security/keyfile.js';
import { unlock } from '../unlock.js';

export function backupCommand(program: Command): void {
  program
    .command('backup')
    .argument('<file>', 'the backup file to write (it must not exist yet)')
    .description('write an encrypted, consistent copy of every record; Safehold may keep running')
    .action(async (file: string) => {
      const config = loadConfig();
      const safehold = await unlock(config);
      try {
        const started = performance.now();
        const backup = await writeBackup(safehold.store, safehold.dataKey, await readKeyfile(config.dataDir), file);
        const seconds = (performance.now() - started) / 1000;
        const size =
          backup.bytes < 1e6 ? `${Math.ceil(backup.bytes / 1e3)} kB` : `${(backup.bytes / 1e6).toFixed(1)} MB`;
        console.log(
          `Backed up ${backup.rows} rows of ${backup.tables.length} tables to ${file} ` +
            `(${size}, schema ${backup.schemaVersion}) in ${seconds.toFixed(1)} s.`,
        );
        console.log('It opens with the current passphrase and nothing else: keep the two apart.');
      } finally {
        await safehold.store.close();
      }
    });
}
