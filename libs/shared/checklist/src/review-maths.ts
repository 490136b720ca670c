import type { ChecklistItem } from './checklist';
import { criticalGaps, median } from './gaps';
import { applicationScore } from './scoring';

/** One reviewer's submitted ratings for one application. Only submitted, non-conflicted reviews are passed in. */
export interface SubmittedReview {
  reviewerId: string;
  applicationId: string;
  /** itemKey -> rating on the 0-3 scale. Items the reviewer did not rate are absent. */
  ratings: ReadonlyMap<string, number>;
}

/** What the reviews of one application add up to. */
export interface ApplicationScoreSummary {
  applicationId: string;
  /** The number of reviews counted. */
  reviewerCount: number;
  /** Mean rating per checklist item over the reviews that rated it (items nobody rated are absent), in checklist order. */
  itemMeans: Map<string, number>;
  /** applicationScore(items, itemMeans): the weighted 0-100 score over the mean ratings; null with no reviews. */
  score: number | null;
  /** Each reviewer's own 0-100 applicationScore for this application (absent when the reviewer rated no checklist item). */
  reviewerTotals: Map<string, number>;
  /** max - min of reviewerTotals; null with fewer than 2 reviewer totals. */
  spread: number | null;
  /** Item keys, in checklist order, where two reviewers' ratings differ by 2 or more. */
  disagreements: string[];
  /** Critical items whose median rating over the reviews that rated them is 0, in checklist order. */
  criticalGaps: string[];
}

/** Ratings differing by this much or more on one item are a disagreement worth discussing. */
export const DISAGREEMENT_GAP = 2;

const mean = (values: number[]): number => values.reduce((sum, v) => sum + v, 0) / values.length;

/** Population standard deviation (divides by n). */
const populationSd = (values: number[]): number => {
  const m = mean(values);
  return Math.sqrt(values.reduce((sum, v) => sum + (v - m) ** 2, 0) / values.length);
};

/** Below this a standard deviation counts as zero (floating-point noise between equal totals). */
const ZERO_SD = 1e-9;

/**
 * Summarizes the reviews of one application. Reviews of other applications
 * are ignored; ratings of keys that are not checklist items are ignored.
 */
export function summarizeApplication(
  items: Pick<ChecklistItem, 'key' | 'weight' | 'critical'>[],
  applicationId: string,
  reviews: SubmittedReview[],
): ApplicationScoreSummary {
  const own = reviews.filter((review) => review.applicationId === applicationId);

  const itemMeans = new Map<string, number>();
  const itemMedians = new Map<string, number>();
  const disagreements: string[] = [];
  for (const item of items) {
    const ratings = own
      .map((review) => review.ratings.get(item.key))
      .filter((rating): rating is number => rating !== undefined);
    if (ratings.length === 0) continue;
    itemMeans.set(item.key, mean(ratings));
    itemMedians.set(item.key, median(ratings) as number);
    if (Math.max(...ratings) - Math.min(...ratings) >= DISAGREEMENT_GAP) disagreements.push(item.key);
  }

  const reviewerTotals = new Map<string, number>();
  for (const review of own) {
    const total = applicationScore(items, review.ratings);
    if (total !== null) reviewerTotals.set(review.reviewerId, total);
  }
  const totals = [...reviewerTotals.values()];

  return {
    applicationId,
    reviewerCount: own.length,
    itemMeans,
    score: own.length === 0 ? null : applicationScore(items, itemMeans),
    reviewerTotals,
    spread: totals.length < 2 ? null : Math.max(...totals) - Math.min(...totals),
    disagreements,
    criticalGaps: criticalGaps(items, itemMedians),
  };
}

/**
 * Per-reviewer normalization across a round: each reviewer's totals (their
 * 0-100 score per application they reviewed) become z-scores over that
 * reviewer's own reviews (population sd; a reviewer with one review, or zero
 * standard deviation, gets z = 0); each z maps back to 0-100 as
 * grandMean + z * grandSd, where grandMean/grandSd are over ALL reviewer
 * totals in the round (population sd); clamped to [0, 100]. An application's
 * normalized score is the mean of its reviewers' mapped values; null with no
 * reviews.
 *
 * The map holds every application that appears in `reviews`, in order of
 * first appearance; an application absent from it has no reviews (null).
 * A review that rates no checklist item has no total and is left out; an
 * application with only such reviews is null.
 */
export function normalizedScores(
  items: Pick<ChecklistItem, 'key' | 'weight'>[],
  reviews: SubmittedReview[],
): Map<string, number | null> {
  const scored: Array<{ review: SubmittedReview; total: number }> = [];
  const byReviewer = new Map<string, number[]>();
  for (const review of reviews) {
    const total = applicationScore(items, review.ratings);
    if (total === null) continue;
    scored.push({ review, total });
    const totals = byReviewer.get(review.reviewerId);
    if (totals) totals.push(total);
    else byReviewer.set(review.reviewerId, [total]);
  }

  const allTotals = scored.map((s) => s.total);
  const grandMean = allTotals.length ? mean(allTotals) : 0;
  const grandSd = allTotals.length ? populationSd(allTotals) : 0;

  const reviewerStats = new Map<string, { mean: number; sd: number }>();
  for (const [reviewerId, totals] of byReviewer)
    reviewerStats.set(reviewerId, { mean: mean(totals), sd: populationSd(totals) });

  const mapped = new Map<string, number[]>();
  for (const review of reviews) if (!mapped.has(review.applicationId)) mapped.set(review.applicationId, []);
  for (const { review, total } of scored) {
    const stats = reviewerStats.get(review.reviewerId) as { mean: number; sd: number };
    const z = stats.sd < ZERO_SD ? 0 : (total - stats.mean) / stats.sd;
    const value = Math.min(100, Math.max(0, grandMean + z * grandSd));
    mapped.get(review.applicationId)?.push(value);
  }

  const result = new Map<string, number | null>();
  for (const [applicationId, values] of mapped) result.set(applicationId, values.length ? mean(values) : null);
  return result;
}
