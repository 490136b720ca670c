import type { ChecklistItem } from './checklist';

/** Highest rating on the 0-3 scale. */
export const MAX_RATING = 3;

/** Item score = rating / 3 × weight (the checklist's `scoring` text). */
export function itemScore(rating: number, weight: number): number {
  return (rating / MAX_RATING) * weight;
}

/**
 * Application score 0-100 = sum of item scores / sum of weights of the rated
 * (applicable) items × 100. Items without a rating do not count either way;
 * null when nothing is rated.
 */
export function applicationScore(
  items: Pick<ChecklistItem, 'key' | 'weight'>[],
  ratings: ReadonlyMap<string, number>,
): number | null {
  let earned = 0;
  let possible = 0;
  for (const item of items) {
    const rating = ratings.get(item.key);
    if (rating === undefined) continue;
    earned += itemScore(rating, item.weight);
    possible += item.weight;
  }
  return possible === 0 ? null : (earned / possible) * 100;
}
