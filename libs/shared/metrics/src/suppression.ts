/**
 * Small-cell suppression for public figures (quarterly-metrics.json rules: "Public
 * figures suppress any count from 1 to 10 (shown as '1-10'), and any figure from
 * which a suppressed count could be recomputed").
 *
 * A table is published with its row totals, column totals and grand total, so
 * it is handled as the (R+1) x (C+1) grid of cells plus totals. Each row and
 * each column of that grid, the totals row and totals column included, is a
 * "line": its last entry is the sum of the others. A line with exactly one
 * hidden entry gives that entry away by subtraction, hence complementary
 * suppression.
 *
 * That is not quite enough when lines are combined: take the hidden entries as
 * edges of a graph between grid rows and grid columns. Adding and subtracting
 * whole lines recovers an entry exactly when its edge is a bridge (no cycle
 * passes through it); an entry on a cycle can be moved by +1/-1 around the cycle
 * without changing any published figure. So after the line rule, every bridge
 * is closed into a cycle by hiding the cheapest path of further non-zero
 * entries, and the two steps repeat until neither changes anything.
 */

export type PublicCell = { value: number; suppressed: false } | { value: null; suppressed: true; display: '1-10' | 'suppressed' };

type Hidden = 'shown' | 'primary' | 'complementary';

function checkCount(value: number, what: string): void {
  if (!Number.isInteger(value) || value < 0) throw new RangeError(`${what} must be a whole number >= 0, not ${value}`);
}

function primaryCell(threshold: number): PublicCell {
  // "1-10" is only true of a hidden count when the threshold is at most 10.
  return { value: null, suppressed: true, display: threshold <= 10 ? '1-10' : 'suppressed' };
}

/** A single figure published without totals: 1..10 is shown as "1-10"; 0 and 11 up are shown. */
export function suppressValue(value: number): PublicCell {
  checkCount(value, 'A count');
  return value >= 1 && value <= 10 ? primaryCell(10) : { value, suppressed: false };
}

/**
 * A table of counts with its row totals, column totals and grand total, made safe
 * to publish. Primary suppression: every cell and total from 1 to `threshold`
 * (default 10; 0 is shown, a true zero reveals nothing). Complementary
 * suppression: in any row or column (totals row and column included) with
 * exactly one hidden entry, hide the smallest other non-zero cell of that line
 * (its total only when there is no other), repeating until no line has exactly
 * one; then close any hidden entry still recoverable by combining lines (see the
 * file comment). Complementary entries show "suppressed". Ties go to the first
 * in reading order, so the result is deterministic.
 */
