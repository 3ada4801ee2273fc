import { createReadStream } from 'node:fs';
import { access } from 'node:fs/promises';
import type { Command } from 'commander';
import { restoreBackup } from '../../backup/restore-backup.js';
import { VAULT_SECTION } from '../../backup/vault-section.js';
import { loadConfig } from '../../config.js';
import { importKind } from '../../exchange/import/import-kind.js';
import { importRecords } from '../../services/exchange/import-records.js';
import { passphraseFromEnvOrPrompt } from '../passphrase.js';
import { unlock } from '../unlock.js';
import { actingAs } from '../acting-user.js';
import { progressBar } from '../progress-bar.js';

export function importCommand(program: Command): void {
  const command = program.command('import').description('import records from CSV (as a user), or a full export');

  command
    .command('records <kind> <file>')
    .description('import a CSV file of cases, people, support or engagements: every row, or none')
    .requiredOption('--as <username>', 'the user who imports (their rights apply to every row; recorded)')
    .option('--dry-run', 'check every row and report every problem; write nothing')
    .action(async (kind: string, file: string, opts: { as: string; dryRun?: true }) => {
      const parsedKind = importKind.parse(kind);
      await access(file);
      const safehold = await unlock(loadConfig());
      const bar = progressBar('rows');
      let checked = 0;
      try {
        const report = await importRecords(safehold.deps, await actingAs(safehold.deps, opts.as, 'import'), {
          kind: parsedKind,
          dryRun: opts.dryRun === true,
          source: () => createReadStream(file),
          onProgress: (phase, rows) => {
            if (phase === 'check') checked = rows;
            bar.update(rows, phase === 'check' ? rows : checked);
          },
        });
        bar.stop();
        for (const p of report.problems)
          console.error(`row ${p.row}${p.column ? `, column ${p.column}` : ''}: ${p.message}`);
        if (report.problems.length > 0) {
          console.error(`${report.problems.length} problems in ${report.rows} rows: nothing was written.`);
          process.exitCode = 2;
        } else if (report.dryRun) {
          console.log(`All ${report.rows} rows check: run again without --dry-run to import them.`);
        } else {
          console.log(`Imported all ${report.written} rows of ${file} (${report.kind}).`);
        }
      } finally {
        bar.stop();
        await safehold.store.close();
      }
    });

  command
    .command('full <file>')
    .description(
      'check a full export, then read it into a new data directory (and an empty PostgreSQL database with SAFEHOLD_DATABASE_URL)',
    )
    .action(async (file: string) => {
      const config = loadConfig();
      const passphrase = await passphraseFromEnvOrPrompt('Passphrase at the time of the export: ');
      const restored = await restoreBackup(config, file, passphrase);
      const files = restored.tables.find((t) => t.name === VAULT_SECTION);
      console.log(
        `Checked and imported ${restored.rows - (files?.rows ?? 0)} rows and the evidence vault (${files?.rows ?? 0} parts) into ${config.dataDir}.`,
      );
    });
}
