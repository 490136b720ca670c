/** An application competing for a round's budget. */
export interface RankingCandidate {
  applicationId: string;
  /** The 0-100 score (see summarizeApplication / normalizedScores); null when not scored. */
  score: number | null;
  /** max - min of the reviewers' totals; null with fewer than 2 reviews. */
  spread: number | null;
  requestedCents: bigint;
  /** Keys of the critical items with a critical gap. */
  criticalGaps: string[];
  submittedAt: Date;
  trackingId: string;
}

export interface RankedRow extends RankingCandidate {
  /** 1..n, no shared ranks. */
  rank: number;
  /** Integer cents recommended; 0 when not recommended. */
  recommendedCents: bigint;
  aboveFundingLine: boolean;
}

export interface Ranking {
  rows: RankedRow[];
  budgetCents: bigint;
  /** The sum of recommendedCents. */
  fundedCents: bigint;
}

/** Scores equal when rounded to this many decimals are ties. */
const SCORE_DECIMALS = 6;
const roundScore = (score: number): number => Math.round(score * 10 ** SCORE_DECIMALS);

const compareText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/**
 * The ranking order (shown to the public board).
 *
 * How applications are ordered:
 * 1. Higher score first. Applications without a score come last.
 * 2. Scores equal to 6 decimal places are a tie. A tie goes to, in turn:
 *    a. the application with fewer critical gaps;
 *    b. the application whose reviewers agreed more (the smaller spread between
 *       the highest and lowest reviewer total; an application without a
 *       spread, i.e. fewer than two reviews, comes after those with one);
 *    c. the application submitted earlier;
 *    d. the application with the smaller tracking id, compared character by
 *       character (not by locale).
 * Ranks run 1..n with no shared ranks.
 */
function compareCandidates(a: RankingCandidate, b: RankingCandidate): number {
  if (a.score === null || b.score === null) {
    if (a.score !== null) return -1;
    if (b.score !== null) return 1;
  } else {
    const byScore = roundScore(b.score) - roundScore(a.score);
    if (byScore !== 0) return byScore;
  }
  const byGaps = a.criticalGaps.length - b.criticalGaps.length;
  if (byGaps !== 0) return byGaps;
  if (a.spread !== b.spread) {
    if (a.spread === null) return 1;
    if (b.spread === null) return -1;
    return a.spread - b.spread;
  }
  const bySubmission = a.submittedAt.getTime() - b.submittedAt.getTime();
  if (bySubmission !== 0) return bySubmission;
  return compareText(a.trackingId, b.trackingId) || compareText(a.applicationId, b.applicationId);
}

/**
 * Candidates in ranking order, as a new array (the input is not reordered).
 *
 * Ties rule: higher score first; null scores last; on equal score (compared
 * rounded to 6 decimals) the one with fewer critical gaps, then the smaller
 * spread (null last), then the earlier submission, then tracking id. Ranks
 * 1..n, no shared ranks (rank = position in this list + 1).
 */
export function rankCandidates(candidates: RankingCandidate[]): RankingCandidate[] {
  return [...candidates].sort(compareCandidates);
}

const assertCents = (name: string, value: bigint): void => {
  if (typeof value !== 'bigint' || value < 0n)
    throw new RangeError(`${name} must be a whole number of cents, 0 or more (got ${value})`);
};

/**
 * Walks down the ranked list: an application with a critical gap is skipped
 * (recommended 0, not above the line) and the walk continues; otherwise it is
 * recommended min(requestedCents, maxAwardCents) if that fits in the remaining
 * budget, else the funding line is drawn there: it and everything below get 0
 * and aboveFundingLine false — a smaller request further down is not moved up
 * to fill the gap. fundedCents = sum recommended. An application with a null
 * score is never recommended. All integer cents; throws RangeError otherwise.
 */
export function fundingLine(candidates: RankingCandidate[], budgetCents: bigint, maxAwardCents: bigint): Ranking {
  assertCents('budgetCents', budgetCents);
  assertCents('maxAwardCents', maxAwardCents);
  for (const candidate of candidates)
    assertCents(`requestedCents of ${candidate.trackingId}`, candidate.requestedCents);

  let remaining = budgetCents;
  let lineDrawn = false;
  const rows = rankCandidates(candidates).map((candidate, index): RankedRow => {
    const row: RankedRow = { ...candidate, rank: index + 1, recommendedCents: 0n, aboveFundingLine: false };
    if (lineDrawn || candidate.criticalGaps.length > 0 || candidate.score === null) return row;
    const award = candidate.requestedCents < maxAwardCents ? candidate.requestedCents : maxAwardCents;
    if (award > remaining) {
      lineDrawn = true;
      return row;
    }
    remaining -= award;
    return { ...row, recommendedCents: award, aboveFundingLine: true };
  });

  return { rows, budgetCents, fundedCents: rows.reduce((sum, row) => sum + row.recommendedCents, 0n) };
}
