import type { AssignmentStatus } from '@abate/web/core';
import { progressText } from './review-form';

/** The queue's words for an assignment: what the reviewer has to do next, or where it stands. */
export function assignmentStatusText(status: AssignmentStatus, ratedCount: number, itemCount: number): string {
  switch (status) {
    case 'PENDING_COI':
      return 'Declare conflicts';
    case 'IN_PROGRESS':
      return progressText(ratedCount, itemCount);
    case 'SUBMITTED':
      return 'Submitted';
    case 'CONFLICTED':
      return 'Conflict declared';
  }
}

/** USWDS tag colors (utility classes) that keep AA contrast with their text; the words carry the meaning. */
export const assignmentTagClasses: Record<AssignmentStatus, string> = {
  PENDING_COI: 'bg-gold text-ink',
  IN_PROGRESS: 'bg-primary',
  SUBMITTED: 'bg-green',
  CONFLICTED: 'bg-base-dark',
};

/** Assignments under their rounds, rounds in the order their first assignment comes. */
export function groupByRound<A extends { round: { id: string } }>(
  assignments: readonly A[],
): Array<{ round: A['round']; assignments: A[] }> {
  const groups = new Map<string, { round: A['round']; assignments: A[] }>();
  for (const assignment of assignments) {
    const group = groups.get(assignment.round.id);
    if (group) group.assignments.push(assignment);
    else groups.set(assignment.round.id, { round: assignment.round, assignments: [assignment] });
  }
  return [...groups.values()];
}

/** "2 to declare, 1 in progress, 3 submitted": a round's assignments at a glance. */
export function queueSummary(statuses: readonly AssignmentStatus[]): string {
  const count = (status: AssignmentStatus) => statuses.filter((s) => s === status).length;
  const parts = [
    [count('PENDING_COI'), 'to declare'],
    [count('IN_PROGRESS'), 'in progress'],
    [count('SUBMITTED'), 'submitted'],
    [count('CONFLICTED'), 'with a conflict declared'],
  ] as const;
  return parts
    .filter(([n]) => n > 0)
    .map(([n, words]) => `${n} ${words}`)
    .join(', ');
}
