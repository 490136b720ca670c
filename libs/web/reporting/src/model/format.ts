import { formatDollars } from '@abate/shared/checklist';

export { formatDollars };

const calendarDate = new Intl.DateTimeFormat('en-US', {
  timeZone: 'UTC',
  month: 'short',
  day: 'numeric',
  year: 'numeric',
});
const dateTime = new Intl.DateTimeFormat('en-US', { dateStyle: 'medium', timeStyle: 'short' });

/** Midnight UTC of a YYYY-MM-DD date, or null when it is not one. */
function utcDate(isoDate: string): Date | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate);
  return match ? new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]))) : null;
}

/** A calendar date as "Apr 30, 2027" (no time zone: it must not shift a day); the text itself when it is not a date. */
export function formatDate(isoDate: string): string {
  const date = utcDate(isoDate);
  return date ? calendarDate.format(date) : isoDate;
}

/** "Jan 1, 2027 – Mar 31, 2027". */
export function formatPeriod(start: string, end: string): string {
  return `${formatDate(start)} – ${formatDate(end)}`;
}

/** An instant in the reader's own time zone: "Jun 3, 2026, 10:42 AM". */
export function formatDateTime(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : dateTime.format(date);
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
