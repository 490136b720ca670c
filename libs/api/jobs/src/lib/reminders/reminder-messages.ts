import { daysBetween } from '@abate/shared/calendar';
import type { ReminderStage } from './reminder-dates';

/** What a reminder says about one report a grant owes. */
export interface MilestoneFacts {
  organizationName: string;
  roundTitle: string;
  /** "2027 Q1" or "Final report". */
  label: string;
  kind: 'QUARTERLY' | 'FINAL';
  periodStart: string;
  periodEnd: string;
  dueDate: string;
  /** DRAFT, CHANGES_REQUESTED (sent back by the officer), or null before the first save. */
  reportStatus: string | null;
}

export interface ComposedMessage {
  kind: string;
  subject: string;
  body: string;
}

/** "Friday, April 30, 2027": a calendar date, read the same in every zone. */
export function longDate(date: string): string {
  return new Intl.DateTimeFormat('en-US', { dateStyle: 'full', timeZone: 'UTC' }).format(new Date(`${date}T00:00:00Z`));
}

/** "April 30, 2027". */
export function mediumDate(date: string): string {
  return new Intl.DateTimeFormat('en-US', { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${date}T00:00:00Z`));
}

const days = (n: number) => `${n} ${n === 1 ? 'day' : 'days'}`;

/** "the 2027 Q1 quarterly report (January 1 to March 31, 2027)" or "the final report (the whole grant, …)". */
function reportName(m: MilestoneFacts): string {
  const period = `${mediumDate(m.periodStart)} to ${mediumDate(m.periodEnd)}`;
  return m.kind === 'FINAL'
    ? `the final report (covering the whole grant, ${period})`
    : `the ${m.label} quarterly report (${period})`;
}

/**
 * A reminder to a member of the organization, phrased from `today` (a reminder
 * sent a day late after a missed sweep still counts the days right).
 */
export function reminderMessage(
  m: MilestoneFacts,
  stage: ReminderStage,
  today: string,
  recipientName: string,
): ComposedMessage {
  const left = daysBetween(today, m.dueDate);
  const what = reportName(m);
  const grant = `${m.organizationName}'s grant from the funding round “${m.roundTitle}”`;
  const subject =
    stage === 'UPCOMING'
      ? `Report due in ${days(left)}: ${m.label}, ${m.organizationName}`
      : stage === 'DUE'
        ? left === 0
          ? `Report due today: ${m.label}, ${m.organizationName}`
          : `Report overdue: ${m.label}, ${m.organizationName}`
        : `Report overdue by ${days(-left)}: ${m.label}, ${m.organizationName}`;
  const sentBack =
    m.reportStatus === 'CHANGES_REQUESTED'
      ? ['', 'Your program officer sent it back for changes: revise it and submit it again.']
      : [];
  const when =
    left > 0
      ? `It is due on ${longDate(m.dueDate)}, in ${days(left)}.`
      : left === 0
        ? `It is due today, ${longDate(m.dueDate)}.`
        : `It was due on ${longDate(m.dueDate)}, and is now ${days(-left)} late. Please submit it as soon as you can, or tell your program officer what is holding it up.`;
  const body = [
    `Hello ${recipientName},`,
    '',
    `This is a reminder about ${what} for ${grant}.`,
    when,
    ...sentBack,
    '',
    'Sign in to Abate, open the award and submit the report from its reporting calendar.',
    '',
    `You get this message because you are a member of ${m.organizationName}. Reminders stop once the report is submitted.`,
  ].join('\n');
  return { kind: `reminder.${stage.toLowerCase()}`, subject: subject.slice(0, 300), body };
}

export interface OverdueItem extends MilestoneFacts {
  /** Days past the due date, 1 or more. */
  daysLate: number;
}

/** The weekly list of overdue reports for a program officer. */
export function overdueDigest(
  week: string,
  today: string,
  items: OverdueItem[],
  recipientName: string,
): ComposedMessage {
  const lines = items.map(
    (i) =>
      `- ${i.organizationName}: ${i.kind === 'FINAL' ? 'final report' : `${i.label} quarterly report`} (${i.roundTitle}), due ${mediumDate(i.dueDate)}, ${days(i.daysLate)} late` +
      (i.reportStatus === 'CHANGES_REQUESTED' ? ', sent back for changes' : ''),
  );
  const count = items.length === 1 ? '1 report is' : `${items.length} reports are`;
  const body = [
    `Hello ${recipientName},`,
    '',
    `As of ${longDate(today)}, ${count} overdue:`,
    '',
    ...lines,
    '',
    'The grantees are reminded every week until they submit. The reporting calendar in Abate lists every report and its status.',
  ].join('\n');
  return { kind: 'digest.overdue', subject: `Overdue reports, week ${week}: ${items.length}`, body };
}
