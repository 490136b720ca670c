import {
  HIDDEN_CELL,
  intervalAttack,
  seededRandom,
  suppressTable,
  suppressValue,
  type Interval,
  type PublicCell,
  type PublishedEquation,
} from './index';

const THRESHOLD = 10;

/** The table as printed: "S" for hidden entries, totals after "|" and in the last row. */
function printed(result: ReturnType<typeof suppressTable>): string[] {
  const show = (c: PublicCell) => (c.suppressed ? 'S' : String(c.value));
  return [
    ...result.cells.map((row, i) => `${row.map(show).join(' ')} | ${show(result.rowTotals[i])}`),
    `${result.columnTotals.map(show).join(' ')} | ${show(result.grandTotal)}`,
  ];
}

/**
 * The attacker on one published table: unknowns are the hidden cells, boxed by the rules
 * (1..threshold); each shown total is an equation. Returns every hidden cell whose interval
 * the attacker narrowed below 1..threshold.
 */
function attack(cells: number[][], result: ReturnType<typeof suppressTable>): string[] {
  const boxes = new Map<string, Interval>();
  const unknown = (i: number, j: number) => `${i},${j}`;
  cells.forEach((row, i) =>
    row.forEach((_, j) => result.cells[i][j].suppressed && boxes.set(unknown(i, j), [1, THRESHOLD])),
  );
  const equation = (members: Array<[number, number]>, total: PublicCell): PublishedEquation[] => {
    if (total.suppressed) return [];
    const hidden = members.filter(([i, j]) => result.cells[i][j].suppressed);
    const known = members
      .filter(([i, j]) => !result.cells[i][j].suppressed)
      .reduce((s, [i, j]) => s + (result.cells[i][j].value ?? 0), 0);
    return [{ unknowns: hidden.map(([i, j]) => unknown(i, j)), known, total: total.value }];
  };
  const all = cells.flatMap((row, i) => row.map((_, j): [number, number] => [i, j]));
  const equations = [
    ...cells.flatMap((row, i) =>
      equation(
        row.map((_, j): [number, number] => [i, j]),
        result.rowTotals[i],
      ),
    ),
    ...(cells[0] ?? []).flatMap((_, j) =>
      equation(
        cells.map((__, i): [number, number] => [i, j]),
        result.columnTotals[j],
      ),
    ),
    ...equation(all, result.grandTotal),
  ];
  const found = intervalAttack(equations, boxes);
  return [...found]
    .filter(([, [lo, hi]]) => lo > 1 || hi < THRESHOLD)
    .map(([k, [lo, hi]]) => `cell ${k} narrowed to ${lo}..${hi}`);
}

describe('small-cell suppression', () => {
  it('shows 0 and 11 up, hides 1 to 10, with one label whatever the hidden value', () => {
    expect(suppressValue(0)).toEqual({ value: 0, suppressed: false });
    expect(suppressValue(11)).toEqual({ value: 11, suppressed: false });
    for (const v of [1, 7, 10]) expect(suppressValue(v)).toEqual(HIDDEN_CELL);
    expect(HIDDEN_CELL).toEqual({ value: null, suppressed: true, display: 'suppressed' });
  });

  it('hides every total that adds up a hidden cell, and shows the others', () => {
    expect(
      printed(
        suppressTable([
          [7, 40],
          [30, 50],
        ]),
      ),
    ).toEqual(['S 40 | S', '30 50 | 80', 'S 90 | S']);
    expect(
      printed(
        suppressTable([
          [0, 0],
          [12, 0],
        ]),
      ),
    ).toEqual(['0 0 | 0', '12 0 | 12', '12 0 | 12']);
  });

  it('gives no bound away through labels: a "suppressed" total and a hidden cell say the same', () => {
    const result = suppressTable([
      [11, 1],
      [11, 11],
    ]);
    const labels = new Set(
      [result.cells[0][1], result.rowTotals[0], result.columnTotals[1], result.grandTotal].map((c) =>
        JSON.stringify(c),
      ),
    );
    expect(labels.size).toBe(1);
  });

  it('handles empty and all-zero tables, and refuses what is not a table of counts', () => {
    expect(printed(suppressTable([]))).toEqual([' | 0']);
    expect(printed(suppressTable([[0, 0]]))).toEqual(['0 0 | 0', '0 0 | 0']);
    expect(() => suppressTable([[1, 2], [3]])).toThrow(RangeError);
    expect(() => suppressTable([[1, -2]])).toThrow(RangeError);
    expect(() => suppressTable([[1.5]])).toThrow(RangeError);
    expect(() => suppressTable([[1]], { threshold: -1 })).toThrow(RangeError);
  });

  it('the interval attacker does find the attacks it is there to find', () => {
    // A total over two hidden cells that are each at least 1: 2 = a + b pins both to 1.
    expect(
      intervalAttack(
        [{ unknowns: ['a', 'b'], total: 2 }],
        new Map<string, Interval>([
          ['a', [1, 10]],
          ['b', [1, 10]],
        ]),
      ).get('a'),
    ).toEqual([1, 1]);
    // "1-10" next to "suppressed" (at least 11): 25 = x + y with y >= 11 gives x <= 14, y <= 24; with x <= 10, y >= 15.
    expect(
      intervalAttack(
        [{ unknowns: ['x', 'y'], total: 25 }],
        new Map<string, Interval>([
          ['x', [1, 10]],
          ['y', [11, Infinity]],
        ]),
      ).get('y'),
    ).toEqual([15, 24]);
    // Two snapshots of one total, before and after one more grantee's count joined it.
    expect(
      intervalAttack([{ unknowns: ['a'], known: 30, total: 37 }], new Map<string, Interval>([['a', [1, 10]]])).get('a'),
    ).toEqual([7, 7]);
  });

  it('property: on 500 seeded random tables the interval attacker narrows no hidden count below 1..10', () => {
    const random = seededRandom(20_271_205);
    let hiddenSeen = 0;
    for (let n = 0; n < 500; n++) {
      const rows = 1 + Math.floor(random() * 6);
      const columns = 1 + Math.floor(random() * 6);
      const cells = Array.from({ length: rows }, () =>
        Array.from({ length: columns }, () => {
          const x = random();
          return x < 0.4 ? 0 : x < 0.7 ? 1 + Math.floor(random() * 10) : 11 + Math.floor(random() * 40);
        }),
      );
      const result = suppressTable(cells);
      hiddenSeen += result.cells.flat().filter((c) => c.suppressed).length;
      // Shown figures are true; hidden ones are all the one label.
      result.cells.forEach((row, i) =>
        row.forEach((c, j) => expect(c.suppressed ? c : c.value).toEqual(c.suppressed ? HIDDEN_CELL : cells[i][j])),
      );
      expect({ cells, problems: attack(cells, result) }).toEqual({ cells, problems: [] });
    }
    expect(hiddenSeen).toBeGreaterThan(1_000);
  });
});
