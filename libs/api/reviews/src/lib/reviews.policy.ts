import { definePolicy, hasRole, readsEverything, Role } from '@abate/api/core';
import type { AuthUser } from '@abate/api/core';

/**
 * Reviewer assignment, conflicts of interest and scoring. Object level (the use-case services
 * AssignReviewersService, DeclareConflictService, ScoreReviewService, SubmitReviewService and
 * ReviewVisibilityService): a reviewer acts on their own assignments only, and reads an application only after
 * declaring no conflict; other reviews only after submitting their own.
 */
export const REVIEWS_POLICY = definePolicy('reviews', {
  assignReviewers: [Role.PROGRAM_OFFICER],
  assignReviewer: [Role.PROGRAM_OFFICER],
  unassignReviewer: [Role.PROGRAM_OFFICER],
  myReviewAssignments: [Role.REVIEWER],
  myReviewQueue: [Role.REVIEWER],
  reviewAssignment: [Role.REVIEWER, Role.PROGRAM_OFFICER, Role.AUDITOR],
  reviewAssignments: [Role.PROGRAM_OFFICER, Role.AUDITOR],
  reviewerLoads: [Role.PROGRAM_OFFICER, Role.AUDITOR],
  reviewers: [Role.PROGRAM_OFFICER, Role.AUDITOR],
  declareConflict: [Role.REVIEWER],
  saveReview: [Role.REVIEWER],
  submitReview: [Role.REVIEWER],
  applicationReviews: [Role.APPLICANT, Role.REVIEWER, Role.PROGRAM_OFFICER, Role.AUDITOR],
});

/** Who may be assigned reviews (and is listed by `reviewers`). */
export const REVIEWER_ROLE = Role.REVIEWER;
/** Who is told when a reviewer declares a conflict (to reassign the review). */
export const CONFLICT_NOTIFIED_ROLE = Role.PROGRAM_OFFICER;

/** The caller holds the reviewer role (its own assignments, grants and queue). */
export const isReviewer = (actor: AuthUser): boolean => hasRole(actor, Role.REVIEWER);
/** A user may be given an assignment. */
export const mayReview = (user: { roles: readonly Role[] }): boolean => user.roles.includes(REVIEWER_ROLE);

/** Fields that hide data by role (the resolver returns null for the others). */
export const REVIEWS_FIELD_VISIBILITY = {
  /** `ReviewAssignment.application`: officers and auditors; the assigned reviewer once they declared no conflict. */
  assignmentApplication: (actor: AuthUser, assignment: { reviewerId: string }, opened: boolean): boolean =>
    readsEverything(actor) || (opened && assignment.reviewerId === actor.id),
  /** `ReviewAssignment.reviewer`: officers, auditors and the reviewer themself. */
  assignmentReviewer: (actor: AuthUser, assignment: { reviewerId: string }): boolean =>
    readsEverything(actor) || assignment.reviewerId === actor.id,
  /** `ApplicationReview.reviewer` (the name behind "Reviewer 1"): officers and auditors only. */
  applicationReviewReviewer: (actor: AuthUser): boolean => readsEverything(actor),
};
