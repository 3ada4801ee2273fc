import type { Command } from 'commander';
import { loadConfig } from '../../config.js';
import { indexExistingNotes } from '../../services/search/index-existing-notes.js';
import { unlock } from '../unlock.js';

export function searchCommand(program: Command): void {
  const search = program.command('search').description('the search index of notes, incidents and testimonies');

  search
    .command('index-notes')
    .description(
      'put case notes written before the search index existed into it (only keyed hashes of their words); ' +
        'notes already indexed are skipped, so it can be stopped and run again',
    )
    .option('--batch <n>', 'notes per transaction', (v) => Number.parseInt(v, 10), 5000)
    .action(async (opts: { batch: number }) => {
      if (!Number.isInteger(opts.batch) || opts.batch < 1) throw new Error('--batch: must be a positive whole number');
      const safehold = await unlock(loadConfig());
      try {
        const indexed = await indexExistingNotes(safehold.deps, {
          batch: opts.batch,
          onProgress: (n) => {
            if (process.stderr.isTTY) process.stderr.write(`\rNotes indexed: ${n}`);
          },
        });
        if (process.stderr.isTTY) process.stderr.write('\n');
        console.log(`Notes indexed: ${indexed}.`);
      } finally {
        await safehold.store.close();
      }
    });
}
