import { pipeline, Readable } from 'node:stream';
import { CsvError, parse } from 'csv-parse';
import type { ImportProblem } from './problem.js';

/** The largest import: a bigger file is refused whole. */
const MAX_IMPORT_ROWS = 100_000;
/** The longest cell: longer ones are refused before any schema sees them. */
const MAX_FIELD_CHARS = 25_000;

export type CsvSource = () => AsyncIterable<string | Buffer> | Iterable<string | Buffer>;

export type CsvItem =
  | { kind: 'record'; row: number; values: Record<string, string | undefined> }
  /** `ofRow`: the problem is a record row's own (its shape), so the row counts as read. */
  | { kind: 'problem'; problem: ImportProblem; ofRow?: true };

export interface CsvLayout {
  /** Every column the file may have. */
  columns: readonly string[];
  /** Those it must have. */
  required: readonly string[];
}

/**
 * The records of a CSV file (UTF-8, an optional BOM, a header row), read as a stream, each as
 * its values by column with empty cells left out. Problems with the header, a row's shape or
 * the file's syntax come as items too; a syntax error ends the file.
 */
export async function* csvRecords(source: CsvSource, layout: CsvLayout): AsyncGenerator<CsvItem> {
  const parser = pipeline(
    Readable.from(source()),
    parse({ bom: true, relax_column_count: true, skip_empty_lines: true, max_record_size: 4 * MAX_FIELD_CHARS }),
    () => undefined,
  );
  let header: string[] | null = null;
  let row = 0;
  try {
    for await (const fields of parser as AsyncIterable<string[]>) {
      row += 1;
      if (header === null) {
        header = fields.map((f) => f.trim());
        yield* headerProblems(header, layout);
        continue;
      }
      if (row - 1 > MAX_IMPORT_ROWS) {
        yield problem(row, null, `the file has more than ${MAX_IMPORT_ROWS} rows: split it`);
        return;
      }
      if (fields.length !== header.length) {
        yield {
          ...problem(row, null, `has ${fields.length} values but the header has ${header.length} columns`),
          ofRow: true,
        };
        continue;
      }
      const values: Record<string, string | undefined> = {};
      let tooLong = false;
      for (const [i, column] of header.entries()) {
        const value = fields[i] ?? '';
        if (value.length > MAX_FIELD_CHARS) tooLong = true;
        else if (value.trim() !== '') values[column] = value;
      }
      if (tooLong) yield { ...problem(row, null, `a value is longer than ${MAX_FIELD_CHARS} characters`), ofRow: true };
      else yield { kind: 'record', row, values };
    }
  } catch (err) {
    if (!(err instanceof CsvError)) throw err;
    yield problem(row + 1, null, `the file is not valid CSV here: ${err.message}`);
    return;
  }
  if (header === null) yield problem(1, null, 'the file is empty: it needs a header row');
  else if (row === 1) yield problem(2, null, 'the file has a header but no rows');
}

function* headerProblems(header: readonly string[], layout: CsvLayout): Generator<CsvItem> {
  const seen = new Set<string>();
  for (const column of header) {
    if (!layout.columns.includes(column)) {
      yield problem(1, column, `is not a column of this import (expected: ${layout.columns.join(', ')})`);
    } else if (seen.has(column)) {
      yield problem(1, column, 'appears twice');
    }
    seen.add(column);
  }
  for (const column of layout.required) {
    if (!seen.has(column)) yield problem(1, column, 'is missing: this column is required');
  }
}

function problem(row: number, column: string | null, message: string) {
  return { kind: 'problem' as const, problem: { row, column, message } };
}
