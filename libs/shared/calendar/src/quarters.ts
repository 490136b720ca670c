/**
 * Reporting calendar for awards: calendar quarters, due dates and the status of
 * each report. Dates are ISO calendar dates ("2027-04-30") with no time zone;
 * all arithmetic is done on UTC midnights so daylight saving never shifts a day.
 */

export interface ReportingPeriod {
  kind: 'QUARTERLY' | 'FINAL';
  periodStart: string;
  periodEnd: string;
  dueDate: string;
  /** "2027 Q1" or "Final report". */
  label: string;
}

export type MilestoneStatus = 'UPCOMING' | 'DUE' | 'OVERDUE' | 'SUBMITTED' | 'CHANGES_REQUESTED' | 'ACCEPTED';

const DAY_MS = 86_400_000;

/** UTC milliseconds of midnight at the start of an ISO date; throws on anything but a real YYYY-MM-DD date. */
function toUtcMs(date: string): number {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (match) {
    const [year, month, day] = match.slice(1).map(Number);
    const ms = utcMs(year, month - 1, day);
    // Date.UTC rolls 2027-02-30 over to 2 March: a round trip catches it.
    if (toIso(ms) === date) return ms;
  }
  throw new RangeError(`${JSON.stringify(date)} is not a calendar date like 2027-04-30`);
}

/** Date.UTC, but years 0-99 are not taken as 1900-1999. */
function utcMs(year: number, monthIndex: number, day: number): number {
  const d = new Date(Date.UTC(2000, monthIndex, day));
  d.setUTCFullYear(year, monthIndex, day);
  return d.getTime();
}

function toIso(ms: number): string {
  const d = new Date(ms);
  const pad = (n: number, width = 2) => String(n).padStart(width, '0');
  return `${pad(d.getUTCFullYear(), 4)}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
}

function wholeDays(value: number, name: string): number {
  if (!Number.isInteger(value) || value < 0)
    throw new RangeError(`${name} must be a whole number of days >= 0, not ${value}`);
  return value;
}

/** The date `days` calendar days after `date` (before it when negative). */
export function addDays(date: string, days: number): string {
  if (!Number.isInteger(days)) throw new RangeError(`days must be a whole number, not ${days}`);
  return toIso(toUtcMs(date) + days * DAY_MS);
}

/** Whole days from a to b (b - a): daysBetween("2027-03-31", "2027-04-30") is 30. */
export function daysBetween(a: string, b: string): number {
  return Math.round((toUtcMs(b) - toUtcMs(a)) / DAY_MS);
}

/**
 * One QUARTERLY period per calendar quarter overlapping [grantStart, grantEnd]
 * (a grant starting mid-quarter reports that partial quarter: periodStart =
 * grantStart; the last quarter ends at grantEnd), each due `dueDays` after the
 * period's end (default 30: Q1 ends 31 March, due 30 April; a last quarter cut
 * short at grantEnd is due `dueDays` after grantEnd); then a FINAL period
 * covering the whole grant, due `finalDueDays` (default 90) after grantEnd.
 */
export function reportingSchedule(
  grantStart: string,
  grantEnd: string,
  options: { dueDays?: number; finalDueDays?: number } = {},
): ReportingPeriod[] {
  const dueDays = wholeDays(options.dueDays ?? 30, 'dueDays');
  const finalDueDays = wholeDays(options.finalDueDays ?? 90, 'finalDueDays');
  const startMs = toUtcMs(grantStart);
  const endMs = toUtcMs(grantEnd);
  if (endMs < startMs) throw new RangeError(`The grant ends (${grantEnd}) before it starts (${grantStart})`);

  const periods: ReportingPeriod[] = [];
  const first = new Date(startMs);
  let year = first.getUTCFullYear();
  let quarter = Math.floor(first.getUTCMonth() / 3); // 0..3
  for (;;) {
    const quarterStartMs = utcMs(year, quarter * 3, 1);
    if (quarterStartMs > endMs) break;
    const quarterEndMs = utcMs(year, quarter * 3 + 3, 0); // day 0 of the next month: the quarter's last day
    const periodEnd = toIso(Math.min(quarterEndMs, endMs));
    periods.push({
      kind: 'QUARTERLY',
      periodStart: toIso(Math.max(quarterStartMs, startMs)),
      periodEnd,
      dueDate: addDays(periodEnd, dueDays),
      label: `${String(year).padStart(4, '0')} Q${quarter + 1}`,
    });
    quarter += 1;
    if (quarter === 4) {
      quarter = 0;
      year += 1;
    }
  }
  periods.push({
    kind: 'FINAL',
    periodStart: grantStart,
    periodEnd: grantEnd,
    dueDate: addDays(grantEnd, finalDueDays),
    label: 'Final report',
  });
  return periods;
}

/**
 * From the clock and the report: with a report SUBMITTED/ACCEPTED/CHANGES_REQUESTED
 * that status wins; otherwise UPCOMING until the period has ended (today <=
 * periodEnd), DUE from the day after periodEnd through the due date, OVERDUE
 * after it. `today` is the calendar date where the funder is (see dateInZone).
 */
export function milestoneStatus(
  period: { periodEnd: string; dueDate: string },
  reportStatus: 'DRAFT' | 'SUBMITTED' | 'ACCEPTED' | 'CHANGES_REQUESTED' | null,
  today: string,
): MilestoneStatus {
  if (reportStatus === 'SUBMITTED' || reportStatus === 'ACCEPTED' || reportStatus === 'CHANGES_REQUESTED')
    return reportStatus;
  const now = toUtcMs(today);
  if (now <= toUtcMs(period.periodEnd)) return 'UPCOMING';
  if (now <= toUtcMs(period.dueDate)) return 'DUE';
  return 'OVERDUE';
}

/** The calendar date of an instant in a zone: "2027-04-30". */
export function dateInZone(instant: Date, timeZone: string): string {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).formatToParts(instant);
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  return toIso(utcMs(get('year'), get('month') - 1, get('day')));
}
