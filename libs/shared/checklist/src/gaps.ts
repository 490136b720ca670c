import type { ChecklistItem } from './checklist';

/**
 * Keys of the critical items rated 0 (a critical gap), in checklist order.
 * Unrated critical items are not gaps.
 */
export function criticalGaps(
  items: Pick<ChecklistItem, 'key' | 'critical'>[],
  ratings: ReadonlyMap<string, number>,
): string[] {
  return items.filter((item) => item.critical && ratings.get(item.key) === 0).map((item) => item.key);
}

/** The median; the mean of the two middle values for an even count; null when there are no values. */
export function median(values: number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}
