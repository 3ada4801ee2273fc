import type { Cell, Page } from '../dataset.js';

/** A page from rows read in key order with `limit`: their cells, and where the next page starts. */
export function pageOf<R extends { key: string }>(rows: readonly R[], limit: number, cells: (row: R) => Cell[]): Page {
  const last = rows.at(-1);
  return { rows: rows.map(cells), next: rows.length === limit && last ? last.key : null };
}

/** Values of several rows of one record, as one cell: sorted, distinct, separated by semicolons. */
function joined(values: readonly (string | null)[]): string {
  return [...new Set(values.filter((v): v is string => v !== null))].sort().join(';');
}

/** Group the rows of a second query by record id. */
export function groupBy<R>(rows: readonly R[], id: (row: R) => string, value: (row: R) => string | null) {
  const groups = new Map<string, (string | null)[]>();
  for (const row of rows) {
    const list = groups.get(id(row)) ?? [];
    list.push(value(row));
    groups.set(id(row), list);
  }
  return (key: string) => joined(groups.get(key) ?? []);
}
