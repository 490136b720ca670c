import { suppressTable, suppressValue, type PublicCell } from './index';

/** The table as printed: "1-10" or "S" (complementary) for hidden entries, totals after "|" and in the last row. */
function printed(result: ReturnType<typeof suppressTable>): string[] {
  const show = (c: PublicCell) => (c.suppressed ? (c.display === '1-10' ? '1-10' : 'S') : String(c.value));
  return [
    ...result.cells.map((row, i) => `${row.map(show).join(' ')} | ${show(result.rowTotals[i])}`),
    `${result.columnTotals.map(show).join(' ')} | ${show(result.grandTotal)}`,
  ];
}

/** The published grid: cells with each row's total last, then the column totals and the grand total. */
function publishedGrid(result: ReturnType<typeof suppressTable>): PublicCell[][] {
  return [...result.cells.map((row, i) => [...row, result.rowTotals[i]]), [...result.columnTotals, result.grandTotal]];
}

function trueGrid(cells: number[][]): number[][] {
  const grid = cells.map((row) => [...row, row.reduce((a, b) => a + b, 0)]);
  const width = (cells[0]?.length ?? 0) + 1;
  grid.push(Array.from({ length: width }, (_, j) => grid.reduce((sum, row) => sum + row[j], 0)));
  return grid;
}

function rank(matrix: number[][]): number {
  const m = matrix.map((row) => [...row]);
  let r = 0;
  for (let col = 0; col < (m[0]?.length ?? 0) && r < m.length; col++) {
    let pivot = r;
    for (let i = r + 1; i < m.length; i++) if (Math.abs(m[i][col]) > Math.abs(m[pivot][col])) pivot = i;
    if (Math.abs(m[pivot][col]) < 1e-9) continue;
    [m[r], m[pivot]] = [m[pivot], m[r]];
    for (let i = 0; i < m.length; i++) {
      if (i === r) continue;
      const factor = m[i][col] / m[r][col];
      for (let k = col; k < m[i].length; k++) m[i][k] -= factor * m[r][k];
    }
    r++;
  }
  return r;
}

/**
 * Hidden grid entries an attacker can compute exactly from the published ones.
 * Every line (each row and column of the grid, totals included) says "members
 * minus total = 0"; moving the published entries to the right-hand side leaves a
 * linear system in the hidden ones. A hidden entry is determined exactly when
 * its column of that system is not a combination of the other columns, i.e.
 * removing it lowers the rank. This is independent of how suppressTable works.
 */
function recoverable(grid: number[][], hidden: boolean[][]): Array<[number, number]> {
  const unknowns: Array<[number, number]> = [];
  grid.forEach((row, i) => row.forEach((_, j) => hidden[i][j] && unknowns.push([i, j])));
  const last = { row: grid.length - 1, col: grid[0].length - 1 };
  const coefficient = (line: { row?: number; col?: number }, [i, j]: [number, number]) => {
    if (line.row === i) return j === last.col ? -1 : 1;
    if (line.col === j) return i === last.row ? -1 : 1;
    return 0;
  };
  const lines = [...grid.map((_, row) => ({ row })), ...grid[0].map((_, col) => ({ col }))];
  const system = lines.map((line) => unknowns.map((at) => coefficient(line, at)));
  const full = rank(system);
  return unknowns.filter((_, k) => rank(system.map((row) => row.filter((_, m) => m !== k))) < full);
}

/** Every property the publication must have; returns the problems found (none expected). */
function auditPublication(cells: number[][], result: ReturnType<typeof suppressTable>, threshold = 10): string[] {
  const problems: string[] = [];
  const truth = trueGrid(cells);
  const published = publishedGrid(result);
  const hidden = published.map((row) => row.map((c) => c.suppressed));
  truth.forEach((row, i) =>
    row.forEach((value, j) => {
      const cell = published[i][j];
      if (!cell.suppressed && cell.value !== value) problems.push(`[${i}][${j}] published ${cell.value}, true ${value}`);
      if (value >= 1 && value <= threshold && !(cell.suppressed && cell.display === '1-10')) problems.push(`[${i}][${j}] = ${value} not shown as 1-10`);
      if (value === 0 && cell.suppressed) problems.push(`[${i}][${j}] is a zero yet hidden`);
    }),
  );
  truth.forEach((_, i) => {
    if (hidden[i].filter(Boolean).length === 1) problems.push(`row ${i} has exactly one hidden entry`);
  });
  truth[0].forEach((_, j) => {
    if (hidden.filter((row) => row[j]).length === 1) problems.push(`column ${j} has exactly one hidden entry`);
  });
  for (const [i, j] of recoverable(truth, hidden)) problems.push(`[${i}][${j}] = ${truth[i][j]} can be recomputed`);
  return problems;
}

