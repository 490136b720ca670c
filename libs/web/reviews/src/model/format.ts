import { formatDollars } from '@abate/shared/checklist';

export { formatDollars };

/** A rating with its label from the checklist's scale: "2 Meets". */
export function ratingText(
  rating: number | string | null | undefined,
  scale: ReadonlyArray<{ value: number; label: string }>,
): string {
  if (rating === null || rating === undefined || rating === '') return 'Not rated';
  const step = scale.find((s) => String(s.value) === String(rating));
  return step ? `${step.value} ${step.label}` : String(rating);
}
