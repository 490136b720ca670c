import { formatDollars } from '@abate/shared/checklist';

/** What the ranking says about a row, enough to place the funding line and explain a row. */
export interface LineRow {
  aboveFundingLine: boolean;
  criticalGaps: readonly string[];
  reviewerCount: number;
  score?: number | null;
}

/**
 * Where the funding line is drawn: the index of the first row below it (the
 * line goes just before that row). The line follows the last row above it;
 * rows skipped above it for a critical gap stay where they rank. 0 when no
 * row is above the line; rows.length when every row is.
 */
export function fundingLineIndex(rows: readonly Pick<LineRow, 'aboveFundingLine'>[]): number {
  for (let index = rows.length - 1; index >= 0; index -= 1) if (rows[index].aboveFundingLine) return index + 1;
  return 0;
}

/**
 * Where the funding line goes on one page of the ranking, given the rank of the last row above
 * it in the whole ranking (0 when none is): the index of the row it goes before (rows.length:
 * after the last row), or null when the line is not at this page's rows. A line between two
 * pages shows at the end of the first and the top of the next.
 */
export function fundingLineIndexInPage(rows: readonly { rank: number }[], lastRankAbove: number): number | null {
  if (rows.length === 0) return null;
  const below = rows.findIndex((row) => row.rank > lastRankAbove);
  if (below === -1) return rows[rows.length - 1].rank === lastRankAbove ? rows.length : null;
  if (below === 0) return rows[0].rank === lastRankAbove + 1 ? 0 : null;
  return below;
}

/** The text of the funding line: "Funding line — $1,200,000 of $2,500,000 budget recommended". */
export function fundingLineText(fundedCents: string | bigint, budgetCents: string | bigint): string {
  return `Funding line — ${formatDollars(fundedCents)} of ${formatDollars(budgetCents)} budget recommended`;
}

export type RowAdvice = 'recommended' | 'critical-gap' | 'unscored' | 'below-line';

/** Why the ranking recommends a row, or does not (the funding line walk in the shared library). */
export function rowAdvice(row: LineRow): RowAdvice {
  if (row.aboveFundingLine) return 'recommended';
  if (row.criticalGaps.length > 0) return 'critical-gap';
  if (row.reviewerCount === 0 || row.score === null) return 'unscored';
  return 'below-line';
}

export type OverrideNeed = 'critical-gap' | 'below-line';

/**
 * Why awarding this row needs an override reason, as the API decides it (on
 * the raw-score ranking): a critical gap first, otherwise not above the line.
 * null when the ranking recommends it.
 */
export function overrideNeed(row: Pick<LineRow, 'aboveFundingLine' | 'criticalGaps'>): OverrideNeed | null {
  if (row.criticalGaps.length > 0) return 'critical-gap';
  return row.aboveFundingLine ? null : 'below-line';
}

/** A 0-100 score for people: one decimal; "Not scored" without reviews. */
export function formatScore(score: number | null | undefined): string {
  return score === null || score === undefined ? 'Not scored' : score.toFixed(1);
}
