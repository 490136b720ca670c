import { formatLocalDateTime } from '@abate/web/core';

/** An instant as people in the round's time zone read it: "Dec 28, 2026, 5:00 PM EST". */
export function formatInTimeZone(iso: string, timeZone: string): string {
  try {
    return new Intl.DateTimeFormat('en-US', {
      year: 'numeric',
      month: 'short',
      day: 'numeric',
      hour: 'numeric',
      minute: '2-digit',
      timeZone,
      timeZoneName: 'short',
    }).format(new Date(iso));
  } catch {
    return formatLocalDateTime(iso);
  }
}
