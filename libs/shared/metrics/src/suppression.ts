/**
 * Small-cell suppression for public figures (quarterly-metrics.json rules: public figures
 * suppress any count from 1 to 10, and any figure from which a suppressed count could be
 * recomputed). The threat model is in docs/security.md.
 *
 * The reader is assumed to hold EVERY published snapshot and to know these rules, so a hidden
 * count is known to lie in 1..threshold. Any published figure that adds a hidden count to
 * shown ones narrows that interval (a row total with one hidden cell gives it away; with
 * several, bounds such as "each is at least 1" can pin them down, as can two snapshots of a
 * total taken before and after one more figure joined it). So the rule is a closure rule:
 *
 *   a figure is shown only when it is not a count from 1 to `threshold` AND every entry it
 *   adds up is shown.
 *
 * Then every published equation contains shown figures only, and a hidden count's interval,
 * for any attacker with any number of snapshots (as long as a shown figure never changes, see
 * the finality rule in the public outcomes), is exactly 1..threshold: nothing is learnt.
 * Every hidden figure carries one label, "suppressed", so the label gives no bound away.
 */

export const SUPPRESSED = 'suppressed' as const;

export type PublicCell =
  { value: number; suppressed: false } | { value: null; suppressed: true; display: typeof SUPPRESSED };

export const HIDDEN_CELL: PublicCell = { value: null, suppressed: true, display: SUPPRESSED };

function checkCount(value: number, what: string): void {
  if (!Number.isInteger(value) || value < 0) throw new RangeError(`${what} must be a whole number >= 0, not ${value}`);
}

/** A single figure published without totals: 1..threshold (default 10) is hidden; 0 and above are shown. */
export function suppressValue(value: number, options: { threshold?: number } = {}): PublicCell {
  const threshold = options.threshold ?? 10;
  checkCount(value, 'A count');
  return value >= 1 && value <= threshold ? HIDDEN_CELL : { value, suppressed: false };
}

/**
 * A sum of published figures: shown only when every part is shown (and the sum is not itself
 * a small count, which cannot happen for parts that are each 0 or above the threshold).
 */
export function sumOfPublished(parts: readonly PublicCell[], options: { threshold?: number } = {}): PublicCell {
  if (parts.some((p) => p.suppressed)) return HIDDEN_CELL;
  return suppressValue(
    parts.reduce((sum, p) => sum + (p.value ?? 0), 0),
    options,
  );
}

/**
 * A table of counts with its row totals, column totals and grand total, made safe to publish:
 * every cell from 1 to `threshold` (default 10) is hidden, and so is every total that adds up a
 * hidden cell. 0 is shown (a true zero reveals nothing).
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
  const published = cells.map((row) => row.map((value) => suppressValue(value, { threshold })));
  const rowTotals = published.map((row) => sumOfPublished(row, { threshold }));
  const columnTotals = Array.from({ length: columns }, (_, j) =>
    sumOfPublished(
      published.map((row) => row[j]),
      { threshold },
    ),
  );
  return { cells: published, rowTotals, columnTotals, grandTotal: sumOfPublished(rowTotals, { threshold }) };
}
