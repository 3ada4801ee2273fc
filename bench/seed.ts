import { DEFAULT_POPULATION, dataDirFor } from './support/bench-data.js';
import { numberFlags } from './support/flags.js';
import { mb, seedTable, table } from './support/report.js';
import { ensureSeeded } from './support/seed-population.js';

// Seed (or find already seeded) a fictional practice on the embedded engine:
//   npx tsx bench/seed.ts [--clients 100000] [--notes 1000000] [--seed 1]
const params = numberFlags({ ...DEFAULT_POPULATION });
const { manifest, reused } = await ensureSeeded(params, (line) => console.log(line));

console.log(`\n${reused ? 'Reusing' : 'Seeded'} ${dataDirFor(params)}\n`);
console.log(seedTable(manifest));
// The largest tables and indexes; the many small ones would only hide them.
const largest = Object.entries(manifest.tableBytes).filter(([, bytes]) => bytes >= manifest.fileBytes / 100);
console.log(
  `\n${table(
    ['table or index', 'size'],
    largest.map(([name, bytes]) => [name, mb(bytes)]),
  )}`,
);
