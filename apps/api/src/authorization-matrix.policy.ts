import { Role } from '@abate/api/core';
import type { OperationAccess } from '@abate/api/core';

/**
 * What the authorization matrix (authorization-matrix.int-spec.ts) expects of every Query
 * and Mutation, for objects that belong to organization A.
 *
 * Role level comes from the domains' policy tables (`libs/api/<domain>/src/lib/<domain>.policy.ts`,
 * read through `registeredPolicies()`): an actor none of whose roles is in an operation's
 * entry must be denied, and one whose role is there is expected to be allowed. This file
 * adds only what a role table cannot say: object-level refinements (organization A's
 * applicant versus B's, the assigned reviewer versus the conflicted one).
 *
 * - allow: passes access control (no error, or a domain error such as INVALID_STATE, CONFLICT, BAD_USER_INPUT);
 * - refused: passes access control but must always end in such a domain error, never succeed;
 * - filtered: a list the actor may read, but which must not contain A's object;
 * - deny: UNAUTHENTICATED, FORBIDDEN or NOT_FOUND.
 */
export const ACTORS = [
  'anonymous',
  'applicantA',
  'applicantB',
  'reviewerAssigned',
  'reviewerConflicted',
  'reviewerUnassigned',
  'officer',
  'auditor',
  'finance',
] as const;
export type ActorName = (typeof ACTORS)[number];
export type Outcome = 'allow' | 'refused' | 'deny' | 'filtered';

/** The roles each actor of the matrix holds. */
export const ACTOR_ROLES: Record<ActorName, readonly Role[]> = {
  anonymous: [],
  applicantA: [Role.APPLICANT],
  applicantB: [Role.APPLICANT],
  reviewerAssigned: [Role.REVIEWER],
  reviewerConflicted: [Role.REVIEWER],
  reviewerUnassigned: [Role.REVIEWER],
  officer: [Role.PROGRAM_OFFICER],
  auditor: [Role.AUDITOR],
  finance: [Role.FINANCE_OFFICER],
};

/** An actor whose roles reach the operation, by its table entry. */
export const reaches = (access: OperationAccess, actor: ActorName): boolean =>
  access === 'public' || ACTOR_ROLES[actor].some((r) => access.includes(r));

type Refinement = Partial<Record<ActorName, Exclude<Outcome, 'allow'>>>;

const DENY_B = { applicantB: 'deny' } as const;
const OTHER_REVIEWERS_DENIED = { reviewerConflicted: 'deny', reviewerUnassigned: 'deny' } as const;

/**
 * Object-level refinements: what an actor the role table lets through gets instead of
 * 'allow' on organization A's objects. Only actors who reach the operation may appear
 * here (the matrix fails on a refinement the table already denies).
 */
export const REFINEMENTS: Record<string, Refinement> = {
  // Queries
  application: { ...DENY_B, ...OTHER_REVIEWERS_DENIED },
  /** Reviewers only after submitting their own (R1 has not), applicants only after release (not yet). */
  applicationReviews: { applicantA: 'deny', applicantB: 'deny', reviewerAssigned: 'deny', ...OTHER_REVIEWERS_DENIED },
  applications: { applicantB: 'filtered' },
  award: DENY_B,
  awards: { applicantB: 'filtered' },
  myReviewAssignments: { reviewerConflicted: 'filtered', reviewerUnassigned: 'filtered' },
  myReviewQueue: { reviewerConflicted: 'filtered', reviewerUnassigned: 'filtered' },
  organizations: {
    applicantB: 'filtered',
    reviewerAssigned: 'filtered',
    reviewerConflicted: 'filtered',
    reviewerUnassigned: 'filtered',
  },
  quarterlyReport: DENY_B,
  reportingMilestones: { applicantB: 'filtered' },
  reviewAssignment: OTHER_REVIEWERS_DENIED,
  /** Organization A: its members and staff; anyone else NOT_FOUND. */
  organization: {
    applicantB: 'deny',
    reviewerAssigned: 'deny',
    reviewerConflicted: 'deny',
    reviewerUnassigned: 'deny',
  },

  // Mutations
  /** Inviting into, and changing the people of, organization A: its owner or an officer. */
  inviteUser: DENY_B,
  revokeInvitation: DENY_B,
  updateMembership: DENY_B,
  removeMembership: DENY_B,
  createApplication: DENY_B,
  saveApplication: DENY_B,
  submitApplication: DENY_B,
  withdrawApplication: DENY_B,
  deleteAttachment: DENY_B,
  /**
   * On R1's assignment; the conflicted reviewer calls on their own, whose declared
   * conflict is final (INVALID_STATE), so they can never review A's application.
   */
  declareConflict: { reviewerConflicted: 'refused', reviewerUnassigned: 'deny' },
  saveReview: { reviewerConflicted: 'refused', reviewerUnassigned: 'deny' },
  submitReview: { reviewerConflicted: 'refused', reviewerUnassigned: 'deny' },
  saveQuarterlyReport: DENY_B,
  submitQuarterlyReport: DENY_B,
  paymentRequests: { applicantB: 'filtered' },
  paymentRequest: DENY_B,
  amendAward: DENY_B,
  createPaymentRequest: DENY_B,
  savePaymentRequest: DENY_B,
  submitPaymentRequest: DENY_B,
  /** A submitted request waits for the program officer; finance gives only the second approval. */
  reviewPaymentRequest: { finance: 'deny' },
};

/**
 * Operations whose resolvers still declare @Roles/@Public instead of a policy table entry:
 * the users, sessions and sign-in code moving from organizations to the identity domain.
 * The matrix reads their resolver metadata until then, and fails once one of them has
 * an entry (remove it from here).
 */
export const AWAITING_A_POLICY_TABLE = new Set<string>();

export const expectedOutcome = (access: OperationAccess, operation: string, actor: ActorName): Outcome =>
  reaches(access, actor) ? (REFINEMENTS[operation]?.[actor] ?? 'allow') : 'deny';

/** 'allow' accepts a success or a domain error; every other outcome must match exactly. */
export const matches = (expected: Outcome, actual: string): boolean =>
  actual === expected || (expected === 'allow' && actual === 'refused');
