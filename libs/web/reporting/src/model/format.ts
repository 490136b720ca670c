import { formatDollars } from '@abate/shared/checklist';
import { formatCalendarDate } from '@abate/web/core';

export { formatDollars };

/** "Jan 1, 2027 – Mar 31, 2027". */
export function formatPeriod(start: string, end: string): string {
  return `${formatCalendarDate(start)} – ${formatCalendarDate(end)}`;
}

/** "1 day", "12 days". */
export function dayCount(days: number): string {
  return days === 1 ? '1 day' : `${days} days`;
}

/** A metric value as people read it: "1,204", "36.5". */
export function formatMetricValue(value: number | null | undefined): string {
  if (value === null || value === undefined) return 'Not entered';
  return value.toLocaleString('en-US', { maximumFractionDigits: 1 });
}
