import { DISAGREEMENT_GAP } from '@abate/shared/checklist';

/** Applications side by side: fewer says nothing, more does not fit the page. */
export const MIN_COMPARE = 2;
export const MAX_COMPARE = 4;

/** The application ids of `?ids=a,b,c`, in order, without blanks or repeats. */
export function parseCompareIds(search: string): string[] {
  const raw = new URLSearchParams(search).getAll('ids').join(',');
  return [
    ...new Set(
      raw
        .split(',')
        .map((id) => id.trim())
        .filter(Boolean),
    ),
  ];
}

/** The query string of the comparison page: "?ids=a,b,c". */
export function compareSearch(ids: readonly string[]): string {
  return `?ids=${ids.map(encodeURIComponent).join(',')}`;
}

/** Why a set of ids cannot be compared; null when it can. */
export function compareSelectionProblem(count: number): string | null {
  if (count < MIN_COMPARE) return `Choose at least ${MIN_COMPARE} applications to compare`;
  if (count > MAX_COMPARE) return `Choose no more than ${MAX_COMPARE} applications to compare`;
  return null;
}

export interface ItemRatings {
  /** Each review's rating, in review order. */
  ratings: number[];
  mean: number;
  /** Two reviewers' ratings differ by DISAGREEMENT_GAP (2) or more, as the ranking counts disagreements. */
  disagreement: boolean;
}

/** Mean rating per checklist item over the reviews that rated it (items nobody rated are absent). */
export function itemRatings(
  reviews: readonly { scores: readonly { itemKey: string; rating: number }[] }[],
): Map<string, ItemRatings> {
  const ratings = new Map<string, number[]>();
  for (const review of reviews)
    for (const { itemKey, rating } of review.scores) ratings.set(itemKey, [...(ratings.get(itemKey) ?? []), rating]);
  const result = new Map<string, ItemRatings>();
  for (const [itemKey, values] of ratings) {
    result.set(itemKey, {
      ratings: values,
      mean: values.reduce((sum, value) => sum + value, 0) / values.length,
      disagreement: Math.max(...values) - Math.min(...values) >= DISAGREEMENT_GAP,
    });
  }
  return result;
}

/** A mean rating for people: "2.5", "3". */
export function formatMean(mean: number): string {
  return Number.isInteger(mean) ? String(mean) : mean.toFixed(1);
}
