/**
 * The declared access policy the authorization matrix (authorization-matrix.int-spec.ts)
 * checks every Query and Mutation against, for objects that belong to organisation A.
 *
 * - allow: passes access control (no error, or a domain error such as INVALID_STATE, CONFLICT, BAD_USER_INPUT);
 * - refused: passes access control but must always end in such a domain error, never succeed;
 * - filtered: a list the actor may read, but which must not contain A's object;
 * - deny: UNAUTHENTICATED, FORBIDDEN or NOT_FOUND.
 */
export const ACTORS = ['anonymous', 'applicantA', 'applicantB', 'reviewerAssigned', 'reviewerConflicted', 'reviewerUnassigned', 'officer', 'auditor', 'finance'] as const;
export type ActorName = (typeof ACTORS)[number];
export type Outcome = 'allow' | 'refused' | 'deny' | 'filtered';

export interface Access {
  allow: readonly ActorName[];
  refused?: readonly ActorName[];
  /** Actors who may call a list operation but must not see A's object in it. */
  filtered?: readonly ActorName[];
}

const EVERYONE = ACTORS;
const STAFF = ['officer', 'auditor'] as const;
const OFFICER = ['officer'] as const;
const OWNER = ['applicantA'] as const;
const REVIEWERS = ['reviewerAssigned', 'reviewerConflicted', 'reviewerUnassigned'] as const;
const SIGNED_IN = ACTORS.filter((a) => a !== 'anonymous');

export const POLICY: Record<string, Access> = {
  // Queries
  application: { allow: ['applicantA', 'reviewerAssigned', ...STAFF] },
  /** Reviewers only after submitting their own (R1 has not), applicants only after release (not yet). */
  applicationReviews: { allow: STAFF },
  applications: { allow: ['applicantA', ...STAFF], filtered: ['applicantB'] },
  auditEvents: { allow: STAFF },
  award: { allow: ['applicantA', ...STAFF] },
  awards: { allow: ['applicantA', ...STAFF], filtered: ['applicantB'] },
  checklist: { allow: EVERYONE },
  fundingRound: { allow: EVERYONE },
  fundingRounds: { allow: EVERYONE },
  me: { allow: EVERYONE },
  myReviewAssignments: { allow: ['reviewerAssigned'], filtered: ['reviewerConflicted', 'reviewerUnassigned'] },
  organizations: { allow: ['applicantA', ...STAFF], filtered: ['applicantB', ...REVIEWERS, 'finance'] },
  outboxMessages: { allow: STAFF },
  portfolioOutcomes: { allow: STAFF },
  publicAwards: { allow: EVERYONE },
  publicOutcomes: { allow: EVERYONE },
  quarterlyReport: { allow: ['applicantA', ...STAFF] },
  reportingMilestones: { allow: ['applicantA', ...STAFF], filtered: ['applicantB'] },
  reviewAssignment: { allow: ['reviewerAssigned', ...STAFF] },
  reviewAssignments: { allow: STAFF },
  reviewerLoads: { allow: STAFF },
  reviewers: { allow: STAFF },
  roundRanking: { allow: STAFF },
  paymentRequests: { allow: ['applicantA', ...STAFF, 'finance'], filtered: ['applicantB'] },
  paymentRequest: { allow: ['applicantA', ...STAFF, 'finance'] },
  paymentBatches: { allow: ['auditor', 'finance'] },
  paymentBatch: { allow: ['auditor', 'finance'] },

  // Mutations
  signIn: { allow: EVERYONE },
  signOut: { allow: EVERYONE },
  changePassword: { allow: SIGNED_IN },
  createOrganization: { allow: OFFICER },
  /** Adding an applicant to organisation A: its owner, or an officer. */
  createUser: { allow: ['applicantA', 'officer'] },
  publishChecklistVersion: { allow: OFFICER },
  createFundingRound: { allow: OFFICER },
  updateFundingRound: { allow: OFFICER },
  publishFundingRound: { allow: OFFICER },
  closeFundingRound: { allow: OFFICER },
  createApplication: { allow: OWNER },
  saveApplication: { allow: OWNER },
  submitApplication: { allow: OWNER },
  withdrawApplication: { allow: OWNER },
  deleteAttachment: { allow: OWNER },
  assignReviewers: { allow: OFFICER },
  assignReviewer: { allow: OFFICER },
  unassignReviewer: { allow: OFFICER },
  /**
   * On R1's assignment; the conflicted reviewer calls on their own, whose declared
   * conflict is final (INVALID_STATE), so they can never review A's application.
   */
  declareConflict: { allow: ['reviewerAssigned'], refused: ['reviewerConflicted'] },
  saveReview: { allow: ['reviewerAssigned'], refused: ['reviewerConflicted'] },
  submitReview: { allow: ['reviewerAssigned'], refused: ['reviewerConflicted'] },
  decideApplication: { allow: OFFICER },
  releaseDecisions: { allow: OFFICER },
  saveQuarterlyReport: { allow: OWNER },
  submitQuarterlyReport: { allow: OWNER },
  reviewQuarterlyReport: { allow: OFFICER },
  amendAward: { allow: ['applicantA', 'officer'] },
  /** On an amendment A's owner proposed; never by whoever proposed it. */
  decideAwardAmendment: { allow: OFFICER },
  createPaymentRequest: { allow: OWNER },
  savePaymentRequest: { allow: OWNER },
  submitPaymentRequest: { allow: OWNER },
  /** A submitted request waits for the program officer; finance gives only the second approval. */
  reviewPaymentRequest: { allow: OFFICER },
  schedulePayments: { allow: ['finance'] },
  recordPaymentResults: { allow: ['finance'] },
};

export const expectedOutcome = (operation: string, actor: ActorName): Outcome => {
  const access = POLICY[operation];
  if (access.allow.includes(actor)) return 'allow';
  if (access.refused?.includes(actor)) return 'refused';
  return access.filtered?.includes(actor) ? 'filtered' : 'deny';
};

/** 'allow' accepts a success or a domain error; every other outcome must match exactly. */
export const matches = (expected: Outcome, actual: string): boolean => actual === expected || (expected === 'allow' && actual === 'refused');
