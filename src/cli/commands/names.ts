import type { Command } from 'commander';
import { loadConfig } from '../../config.js';
import { reindexStaleNames } from '../../services/names/reindex-names.js';
import { unlock } from '../unlock.js';

export function namesCommand(program: Command): void {
  const names = program.command('names').description('the blind index of people’s names');

  names
    .command('reindex')
    .description(
      'index the names of people registered before the name index existed, or under older key rules ' +
        '(only keyed hashes); people already up to date are skipped, so it can be stopped and run again',
    )
    .option('--batch <n>', 'people per transaction', (v) => Number.parseInt(v, 10), 2000)
    .action(async (opts: { batch: number }) => {
      if (!Number.isInteger(opts.batch) || opts.batch < 1) throw new Error('--batch: must be a positive whole number');
      const safehold = await unlock(loadConfig());
      try {
        const indexed = await reindexStaleNames(safehold.deps, {
          batch: opts.batch,
          onProgress: (n) => {
            if (process.stderr.isTTY) process.stderr.write(`\rPeople indexed: ${n}`);
          },
        });
        if (process.stderr.isTTY) process.stderr.write('\n');
        console.log(`People indexed: ${indexed}.`);
      } finally {
        await safehold.store.close();
      }
    });
}
