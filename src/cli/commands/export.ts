import { createWriteStream } from 'node:fs';
import { Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { Command } from 'commander';
import { writeBackup } from '../../backup/write-backup.js';
import { VAULT_SECTION } from '../../backup/vault-section.js';
import { loadConfig } from '../../config.js';
import { exportRequest } from '../../exchange/export-request.js';
import { readKeyfile } from '../../security/keyfile.js';
import { exportRecords } from '../../services/exchange/export-records.js';
import { actingAs } from '../acting-user.js';
import { progressBar } from '../progress-bar.js';
import { unlock } from '../unlock.js';

export function exportCommand(program: Command): void {
  const command = program.command('export').description('export records (as a user) or the whole installation');

  command
    .command('records <dataset> <file>')
    .description(
      'write the records of one kind that the user may see: cases, people, support-entitlements, support-payments, engagements, referrals, incidents',
    )
    .requiredOption('--as <username>', 'the user whose view is exported (recorded in the audit log)')
    .option('--format <format>', 'csv, hxl (CSV with a row of HXL hashtags) or json', 'csv')
    .option('--purpose <purpose>', 'internal, or publication (only records whose consent allows it)', 'internal')
    .action(async (dataset: string, file: string, opts: { as: string; format: string; purpose: string }) => {
      const request = exportRequest.parse({ dataset, format: opts.format, purpose: opts.purpose });
      const safehold = await unlock(loadConfig());
      const bar = progressBar('kB');
      try {
        const out = await exportRecords(safehold.deps, await actingAs(safehold.deps, opts.as, 'export'), request);
        let bytes = 0;
        const count = new Transform({
          transform(chunk: Buffer, _enc, done) {
            bytes += chunk.length;
            bar.update(Math.ceil(bytes / 1000), Math.ceil(bytes / 1000));
            done(null, chunk);
          },
        });
        await pipeline(out.body, count, createWriteStream(file, { flags: 'wx', mode: 0o600 }));
        bar.stop();
        console.log(`Exported ${request.dataset} (${request.format}, ${request.purpose}) to ${file}: ${bytes} bytes.`);
      } finally {
        bar.stop();
        await safehold.store.close();
      }
    });

  command
    .command('full <file>')
    .description('write an encrypted export of every record and every evidence file, to move to another server')
    .action(async (file: string) => {
      const config = loadConfig();
      const safehold = await unlock(config);
      try {
        const keyfile = await readKeyfile(config.dataDir);
        const vaultRoot = safehold.deps.evidence.vault.root;
        const done = await writeBackup(safehold.store, safehold.dataKey, keyfile, file, { vaultRoot });
        const files = done.tables.find((t) => t.name === VAULT_SECTION);
        console.log(
          `Exported ${done.rows - (files?.rows ?? 0)} rows of ${done.tables.length - 1} tables and the evidence vault ` +
            `(${files?.rows ?? 0} parts) to ${file} (${Math.ceil(done.bytes / 1000)} kB, schema ${done.schemaVersion}).`,
        );
        console.log('It opens with the current passphrase: "safehold import full" reads it into a new installation.');
      } finally {
        await safehold.store.close();
      }
    });
}