/** mulberry32: a small seeded PRNG, so the random cases are the same on every run. */
function prng(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

describe('suppressValue', () => {
  it('shows 0 and 11 up, hides 1 to 10', () => {
    expect(suppressValue(0)).toEqual({ value: 0, suppressed: false });
    expect(suppressValue(1)).toEqual({ value: null, suppressed: true, display: '1-10' });
    expect(suppressValue(10)).toEqual({ value: null, suppressed: true, display: '1-10' });
    expect(suppressValue(11)).toEqual({ value: 11, suppressed: false });
    expect(() => suppressValue(-1)).toThrow(RangeError);
    expect(() => suppressValue(2.5)).toThrow(RangeError);
  });
});

describe('suppressTable', () => {
  it('hides a small cell and the cells that would give it away', () => {
    // 12  3 | 15      The 3 is primary. Row 0 then has one hidden cell: hide its smallest other
    // 20 25 | 45      non-zero cell, 12. Column 0 (12 hidden): hide 20. Column 1 (3 hidden): hide 25.
    // 32 28 | 60      All four cells are hidden, every total shown: with x00 = t the others are
    //                 15 - t, 32 - t, 13 + t, and any t from 5 to 14 fits (x01 in 1..10).
    const cells = [
      [12, 3],
      [20, 25],
    ];
    const result = suppressTable(cells);
    expect(printed(result)).toEqual(['S 1-10 | 15', 'S S | 45', '32 28 | 60']);
    expect(auditPublication(cells, result)).toEqual([]);
  });

  it('shows true zeros and hides small totals', () => {
    //  0  5 |  5      5 and the row total 5 are primary. Column 1 (5 hidden): hide 40. The totals
    // 30 40 | 70      column (5 hidden): hide 70. Row 1 now has 40 and 70 hidden; the zero and the
    // 30 45 | 75      30 stay: the hidden four form a cycle (x01 + x11 = 45, x11 + 30 = row total 1).
    const cells = [
      [0, 5],
      [30, 40],
    ];
    const result = suppressTable(cells);
    expect(printed(result)).toEqual(['0 1-10 | 1-10', '30 S | S', '30 45 | 75']);
    expect(auditPublication(cells, result)).toEqual([]);
  });

  it('hides a total when it is the only other entry of its line', () => {
    // One row: each column total equals its cell. 3 and its column total 3 are primary; row 0 and the
    // totals row (3 hidden) each hide 20; then column 1 holds 20 and its total 20, both hidden.
    const cells = [[3, 20, 0]];
    const result = suppressTable(cells);
    expect(printed(result)).toEqual(['1-10 S 0 | 23', '1-10 S 0 | 23']);
    expect(auditPublication(cells, result)).toEqual([]);
  });

  it('closes a gap the line rule alone leaves: a cell recomputed by combining lines', () => {
    //  4  4 65 |  73    The line rule alone hides 4, 4, 2, the column total 6 (primary) and 18, 36,
    // 32  2 18 |  52    42, the row total 42, 52 (complementary): every line then has 0 or at least
    //  0  0 42 |  42    2 hidden entries. Yet the 2 can be recomputed: row 1 gives 32 + x11 + x12 = x13,
    // 36  6 125 | 167   row 2 gives x22 = x23, column 2 gives x12 + x22 = 60, the totals column gives
    //                   x13 + x23 = 94; so 94 = x13 + x23 = 32 + x11 + x12 + 60 - x12 = 92 + x11: x11 = 2.
    const cells = [
      [4, 4, 65],
      [32, 2, 18],
      [0, 0, 42],
    ];
    const lineRuleOnly = [
      [true, true, false, false],
      [false, true, true, true],
      [false, false, true, true],
      [true, true, false, false],
    ];
    expect(recoverable(trueGrid(cells), lineRuleOnly)).toEqual([[1, 1]]);
    // suppressTable also hides 32, the cheapest entry joining the two groups of hidden entries into a cycle.
    const result = suppressTable(cells);
    expect(printed(result)).toEqual(['1-10 1-10 65 | 73', 'S 1-10 S | S', '0 0 S | S', 'S 1-10 125 | 167']);
    expect(auditPublication(cells, result)).toEqual([]);
  });

  it('takes another threshold; hidden counts above 10 are not labelled 1-10', () => {
    const cells = [
      [12, 3],
      [20, 25],
    ];
    expect(printed(suppressTable(cells, { threshold: 0 }))).toEqual(['12 3 | 15', '20 25 | 45', '32 28 | 60']);
    const result = suppressTable(cells, { threshold: 12 });
    expect(result.cells[0][0]).toEqual({ value: null, suppressed: true, display: 'suppressed' });
    expect(auditPublication(cells, result, 0).filter((p) => !p.includes('not shown as 1-10'))).toEqual([]);
  });

  it('handles empty and all-zero tables, and refuses what is not a table of counts', () => {
    expect(suppressTable([])).toEqual({ cells: [], rowTotals: [], columnTotals: [], grandTotal: { value: 0, suppressed: false } });
    expect(printed(suppressTable([[0, 0]]))).toEqual(['0 0 | 0', '0 0 | 0']);
    expect(() => suppressTable([[1, 2], [3]])).toThrow(RangeError);
    expect(() => suppressTable([[1, -2]])).toThrow(RangeError);
    expect(() => suppressTable([[1.5]])).toThrow(RangeError);
    expect(() => suppressTable([[1]], { threshold: -1 })).toThrow(RangeError);
  });

  it('never lets a hidden count be recomputed: 200 seeded random tables', () => {
    const random = prng(20_270_430);
    let hiddenSeen = 0;
    for (let n = 0; n < 200; n++) {
      const rows = 1 + Math.floor(random() * 6);
      const columns = 1 + Math.floor(random() * 6);
      // Half zeros, a fifth small counts, the rest 11 to 50: sparse tables like a quarter's counts by
      // county, and the mix where the line rule alone most often leaves a recomputable cell (about 1 in 20).
      const cells = Array.from({ length: rows }, () =>
        Array.from({ length: columns }, () => {
          const x = random();
          return x < 0.5 ? 0 : x < 0.7 ? 1 + Math.floor(random() * 10) : 11 + Math.floor(random() * 40);
        }),
      );
      const result = suppressTable(cells);
      hiddenSeen += publishedGrid(result).flat().filter((c) => c.suppressed).length;
      expect({ cells, problems: auditPublication(cells, result) }).toEqual({ cells, problems: [] });
    }
    expect(hiddenSeen).toBeGreaterThan(1_000); // the cases do exercise suppression
  });
});
