import { csvRecords, type CsvSource } from '../../exchange/import/csv-records.js';
import type { ImportKind } from '../../exchange/import/import-kind.js';
import type { ImportProblem } from '../../exchange/import/problem.js';
import type { Actor } from '../../security/roles.js';
import { requireGlobal } from '../access/require-global.js';
import type { Deps } from '../deps.js';
import { runUseCase, type UseCaseContext } from '../use-case.js';
import { ImportLookups } from './import-lookups.js';
import type { Importer } from './importer.js';
import { casesImporter } from './importers/cases.js';
import { engagementsImporter } from './importers/engagements.js';
import { peopleImporter } from './importers/people.js';
import { supportImporter } from './importers/support.js';

const IMPORTERS: Record<ImportKind, Importer> = {
  cases: casesImporter,
  people: peopleImporter,
  support: supportImporter,
  engagements: engagementsImporter,
};

export interface ImportReport {
  kind: ImportKind;
  dryRun: boolean;
  /** Record rows read (the header not counted). */
  rows: number;
  /** Rows written: every row, or none. */
  written: number;
  /** Every problem found, by row and column; any problem means nothing was written. */
  problems: ImportProblem[];
}

export interface ImportOptions {
  kind: ImportKind;
  dryRun: boolean;
  /** The file, read once to check it and once more to write it. */
  source: CsvSource;
  /** Called as rows are checked and written (for a progress bar). */
  onProgress?: (phase: 'check' | 'write', rows: number) => void;
}

/**
 * Import a CSV file all or nothing, in one transaction. Every row is checked first (its schema,
 * the records it names, the user's right to do what it stands for); a dry run stops there and
 * reports every problem. An import with any problem writes nothing and reports them; otherwise
 * each row is written as its single use case writes it (encrypted fields, audit entry), and
 * the import itself is recorded. A failure while writing rolls everything back.
 */
export function importRecords(deps: Deps, actor: Actor, opts: ImportOptions): Promise<ImportReport> {
  const importer = IMPORTERS[opts.kind];
  return runUseCase(deps, actor, async (ctx) => {
    requireGlobal(ctx, 'exchange:import', { type: 'import', id: opts.kind });
    if (opts.kind === 'cases') requireGlobal(ctx, 'case:create', { type: 'case' });
    const lookups = new ImportLookups(ctx);
    const problems: ImportProblem[] = [];
    const rows = await eachRow(ctx, importer, lookups, opts, 'check', (row, check) => {
      if ('problems' in check) problems.push(...check.problems.map((p) => ({ row, ...p })));
      return Promise.resolve();
    });
    const report = { kind: opts.kind, dryRun: opts.dryRun, rows, written: 0, problems };
    if (opts.dryRun || problems.length > 0) {
      await ctx.audit({
        action: opts.dryRun ? 'exchange.import.check' : 'exchange.import.reject',
        targetType: 'import',
        targetId: opts.kind,
        details: { rows, problems: problems.length },
      });
      return report;
    }
    const written = await eachRow(ctx, importer, lookups, opts, 'write', async (row, check) => {
      // The file changed between the two readings, or a row collides with one written before it.
      if (!('write' in check)) throw new Error(`row ${row} of the import no longer checks: nothing was written`);
      await check.write();
    });
    if (written !== rows) throw new Error('the import file changed while it was read: nothing was written');
    await ctx.audit({ action: 'exchange.import', targetType: 'import', targetId: opts.kind, details: { rows } });
    return { ...report, written };
  });
}

/** Read the file once, checking each row and handing it to `each`; the number of record rows. */
async function eachRow(
  ctx: UseCaseContext,
  importer: Importer,
  lookups: ImportLookups,
  opts: ImportOptions,
  phase: 'check' | 'write',
  each: (row: number, check: Awaited<ReturnType<Importer['check']>>) => Promise<void>,
): Promise<number> {
  let rows = 0;
  for await (const item of csvRecords(opts.source, importer.layout)) {
    if (item.kind === 'problem') {
      await each(item.problem.row, { problems: [{ column: item.problem.column, message: item.problem.message }] });
      if (item.ofRow) rows += 1;
      continue;
    }
    rows += 1;
    await each(item.row, await importer.check(ctx, lookups, item.values));
    if (rows % 500 === 0) opts.onProgress?.(phase, rows);
  }
  opts.onProgress?.(phase, rows);
  return rows;
}
