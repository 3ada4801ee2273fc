import { describe, expect, it } from 'vitest';
import { suppressList, suppressTable, type SuppressedTable } from '../../src/domain/disclosure/suppress-table.js';
import type { ShownCount } from '../../src/domain/disclosure/shown-count.js';

/** What a reader sees of one count of the grid: its value, or the range its mark gives away. */
interface Seen {
  value: number | null;
  min: number;
  max: number;
}

/** The published table as a grid (inner cells, row totals in the last column, column totals in the last row). */
function seenGrid(t: SuppressedTable, cap: number): Seen[][] {
  const seen = (s: ShownCount): Seen => {
    if (s.count !== null) return { value: s.count, min: s.count, max: s.count };
    if (s.display === `<${t.threshold}`) return { value: null, min: 0, max: t.threshold - 1 };
    expect(s.display).toBe('x');
    return { value: null, min: t.threshold, max: cap };
  };
  return [
    ...t.cells.map((row, r) => [...row.map(seen), seen(t.rowTotals[r] as ShownCount)]),
    [...t.columnTotals.map(seen), seen(t.total)],
  ];
}

/** Every relation a reader can use: each row and each column of the grid sums to its total. */
function relations(rows: number, cols: number): { r: number; c: number; sign: number }[][] {
  const lines: { r: number; c: number; sign: number }[][] = [];
  for (let r = 0; r <= rows; r++) {
    lines.push(Array.from({ length: cols + 1 }, (_, c) => ({ r, c, sign: c === cols ? -1 : 1 })));
  }
  for (let c = 0; c <= cols; c++) {
    lines.push(Array.from({ length: rows + 1 }, (_, r) => ({ r, c, sign: r === rows ? -1 : 1 })));
  }
  return lines;
}

/**
 * Whether some table other than the true one agrees with everything shown and gives the hidden
 * cell (r, c) the value `w`: a search over every assignment of the hidden counts within their
 * ranges that satisfies every row and column relation at once — so any derivation from any
 * combination of rows, columns and totals would have to rule it out.
 */
function anotherTableGives(grid: Seen[][], hiddenCells: [number, number][], fixed: [number, number, number]): boolean {
  const rows = grid.length - 1;
  const cols = (grid[0]?.length ?? 1) - 1;
  const lines = relations(rows, cols);
  const assigned = new Map<string, number>([[`${fixed[0]},${fixed[1]}`, fixed[2]]]);
  const free = hiddenCells.filter(([r, c]) => !(r === fixed[0] && c === fixed[1]));
  const possible = () =>
    lines.every((line) => {
      let lo = 0;
      let hi = 0;
      for (const { r, c, sign } of line) {
        const s = grid[r]?.[c] as Seen;
        const known = s.value ?? assigned.get(`${r},${c}`);
        if (known !== undefined) {
          lo += sign * known;
          hi += sign * known;
        } else if (sign > 0) {
          lo += s.min;
          hi += s.max;
        } else {
          lo -= s.max;
          hi -= s.min;
        }
      }
      return lo <= 0 && hi >= 0;
    });
  const search = (i: number): boolean => {
    if (!possible()) return false;
    const next = free[i];
    if (next === undefined) return true;
    const s = grid[next[0]]?.[next[1]] as Seen;
    for (let v = s.min; v <= s.max; v++) {
      assigned.set(`${next[0]},${next[1]}`, v);
      if (search(i + 1)) return true;
    }
    assigned.delete(`${next[0]},${next[1]}`);
    return false;
  };
  return search(0);
}

/** The true grid of a table of counts with its totals. */
function trueGrid(counts: number[][]): number[][] {
  const cols = counts[0]?.length ?? 0;
  const rowsWithTotals = counts.map((row) => [...row, row.reduce((a, b) => a + b, 0)]);
  const last = Array.from({ length: cols + 1 }, (_, c) => rowsWithTotals.reduce((a, row) => a + (row[c] ?? 0), 0));
  return [...rowsWithTotals, last];
}

/** Checks a suppressed table against its true counts; returns the hidden cells that can be derived. */
function derivable(counts: number[][], threshold: number): string[] {
  const t = suppressTable(
    { rows: counts.map((_, r) => `r${r}`), columns: (counts[0] ?? []).map((_, c) => `c${c}`), counts },
    threshold,
  );
  const truth = trueGrid(counts);
  const total = truth.at(-1)?.at(-1) ?? 0;
  const grid = seenGrid(t, total + threshold);
  const hiddenCells: [number, number][] = [];
  grid.forEach((row, r) => {
    row.forEach((s, c) => {
      const v = truth[r]?.[c] ?? 0;
      // Shown counts are the true ones; every count under the threshold (above 0) is hidden.
      if (s.value !== null) expect(s.value).toBe(v);
      else hiddenCells.push([r, c]);
      if (v > 0 && v < threshold) expect(s.value).toBeNull();
      expect(v).toBeGreaterThanOrEqual(s.min);
      expect(v).toBeLessThanOrEqual(s.max);
    });
  });
  return hiddenCells
    .filter(([r, c]) => {
      const s = grid[r]?.[c] as Seen;
      const v = truth[r]?.[c] ?? 0;
      for (let w = s.min; w <= s.max; w++) if (w !== v && anotherTableGives(grid, hiddenCells, [r, c, w])) return false;
      return true;
    })
    .map(([r, c]) => `(${r},${c})=${truth[r]?.[c] ?? 0}`);
}

