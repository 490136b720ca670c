/**
 * Dates and instants as people read them (US English): the one place the web formats them.
 * A calendar date (YYYY-MM-DD: a due date, a grant period, a payment date) has no time zone and
 * must never shift a day; an instant (a submission, an upload, an audit event) is shown in the
 * reader's own time zone. Text that is not what it should be is shown as it came, never "Invalid Date".
 */

export type CalendarDateStyle = 'medium' | 'long';

// UTC on both sides: the date is read as midnight UTC and written in UTC, so no reader's zone can move it.
const calendarDates: Record<CalendarDateStyle, Intl.DateTimeFormat> = {
  medium: new Intl.DateTimeFormat('en-US', { timeZone: 'UTC', dateStyle: 'medium' }),
  long: new Intl.DateTimeFormat('en-US', { timeZone: 'UTC', dateStyle: 'long' }),
};

const localDateTime = new Intl.DateTimeFormat('en-US', { dateStyle: 'medium', timeStyle: 'short' });
const localDates: Record<CalendarDateStyle, Intl.DateTimeFormat> = {
  medium: new Intl.DateTimeFormat('en-US', { dateStyle: 'medium' }),
  long: new Intl.DateTimeFormat('en-US', { dateStyle: 'long' }),
};

/** Midnight UTC of a YYYY-MM-DD date that exists, or null when the text is not one. */
function utcDate(isoDate: string): Date | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate);
  if (!match) return null;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return date.toISOString().slice(0, 10) === isoDate ? date : null;
}

/**
 * A YYYY-MM-DD calendar date: "Apr 30, 2027" (medium) or "April 30, 2027" (long), the same day in
 * every time zone; the text itself when it is not such a date; '' when there is none.
 */
export function formatCalendarDate(isoDate: string | null | undefined, style: CalendarDateStyle = 'medium'): string {
  if (isoDate === null || isoDate === undefined) return '';
  const date = utcDate(isoDate);
  return date ? calendarDates[style].format(date) : isoDate;
}

/**
 * An instant in the reader's own time zone: "Jun 3, 2026, 10:42 AM"; the text itself when it is
 * not an instant; '' when there is none.
 */
export function formatLocalDateTime(instant: string | number | Date | null | undefined): string {
  if (instant === null || instant === undefined) return '';
  const date = new Date(instant);
  return Number.isNaN(date.getTime()) ? String(instant) : localDateTime.format(date);
}

/**
 * The day of an instant in the reader's own time zone: "June 3, 2026" (long) for a member who
 * joined at 7 pm in Los Angeles on June 3, though it was June 4 in UTC; the text itself when it
 * is not an instant; '' when there is none.
 */
export function formatLocalDate(
  instant: string | number | Date | null | undefined,
  style: CalendarDateStyle = 'medium',
): string {
  if (instant === null || instant === undefined) return '';
  const date = new Date(instant);
  return Number.isNaN(date.getTime()) ? String(instant) : localDates[style].format(date);
}
