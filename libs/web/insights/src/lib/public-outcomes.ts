import { QUARTERLY_METRICS } from '@abate/shared/metrics';
import { sumCents } from '@abate/shared/money';

/**
 * The suppression rule in plain words. The API's `suppressionRule` says the same
 * at more length and is shown beneath it.
 */
export const SUPPRESSION_SUMMARY =
  'Counts from 1 to 10, and totals that include one, are shown as “suppressed”; a quarter appears once all its reports are final and is never revised.';

/** A published figure (PublicCell). */
export interface CellLike {
  display: string;
  suppressed: boolean;
  value?: number | null;
}

export type CellKind = 'shown' | 'small-count' | 'suppressed' | 'not-reported';

/** What a cell is: a figure, a small count shown as "1-10", a figure hidden to protect one, or not reported. */
export function cellKind(cell: CellLike): CellKind {
  if (cell.suppressed) return cell.display === '1-10' ? 'small-count' : 'suppressed';
  if (cell.value === null || cell.value === undefined) return 'not-reported';
  return 'shown';
}

/** What a hidden cell means, for its abbr title and for screen readers. */
export function cellExplanation(kind: CellKind): string | null {
  switch (kind) {
    case 'small-count':
      return 'A count from 1 to 10, not shown exactly to protect privacy';
    case 'suppressed':
      return 'A count from 1 to 10, or a total that includes one, not shown to protect privacy';
    case 'not-reported':
      return 'No report gave this figure';
    default:
      return null;
  }
}

const METRICS = new Map(QUARTERLY_METRICS.metrics.map((m) => [m.key, m]));

/**
 * A metric's row heading. "of which …" metrics are part of the metric above them;
 * `parent` names it so the row makes sense on its own (screen readers read row headings alone).
 */
export function metricRowLabel(key: string, label: string): { label: string; parent: string | null } {
  const partOf = METRICS.get(key)?.partOf;
  return { label, parent: partOf ? (METRICS.get(partOf)?.label ?? partOf) : null };
}

/** Totals of the spending table. */
export function spendingTotals(rows: readonly { budgetCents: string | bigint; spentCents: string | bigint }[]): {
  budgetCents: bigint;
  spentCents: bigint;
} {
  return {
    budgetCents: sumCents(rows.map((row) => BigInt(row.budgetCents))),
    spentCents: sumCents(rows.map((row) => BigInt(row.spentCents))),
  };
}
