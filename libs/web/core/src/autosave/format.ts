const timeOnly = new Intl.DateTimeFormat('en-US', { hour: 'numeric', minute: '2-digit' });
const monthDayTime = new Intl.DateTimeFormat('en-US', {
  month: 'short',
  day: 'numeric',
  hour: 'numeric',
  minute: '2-digit',
});

/** For "Saved …": the time alone today ("10:42 AM"), else with the day ("Jun 3, 10:42 AM"). */
export function formatSavedAt(iso: string | number | Date, now = new Date()): string {
  const date = new Date(iso);
  return date.toDateString() === now.toDateString() ? timeOnly.format(date) : monthDayTime.format(date);
}
