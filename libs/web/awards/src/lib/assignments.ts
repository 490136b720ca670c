import type { AssignmentStatus } from '@abate/web/core';

export interface AssignmentLike {
  id: string;
  status: AssignmentStatus;
  applicationId: string;
  organizationName: string;
  reviewer: { id: string; name: string } | null;
  conflictExplanation: string | null;
  ratedCount: number;
}

export interface ApplicationLike {
  id: string;
  trackingId: string | null;
  title: string | null;
  reviewsStillNeeded: number;
  organization: { name: string };
}

/** An application with its assignments, as the assignment table shows it. */
export interface ApplicationAssignments<A extends AssignmentLike = AssignmentLike> {
  applicationId: string;
  trackingId: string | null;
  title: string | null;
  organizationName: string;
  /** null for an application that is no longer submitted (decided or withdrawn): nothing more can be assigned. */
  reviewsStillNeeded: number | null;
  assignments: A[];
  /** A reviewer declared a conflict: the officer may need to assign someone else. */
  hasConflict: boolean;
}

/** The words of an assignment's status tag; "12 of 32 rated" while the review is under way. */
export function assignmentStatusText(
  assignment: Pick<AssignmentLike, 'status' | 'ratedCount'>,
  itemCount: number,
): string {
  switch (assignment.status) {
    case 'PENDING_COI':
      return 'Awaiting conflict declaration';
    case 'CONFLICTED':
      return 'Conflict declared';
    case 'IN_PROGRESS':
      return `${assignment.ratedCount} of ${itemCount} rated`;
    case 'SUBMITTED':
      return 'Submitted';
  }
}

/** A submitted review and a declared conflict stay on record (the API refuses to remove them). */
export function canUnassign(status: AssignmentStatus): boolean {
  return status === 'PENDING_COI' || status === 'IN_PROGRESS';
}

/**
 * Submitted applications in the order given, each with its assignments;
 * then any application that has assignments but is no longer submitted.
 */
export function groupAssignments<A extends AssignmentLike>(
  applications: readonly ApplicationLike[],
  assignments: readonly A[],
): ApplicationAssignments<A>[] {
  const byApplication = new Map<string, A[]>();
  for (const assignment of assignments)
    byApplication.set(assignment.applicationId, [...(byApplication.get(assignment.applicationId) ?? []), assignment]);
  const rows: ApplicationAssignments<A>[] = applications.map((application) => {
    const own = byApplication.get(application.id) ?? [];
    return {
      applicationId: application.id,
      trackingId: application.trackingId,
      title: application.title,
      organizationName: application.organization.name,
      reviewsStillNeeded: application.reviewsStillNeeded,
      assignments: own,
      hasConflict: own.some((a) => a.status === 'CONFLICTED'),
    };
  });
  const listed = new Set(applications.map((application) => application.id));
  for (const [applicationId, own] of byApplication) {
    if (listed.has(applicationId)) continue;
    rows.push({
      applicationId,
      trackingId: null,
      title: null,
      organizationName: own[0].organizationName,
      reviewsStillNeeded: null,
      assignments: own,
      hasConflict: own.some((a) => a.status === 'CONFLICTED'),
    });
  }
  return rows;
}

/** Reviewers who could still be assigned to an application: anyone not already on it (a declared conflict included). */
export function assignableReviewers<R extends { id: string }>(
  reviewers: readonly R[],
  assignments: readonly Pick<AssignmentLike, 'reviewer'>[],
): R[] {
  const taken = new Set(assignments.map((a) => a.reviewer?.id).filter((id): id is string => Boolean(id)));
  return reviewers.filter((reviewer) => !taken.has(reviewer.id));
}

export interface AssignFormValues {
  reviewerIds: string[];
  perApplication: string;
}

export type AssignFormField = 'reviewerIds' | 'perApplication';

/** The checks assignReviewers makes, first in the browser. */
export function assignFormErrors({
  reviewerIds,
  perApplication,
}: AssignFormValues): Partial<Record<AssignFormField, string>> {
  const errors: Partial<Record<AssignFormField, string>> = {};
  if (reviewerIds.length === 0) errors.reviewerIds = 'Choose at least one reviewer';
  const text = perApplication.trim();
  if (!/^\d+$/.test(text) || Number(text) < 1)
    errors.perApplication = 'Enter how many reviews each application needs, 1 or more';
  else if (reviewerIds.length > 0 && Number(text) > reviewerIds.length) {
    errors.perApplication = `Each application needs ${text} different reviewers: choose at least ${text}, or ask for fewer reviews`;
  }
  return errors;
}

/**
 * Where an API error about the assignment form belongs: `reviewerIds.1` is
 * the second reviewer sent (returned as its id), `perApplication` the number.
 */
export function assignErrorTarget(
  path: string,
  sentReviewerIds: readonly string[],
): { field: AssignFormField; reviewerId?: string } | undefined {
  if (path === 'perApplication') return { field: 'perApplication' };
  const match = /^reviewerIds(?:\.(\d+))?$/.exec(path);
  if (!match) return undefined;
  return { field: 'reviewerIds', reviewerId: match[1] === undefined ? undefined : sentReviewerIds[Number(match[1])] };
}
