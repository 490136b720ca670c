import { addDays, daysBetween } from '@abate/shared/calendar';

/** Members hear this many days before a report's due date… */
export const FIRST_REMINDER_DAYS_BEFORE = 14;
/** …on the day, then every this many days while it is overdue. */
export const OVERDUE_REMINDER_EVERY_DAYS = 7;

export type ReminderStage = 'UPCOMING' | 'DUE' | 'OVERDUE';

export interface Reminder {
  /** The reminder day (its messages are deduplicated on it). */
  date: string;
  stage: ReminderStage;
}

/**
 * The most recent reminder day on or before `today` for a report due on
 * `dueDate`, or null before the first one. Reminder days are 14 days before,
 * the due date, then 7, 14, 21… days after. A sweep that did not run on a
 * reminder day still finds it here until the next one comes round, so a
 * missed day sends the latest reminder once instead of none.
 */
export function latestReminder(dueDate: string, today: string): Reminder | null {
  const late = daysBetween(dueDate, today);
  if (late < -FIRST_REMINDER_DAYS_BEFORE) return null;
  if (late < 0) return { date: addDays(dueDate, -FIRST_REMINDER_DAYS_BEFORE), stage: 'UPCOMING' };
  if (late < OVERDUE_REMINDER_EVERY_DAYS) return { date: dueDate, stage: 'DUE' };
  return {
    date: addDays(dueDate, OVERDUE_REMINDER_EVERY_DAYS * Math.floor(late / OVERDUE_REMINDER_EVERY_DAYS)),
    stage: 'OVERDUE',
  };
}

/** Every reminder day for `dueDate` from the first through `until`, in order. */
export function reminderDates(dueDate: string, until: string): string[] {
  const dates: string[] = [];
  for (
    let day = addDays(dueDate, -FIRST_REMINDER_DAYS_BEFORE);
    day <= until;
    day = day < dueDate ? dueDate : addDays(day, OVERDUE_REMINDER_EVERY_DAYS)
  ) {
    dates.push(day);
  }
  return dates;
}

/** The ISO 8601 week of a date, weeks starting on Monday: "2027-W18" (2027-05-03 is its Monday). */
export function isoWeek(date: string): string {
  const [year, month, day] = date.split('-').map(Number);
  const d = new Date(Date.UTC(year, month - 1, day));
  d.setUTCFullYear(year, month - 1, day);
  const weekday = (d.getUTCDay() + 6) % 7; // Monday 0 … Sunday 6
  // The week belongs to the year of its Thursday.
  d.setUTCDate(d.getUTCDate() - weekday + 3);
  const weekYear = d.getUTCFullYear();
  const firstThursday = new Date(0);
  firstThursday.setUTCFullYear(weekYear, 0, 4);
  firstThursday.setUTCDate(firstThursday.getUTCDate() - ((firstThursday.getUTCDay() + 6) % 7) + 3);
  const week = 1 + Math.round((d.getTime() - firstThursday.getTime()) / (7 * 86_400_000));
  return `${String(weekYear).padStart(4, '0')}-W${String(week).padStart(2, '0')}`;
}
