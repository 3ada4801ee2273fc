import { mkdir, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { SeedManifest } from './bench-data.js';

/** Formatting for the benchmark tables. */
export function mb(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

export function int(n: number): string {
  return Math.round(n).toLocaleString('en');
}

/** A fixed-width table: the first column left-aligned, the others right-aligned. */
export function table(head: readonly string[], rows: readonly (readonly string[])[]): string {
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: readonly string[]) =>
    cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
  return [line(head), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

/** What seeding cost and what it left on disk. */
export function seedTable(m: SeedManifest): string {
  return table(
    ['clients', 'notes', 'seconds', 'clients/s', 'notes/s', 'file'],
    [
      [
        int(m.params.clients),
        int(m.params.notes),
        m.seconds.toFixed(1),
        int(m.clientsPerSecond),
        int(m.notesPerSecond),
        mb(m.fileBytes),
      ],
    ],
  );
}

/** Numbers to three decimals, at any depth: results files that diff by what changed. */
function round3(value: unknown): unknown {
  if (typeof value === 'number') return Math.round(value * 1000) / 1000;
  if (Array.isArray(value)) return value.map(round3);
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, round3(v)]));
  }
  return value;
}

/** Write a benchmark's results as JSON, numbers rounded, creating the folder. */
export async function writeResults(path: string, results: unknown): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  await writeFile(path, `${JSON.stringify(round3(results), null, 2)}\n`);
}
