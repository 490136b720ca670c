import type { MilestoneStatus } from '@abate/web/core';
import { dateInZone, daysBetween } from '@abate/shared/calendar';
import { dayCount } from './format';
import { reportName } from './labels';

export interface DueMilestone {
  id: string;
  label: string;
  dueDate: string;
  status: MilestoneStatus;
}

/** Statuses where the grantee still has something to send. */
const OPEN: ReadonlySet<MilestoneStatus> = new Set(['UPCOMING', 'DUE', 'OVERDUE', 'CHANGES_REQUESTED']);

export const isOpen = (status: MilestoneStatus): boolean => OPEN.has(status);

/** Today's calendar date where the funder is (the round's time zone), as the API dates statuses. */
export function todayIn(timeZone: string, now: Date = new Date()): string {
  try {
    return dateInZone(now, timeZone);
  } catch {
    return dateInZone(now, 'UTC');
  }
}

/** "in 12 days", "today", "3 days ago": how far a date is from today. */
function relative(days: number): string {
  if (days === 0) return 'today';
  return days > 0 ? `in ${dayCount(days)}` : `${dayCount(-days)} ago`;
}

/**
 * Where one milestone stands, in a sentence: "2027 Q1 report due in 12 days",
 * "2027 Q1 report overdue by 3 days", "Final report submitted".
 */
export function dueText(milestone: DueMilestone, today: string): string {
  const name = reportName(milestone.label);
  const days = daysBetween(today, milestone.dueDate);
  switch (milestone.status) {
    case 'SUBMITTED':
      return `${name} submitted`;
    case 'ACCEPTED':
      return `${name} accepted`;
    case 'CHANGES_REQUESTED':
      return `${name}: changes requested${days >= 0 ? `, due ${relative(days)}` : ''}`;
    case 'OVERDUE':
      return `${name} overdue by ${dayCount(Math.max(1, -days))}`;
    case 'DUE':
    case 'UPCOMING':
      if (days < 0) return `${name} overdue by ${dayCount(-days)}`;
      return days === 0 ? `${name} due today` : `${name} due in ${dayCount(days)}`;
  }
}

/** "in 12 days" or "3 days ago" beside a due date; nothing once the report is in. */
export function dueDateNote(milestone: DueMilestone, today: string): string | null {
  if (!isOpen(milestone.status)) return null;
  const days = daysBetween(today, milestone.dueDate);
  if (days < 0) return `overdue by ${dayCount(-days)}`;
  return days === 0 ? 'due today' : relative(days);
}

/**
 * What is due next: the open milestone (not submitted or accepted) with the
 * earliest due date; null when every report is in.
 */
export function nextDue<M extends DueMilestone>(milestones: readonly M[]): M | null {
  let next: M | null = null;
  for (const milestone of milestones) {
    if (!isOpen(milestone.status)) continue;
    if (!next || milestone.dueDate < next.dueDate) next = milestone;
  }
  return next;
}

/** "What is due next" for an award: the next milestone in a sentence, or that every report is in. */
export function nextDueText(milestones: readonly DueMilestone[], today: string): string {
  const next = nextDue(milestones);
  return next ? dueText(next, today) : 'Every report is in.';
}

/** How many days a due date is past (0 when it is not). */
export function daysOverdue(dueDate: string, today: string): number {
  return Math.max(0, daysBetween(dueDate, today));
}
