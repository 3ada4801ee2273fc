import type { z } from 'zod';
import type { CsvLayout } from '../../exchange/import/csv-records.js';
import type { ImportProblem } from '../../exchange/import/problem.js';
import type { UseCaseContext } from '../use-case.js';
import type { ImportLookups } from './import-lookups.js';

export type RowProblem = Omit<ImportProblem, 'row'>;

/** A row checked against the records: what is wrong with it, or how to write it. */
export type RowCheck = { problems: RowProblem[] } | { write: () => Promise<void> };

/**
 * One kind of import: its columns, and the check of one row, which names every problem or
 * returns the write of that row, done as the single use case would (policy, encryption, audit).
 */
export interface Importer {
  layout: CsvLayout;
  check(ctx: UseCaseContext, lookups: ImportLookups, values: Record<string, string | undefined>): Promise<RowCheck>;
}

/**
 * A row through its schema column by column, so that every column at fault is named: the values
 * that are valid, the problems of the others, and the whole row once every column is valid.
 */
export function parseRow<S extends z.ZodObject>(schema: S, values: Record<string, string | undefined>) {
  const valid: Record<string, unknown> = {};
  const problems: RowProblem[] = [];
  for (const [column, field] of Object.entries(schema.shape) as [string, z.ZodType][]) {
    const parsed = field.safeParse(values[column]);
    if (parsed.success) valid[column] = parsed.data;
    else problems.push(...parsed.error.issues.map((issue) => ({ column, message: issue.message })));
  }
  // Every column passed its own schema, and a row schema has no rule across columns: this is its value.
  const complete = problems.length === 0 ? (valid as z.output<S>) : null;
  return { valid: valid as Partial<z.output<S>>, problems, complete };
}
