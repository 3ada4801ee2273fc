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
