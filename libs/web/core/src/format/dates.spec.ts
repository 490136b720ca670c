import { beforeAll, describe, expect, it } from 'vitest';
import { formatCalendarDate, formatLocalDate, formatLocalDateTime } from './dates';

// ICU writes the space before AM as U+202F in some versions and as a plain space in others.
const plain = (text: string) => text.replace(/\s/g, ' ');

describe('date formatting', () => {
  beforeAll(() => {
    // The web tests run as a reader in Los Angeles (.config/vitest.web.config.mts sets TZ), where
    // midnight UTC of a date is the evening before: a calendar date read in the reader's zone would
    // show the day before. Without that zone the "never shifts a day" checks below prove nothing.
    expect(new Date(Date.UTC(2027, 0, 1)).getDate()).toBe(31);
  });

  it('writes a calendar date on its own day in a zone west of UTC, medium or long', () => {
    expect(formatCalendarDate('2027-01-01')).toBe('Jan 1, 2027');
    expect(formatCalendarDate('2027-04-30', 'medium')).toBe('Apr 30, 2027');
    expect(formatCalendarDate('2027-01-01', 'long')).toBe('January 1, 2027');
    expect(formatCalendarDate('2026-12-31', 'long')).toBe('December 31, 2026');
  });

  it('shows text that is not a YYYY-MM-DD date as it came, and nothing for no date', () => {
    expect(formatCalendarDate('soon')).toBe('soon');
    expect(formatCalendarDate('2027-02-30')).toBe('2027-02-30');
    expect(formatCalendarDate('2027-01-01T00:00:00Z')).toBe('2027-01-01T00:00:00Z');
    expect(formatCalendarDate('')).toBe('');
    expect(formatCalendarDate(null)).toBe('');
    expect(formatCalendarDate(undefined, 'long')).toBe('');
  });

  it('writes an instant in the reader’s own time zone', () => {
    expect(plain(formatLocalDateTime('2026-06-03T17:42:00Z'))).toBe('Jun 3, 2026, 10:42 AM');
    // Midnight UTC on New Year's Day is still the old year for this reader.
    expect(plain(formatLocalDateTime('2027-01-01T00:00:00Z'))).toBe('Dec 31, 2026, 4:00 PM');
    expect(plain(formatLocalDateTime(Date.UTC(2026, 5, 3, 17, 42)))).toBe('Jun 3, 2026, 10:42 AM');
    expect(plain(formatLocalDateTime(new Date('2026-06-03T17:42:00Z')))).toBe('Jun 3, 2026, 10:42 AM');
  });

  it('shows text that is not an instant as it came, and nothing for no instant', () => {
    expect(formatLocalDateTime('not a time')).toBe('not a time');
    expect(formatLocalDateTime(null)).toBe('');
    expect(formatLocalDateTime(undefined)).toBe('');
  });

  it('writes the day of an instant as the reader lived it, not its UTC day', () => {
    // 7 pm on June 3 in Los Angeles is 2 am on June 4 in UTC.
    expect(formatLocalDate('2026-06-04T02:00:00Z', 'long')).toBe('June 3, 2026');
    expect(formatLocalDate('2026-06-04T02:00:00Z')).toBe('Jun 3, 2026');
    expect(formatLocalDate('not a time')).toBe('not a time');
    expect(formatLocalDate(null)).toBe('');
  });
});