export function suppressTable(
  cells: number[][],
  options: { threshold?: number } = {},
): { cells: PublicCell[][]; rowTotals: PublicCell[]; columnTotals: PublicCell[]; grandTotal: PublicCell } {
  const threshold = options.threshold ?? 10;
  checkCount(threshold, 'The threshold');
  const rows = cells.length;
  const columns = rows ? cells[0].length : 0;
  cells.forEach((row, i) => {
    if (row.length !== columns) throw new RangeError(`Row ${i} has ${row.length} cells where row 0 has ${columns}`);
    row.forEach((value, j) => checkCount(value, `Cell [${i}][${j}]`));
  });

  // The grid: cells, each row's total in column `columns`, the column totals in row `rows`.
  const grid = cells.map((row) => [...row, row.reduce((a, b) => a + b, 0)]);
  grid.push(Array.from({ length: columns + 1 }, (_, j) => grid.reduce((sum, row) => sum + row[j], 0)));
  const hidden: Hidden[][] = grid.map((row) => row.map((value) => (value >= 1 && value <= threshold ? 'primary' : 'shown')));

  // Lines as lists of [i, j], the line's total last.
  const lines: Array<Array<[number, number]>> = [
    ...grid.map((_, i) => grid[i].map((_, j): [number, number] => [i, j])),
    ...grid[0].map((_, j) => grid.map((_, i): [number, number] => [i, j])),
  ];

  const lineRule = (): void => {
    for (let changed = true; changed; ) {
      changed = false;
      for (const line of lines) {
        if (line.filter(([i, j]) => hidden[i][j] !== 'shown').length !== 1) continue;
        const members = line.slice(0, -1).filter(([i, j]) => hidden[i][j] === 'shown' && grid[i][j] > 0);
        // The single hidden entry is >= 1, so the line's total, or another member, is non-zero.
        const pick = members.length ? members.reduce((best, at) => (grid[at[0]][at[1]] < grid[best[0]][best[1]] ? at : best)) : line[line.length - 1];
        hidden[pick[0]][pick[1]] = 'complementary';
        changed = true;
      }
    }
  };

  // Graph: vertex i (< rows + 1) is grid row i, vertex rows + 1 + j is grid column j.
  const vertexCount = rows + 1 + columns + 1;
  const columnVertex = (j: number) => rows + 1 + j;
  const cellOf = (u: number, v: number): [number, number] => (u <= rows ? [u, v - rows - 1] : [v, u - rows - 1]);

  /** Vertices reachable from `from` through hidden entries, without crossing the entry `skip`. */
  const reach = (from: number, skip: [number, number]): Set<number> => {
    const seen = new Set([from]);
    const queue = [from];
    while (queue.length) {
      const u = queue.shift() as number;
      for (let v = 0; v < vertexCount; v++) {
        if (seen.has(v) || (u <= rows) === (v <= rows)) continue;
        const [i, j] = cellOf(u, v);
        if (hidden[i][j] === 'shown' || (i === skip[0] && j === skip[1])) continue;
        seen.add(v);
        queue.push(v);
      }
    }
    return seen;
  };

  /** Hides the cheapest path of non-zero shown entries that puts a bridge on a cycle; false when there is no bridge. */
  const closeOneBridge = (): boolean => {
    for (let i = 0; i <= rows; i++) {
      for (let j = 0; j <= columns; j++) {
        if (hidden[i][j] === 'shown') continue;
        const sideA = reach(i, [i, j]);
        if (sideA.has(columnVertex(j))) continue; // on a cycle already
        const sideB = reach(columnVertex(j), [i, j]);
        // Dijkstra from every vertex of side B to the nearest of side A; a path's cost is the sum it hides.
        const cost = new Array<number>(vertexCount).fill(Infinity);
        const previous = new Array<number>(vertexCount).fill(-1);
        const done = new Set<number>();
        for (const v of sideB) cost[v] = 0;
        for (;;) {
          let u = -1;
          for (let v = 0; v < vertexCount; v++) if (!done.has(v) && cost[v] < Infinity && (u < 0 || cost[v] < cost[u])) u = v;
          if (u < 0) throw new Error('No path closes a recoverable suppressed entry (cannot happen for a table of counts)');
          done.add(u);
          if (sideA.has(u)) {
            for (let v = u; previous[v] >= 0; v = previous[v]) {
              const [a, b] = cellOf(v, previous[v]);
              hidden[a][b] = 'complementary';
            }
            return true;
          }
          for (let v = 0; v < vertexCount; v++) {
            if (done.has(v) || (u <= rows) === (v <= rows)) continue;
            const [a, b] = cellOf(u, v);
            if (hidden[a][b] !== 'shown' || grid[a][b] === 0) continue;
            if (cost[u] + grid[a][b] < cost[v]) {
              cost[v] = cost[u] + grid[a][b];
              previous[v] = u;
            }
          }
        }
      }
    }
    return false;
  };

  for (let changed = true; changed; ) {
    lineRule();
    changed = closeOneBridge();
  }

  const publish = (i: number, j: number): PublicCell => {
    const state = hidden[i][j];
    if (state === 'shown') return { value: grid[i][j], suppressed: false };
    return state === 'primary' ? primaryCell(threshold) : { value: null, suppressed: true, display: 'suppressed' };
  };
  return {
    cells: cells.map((row, i) => row.map((_, j) => publish(i, j))),
    rowTotals: cells.map((_, i) => publish(i, columns)),
    columnTotals: Array.from({ length: columns }, (_, j) => publish(rows, j)),
    grandTotal: publish(rows, columns),
  };
}
