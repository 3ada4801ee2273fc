import { knownRange, shownCount, type ShownCount } from './shown-count.js';

/** Counts by two dimensions: `counts[row][column]`, whole numbers, none negative. */
export interface CountTable {
  rows: readonly string[];
  columns: readonly string[];
  counts: readonly (readonly number[])[];
}

/** A table of counts with its row, column and grand totals, as it may be shown. */
export interface SuppressedTable {
  rows: string[];
  columns: string[];
  cells: ShownCount[][];
  rowTotals: ShownCount[];
  columnTotals: ShownCount[];
  total: ShownCount;
  threshold: number;
}

/**
 * The table with its totals as one grid: cell (r, c) for r < R and c < C, the row totals in
 * column C, the column totals in row R, the grand total at (R, C). Every row of the grid
 * satisfies Σ inner − total = 0, and so does every column: the relations a reader can use.
 */
function grid(table: CountTable): number[][] {
  const rowsN = table.rows.length;
  const colsN = table.columns.length;
  const g = Array.from({ length: rowsN + 1 }, () => new Array<number>(colsN + 1).fill(0));
  for (let r = 0; r < rowsN; r++) {
    for (let c = 0; c < colsN; c++) {
      const v = table.counts[r]?.[c];
      if (v === undefined || !Number.isInteger(v) || v < 0) {
        throw new RangeError(`count at row ${r}, column ${c} must be a whole number not below 0`);
      }
      const rowOf = g[r] as number[];
      const totalRow = g[rowsN] as number[];
      rowOf[c] = v;
      rowOf[colsN] = (rowOf[colsN] ?? 0) + v;
      totalRow[c] = (totalRow[c] ?? 0) + v;
      totalRow[colsN] = (totalRow[colsN] ?? 0) + v;
    }
  }
  return g;
}

interface Corner {
  r: number;
  c: number;
  /** The change of this cell when the rectangle is shifted by +1. */
  sign: number;
}

/**
 * Which cells of the grid to hide. Primary: every count (cell or total) above 0 and under the
 * threshold. Secondary: each hidden count must change in some other table that agrees with
 * everything shown — the same visible counts, the same relations between cells and totals, and
 * each hidden count within the range its mark gives away ("<5": 0 to 4; "x": 5 or more). For
 * each hidden count not yet so covered, the cheapest rectangle of four cells (two rows, two
 * columns, totals included) is hidden on which a shift of one up and down around the corners
 * keeps every corner within its range: that shifted table is the other one, and it changes all
 * four corners. The cost prefers cells already hidden, then inner cells over totals, then small
 * counts. When no rectangle works (a table too small for any), every count is hidden.
 */
export function planSuppression(table: CountTable, threshold: number): boolean[][] {
  if (!Number.isInteger(threshold) || threshold < 2)
    throw new RangeError('threshold must be a whole number of 2 or more');
  const g = grid(table);
  const last = { r: table.rows.length, c: table.columns.length };
  const value = (r: number, c: number) => g[r]?.[c] ?? 0;
  const hidden = g.map((row) => row.map((v) => v > 0 && v < threshold));
  const covered = g.map((row) => row.map(() => false));
  const isHidden = (r: number, c: number) => hidden[r]?.[c] === true;

  const fits = (corners: readonly Corner[], step: number) =>
    corners.every(({ r, c, sign }) => {
      const v = value(r, c);
      const range = knownRange(v, true, threshold);
      const moved = v + sign * step;
      return moved >= range.min && moved <= range.max;
    });

  const rectangle = (r1: number, c1: number, r2: number, c2: number): Corner[] => {
    // Row r sums inner cells minus its total (column `last.c`); likewise columns. The signs make
    // every row and column of the rectangle keep its relation when the corners move.
    const rowSign = (r: number, first: boolean) => (r === last.r ? -1 : 1) * (first ? 1 : -1);
    const colSign = (c: number, first: boolean) => (c === last.c ? -1 : 1) * (first ? 1 : -1);
    return [
      { r: r1, c: c1, sign: rowSign(r1, true) * colSign(c1, true) },
      { r: r1, c: c2, sign: rowSign(r1, true) * colSign(c2, false) },
      { r: r2, c: c1, sign: rowSign(r2, false) * colSign(c1, true) },
      { r: r2, c: c2, sign: rowSign(r2, false) * colSign(c2, false) },
    ];
  };

  const cost = (corners: readonly Corner[]): number[] => {
    const added = corners.filter(({ r, c }) => !isHidden(r, c));
    const totals = added.filter(({ r, c }) => r === last.r || c === last.c).length;
    return [added.length, totals, added.reduce((sum, { r, c }) => sum + value(r, c), 0)];
  };
  const cheaper = (a: number[], b: number[]) => {
    for (let i = 0; i < a.length; i++) if ((a[i] ?? 0) !== (b[i] ?? 0)) return (a[i] ?? 0) < (b[i] ?? 0);
    return false;
  };

  for (;;) {
    const next = uncoveredHidden(hidden, covered);
    if (next === null) return hidden;
    const [r1, c1] = next;
    let best: { corners: Corner[]; cost: number[] } | null = null;
    for (let r2 = 0; r2 <= last.r; r2++) {
      if (r2 === r1) continue;
      for (let c2 = 0; c2 <= last.c; c2++) {
        if (c2 === c1) continue;
        const corners = rectangle(r1, c1, r2, c2);
        if (!fits(corners, 1) && !fits(corners, -1)) continue;
        const price = cost(corners);
        if (best === null || cheaper(price, best.cost)) best = { corners, cost: price };
      }
    }
    if (best === null) return hidden.map((row) => row.map(() => true));
    for (const { r, c } of best.corners) {
      (hidden[r] as boolean[])[c] = true;
      (covered[r] as boolean[])[c] = true;
    }
  }
}

function uncoveredHidden(hidden: readonly (readonly boolean[])[], covered: readonly (readonly boolean[])[]) {
  for (let r = 0; r < hidden.length; r++) {
    const row = hidden[r] ?? [];
    for (let c = 0; c < row.length; c++) if (row[c] === true && covered[r]?.[c] !== true) return [r, c] as const;
  }
  return null;
}

/** A table of counts with totals, small counts hidden and no hidden count derivable from the rest. */
export function suppressTable(table: CountTable, threshold: number): SuppressedTable {
  const g = grid(table);
  const hidden = planSuppression(table, threshold);
  const R = table.rows.length;
  const C = table.columns.length;
  const show = (r: number, c: number) => shownCount(g[r]?.[c] ?? 0, hidden[r]?.[c] === true, threshold);
  return {
    rows: [...table.rows],
    columns: [...table.columns],
    cells: table.rows.map((_, r) => table.columns.map((_c, c) => show(r, c))),
    rowTotals: table.rows.map((_, r) => show(r, C)),
    columnTotals: table.columns.map((_, c) => show(R, c)),
    total: show(R, C),
    threshold,
  };
}

/** Counts by one dimension with their total, as they may be shown. */
export interface SuppressedList {
  keys: string[];
  cells: ShownCount[];
  total: ShownCount;
  threshold: number;
}

/**
 * Counts by one dimension with their total: small counts hidden, and enough others with them
 * (or the total) that none can be worked out by subtraction.
 */
export function suppressList(counts: ReadonlyMap<string, number>, threshold: number): SuppressedList {
  const keys = [...counts.keys()];
  const t = suppressTable({ rows: ['all'], columns: keys, counts: [keys.map((k) => counts.get(k) ?? 0)] }, threshold);
  return { keys, cells: t.cells[0] ?? [], total: t.rowTotals[0] ?? t.total, threshold };
}
