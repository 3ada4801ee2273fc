import { Readable } from 'node:stream';
import { stringify } from 'csv-stringify/sync';
import type { Cell, Dataset } from './dataset.js';
import type { ExportFormat } from './export-request.js';

export const MEDIA_TYPES: Record<ExportFormat, string> = {
  csv: 'text/csv; charset=utf-8',
  hxl: 'text/csv; charset=utf-8',
  json: 'application/json; charset=utf-8',
};

/** Cells a spreadsheet would run as a formula (=, +, -, @ first) are written with a leading quote. */
const csv = (rows: Cell[][]) => stringify(rows, { escape_formulas: true });

/**
 * The rows of an export as text, page by page, without holding more than a page: CSV with a
 * header row; HXL-tagged CSV with a second row of HXL hashtags under the header; or a JSON
 * array of objects keyed by column name.
 */
export function exportBody(dataset: Dataset, format: ExportFormat, pages: AsyncIterable<Cell[][]>): Readable {
  const names = dataset.columns.map((c) => c.name);
  async function* text(): AsyncGenerator<string> {
    if (format === 'json') {
      let first = true;
      yield '[';
      for await (const rows of pages) {
        for (const row of rows) {
          yield `${first ? '\n' : ',\n'}${JSON.stringify(Object.fromEntries(names.map((n, i) => [n, row[i] ?? null])))}`;
          first = false;
        }
      }
      yield '\n]\n';
      return;
    }
    yield csv(format === 'hxl' ? [names, dataset.columns.map((c) => c.hxl)] : [names]);
    for await (const rows of pages) if (rows.length > 0) yield csv(rows);
  }
  return Readable.from(text(), { objectMode: false });
}