/** Deterministic pseudo-random numbers (mulberry32), so a failure can be replayed. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

describe('small-cell suppression', () => {
  it('shows a cell of 3 as "<5", and no other cell or total lets it be worked out', () => {
    const counts = [
      [3, 12, 9],
      [14, 8, 11],
      [7, 10, 16],
    ];
    const t = suppressTable({ rows: ['a', 'b', 'c'], columns: ['x', 'y', 'z'], counts }, 5);
    expect(t.cells[0]?.[0]).toEqual({ count: null, display: '<5' });
    // The row and the column of the 3 each hide a second count, so subtraction gives only a sum.
    expect(t.cells[0]?.filter((s) => s.count === null).length).toBeGreaterThanOrEqual(2);
    expect(t.cells.map((row) => row[0]).filter((s) => s?.count === null).length).toBeGreaterThanOrEqual(2);
    expect(t.total).toEqual({ count: 90, display: '90' });
    expect(derivable(counts, 5)).toEqual([]);
  });

  it('shows zero as 0 and leaves a table without small counts alone', () => {
    const t = suppressTable(
      {
        rows: ['a', 'b'],
        columns: ['x', 'y'],
        counts: [
          [0, 12],
          [6, 9],
        ],
      },
      5,
    );
    expect(t.cells.flat().map((s) => s.display)).toEqual(['0', '12', '6', '9']);
    expect(t.rowTotals.map((s) => s.count)).toEqual([12, 15]);
    expect(t.columnTotals.map((s) => s.count)).toEqual([6, 21]);
    expect(t.total.count).toBe(27);
  });

  it('hides a small total too, and protects it like a cell', () => {
    const counts = [
      [1, 2, 0],
      [20, 30, 40],
    ];
    const t = suppressTable({ rows: ['a', 'b'], columns: ['x', 'y', 'z'], counts }, 5);
    expect(t.rowTotals[0]?.display).toBe('<5');
    expect(derivable(counts, 5)).toEqual([]);
  });

  it('never leaves exactly one hidden count in a row or a column of the table with its totals', () => {
    const next = random(7);
    for (let n = 0; n < 200; n++) {
      const cols = 1 + Math.floor(next() * 4);
      const counts = Array.from({ length: 1 + Math.floor(next() * 4) }, () =>
        Array.from({ length: cols }, () => Math.floor(next() * (next() < 0.5 ? 5 : 25))),
      );
      const t = suppressTable({ rows: counts.map(String), columns: (counts[0] ?? []).map(String), counts }, 5);
      const grid = [...t.cells.map((row, r) => [...row, t.rowTotals[r]]), [...t.columnTotals, t.total]];
      const hiddenIn = (cells: (ShownCount | undefined)[]) => cells.filter((s) => s?.count === null).length;
      for (const row of grid) expect(hiddenIn(row)).not.toBe(1);
      for (let c = 0; c < (grid[0]?.length ?? 0); c++) expect(hiddenIn(grid.map((row) => row[c]))).not.toBe(1);
    }
  });

  it('lets no hidden count be derived, over 300 random tables, every derivation tried', () => {
    const next = random(42);
    for (let n = 0; n < 300; n++) {
      const threshold = next() < 0.7 ? 5 : 3;
      const cols = 1 + Math.floor(next() * 4);
      const counts = Array.from({ length: 1 + Math.floor(next() * 3) }, () =>
        Array.from({ length: cols }, () => Math.floor(next() * (next() < 0.5 ? 6 : 20))),
      );
      expect({ counts, threshold, derivable: derivable(counts, threshold) }).toEqual({
        counts,
        threshold,
        derivable: [],
      });
    }
  });

  it('follows the configured threshold', () => {
    const t = suppressTable(
      {
        rows: ['a', 'b'],
        columns: ['x', 'y'],
        counts: [
          [7, 12],
          [16, 9],
        ],
      },
      10,
    );
    expect(t.cells.flat().map((s) => s.display)).toEqual(['<10', 'x', 'x', '<10']);
    expect(
      derivable(
        [
          [7, 12],
          [16, 9],
        ],
        10,
      ),
    ).toEqual([]);
    expect(() => suppressTable({ rows: ['a'], columns: ['x'], counts: [[1]] }, 1)).toThrow(/threshold/);
  });

  it('refuses a count that is not a whole number', () => {
    expect(() => suppressTable({ rows: ['a'], columns: ['x'], counts: [[-1]] }, 5)).toThrow(/whole number/);
    expect(() => suppressTable({ rows: ['a'], columns: ['x'], counts: [[1.5]] }, 5)).toThrow(/whole number/);
  });

  it('suppresses a list with its total: one small count takes a second with it', () => {
    const list = suppressList(
      new Map([
        ['refugee', 3],
        ['asylum_seeker', 40],
        ['humanitarian_stay', 25],
        ['none', 0],
      ]),
      5,
    );
    expect(list.cells[0]?.display).toBe('<5');
    // The cheapest second count to hide is the 0: hidden, it too shows as "<5".
    expect(list.cells[3]?.display).toBe('<5');
    const hidden = list.cells.filter((s) => s.count === null).length + (list.total.count === null ? 1 : 0);
    expect(hidden).toBeGreaterThanOrEqual(2);
    expect(derivable([[3, 40, 25, 0]], 5)).toEqual([]);
  });

  it('hides a list whose every count is small, total included', () => {
    const list = suppressList(
      new Map([
        ['a', 1],
        ['b', 2],
      ]),
      5,
    );
    expect([...list.cells, list.total].map((s) => s.display)).toEqual(['<5', '<5', '<5']);
    expect(derivable([[1, 2]], 5)).toEqual([]);
  });
});
