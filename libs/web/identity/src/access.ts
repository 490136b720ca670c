import type { Role } from '@abate/web/core';

/**
 * The web's one place that names roles for access: which links, pages and buttons each
 * role gets. The API's policy tables (libs/api/<domain>/src/lib/<domain>.policy.ts) decide;
 * this only spares people a FORBIDDEN, so keep it in step with them (docs/architecture.md,
 * "Access rules").
 */
export type Roles = readonly Role[];

/** Who may open a page, by the roles the API lets through. */
export const ROLES = {
  applicants: ['APPLICANT'],
  reviewers: ['REVIEWER'],
  officers: ['PROGRAM_OFFICER'],
  /** Officers and auditors: they read every organization's records; auditors change nothing. */
  staff: ['PROGRAM_OFFICER', 'AUDITOR'],
  /** Awards: grantees (their own) and the staff (all). */
  granteesAndStaff: ['APPLICANT', 'PROGRAM_OFFICER', 'AUDITOR'],
  /** The settlement fund's books: finance officers keep them. */
  finance: ['FINANCE_OFFICER'],
  /** Who reads the books: finance officers, program officers, auditors. */
  bookReaders: ['FINANCE_OFFICER', 'PROGRAM_OFFICER', 'AUDITOR'],
  /** Payment requests: grantees (their own), officers, finance officers and auditors (all). */
  paymentReaders: ['APPLICANT', 'PROGRAM_OFFICER', 'FINANCE_OFFICER', 'AUDITOR'],
  /** Who approves payment requests: program officers first, finance officers second. */
  paymentApprovers: ['PROGRAM_OFFICER', 'FINANCE_OFFICER'],
  /** Payment batches and files: finance officers (auditors read). */
  paymentBatchReaders: ['FINANCE_OFFICER', 'AUDITOR'],
  /** Who proposes award amendments: the grantee (its own awards) and program officers (awards policy). */
  amendmentProposers: ['APPLICANT', 'PROGRAM_OFFICER'],
} as const satisfies Record<string, Roles>;

export const holdsAny = (roles: Roles | null | undefined, wanted: Roles): boolean =>
  !!roles && wanted.some((role) => roles.includes(role));

/** What a user with these roles may do; each takes the user's roles (none when signed out). */
export const can = {
  /** Apply for funding, file the organization's reports, see its awards as a grantee. */
  apply: (roles: Roles | null | undefined) => holdsAny(roles, ROLES.applicants),
  /** Declare conflicts and score assigned applications. */
  review: (roles: Roles | null | undefined) => holdsAny(roles, ROLES.reviewers),
  /** Act as a program officer: run rounds, assign reviewers, decide awards, review reports. */
  manage: (roles: Roles | null | undefined) => holdsAny(roles, ROLES.officers),
  /** Read every organization's records (rankings, reports, portfolio, outbox). */
  readAll: (roles: Roles | null | undefined) => holdsAny(roles, ROLES.staff),
  /** Keep the settlement fund's books (receipts, authorizations, spending, reversals). */
  keepBooks: (roles: Roles | null | undefined) => holdsAny(roles, ROLES.finance),
  /** Read the settlement fund's books and reports. */
  readBooks: (roles: Roles | null | undefined) => holdsAny(roles, ROLES.bookReaders),
  /** Give the first (programmatic) approval of a payment request. */
  approvePaymentsFirst: (roles: Roles | null | undefined) => holdsAny(roles, ROLES.officers),
  /** Give the second (financial) approval, batch approved requests and record payment results. */
  pay: (roles: Roles | null | undefined) => holdsAny(roles, ROLES.finance),
  /** Propose a change to an award's amount, budget or end date. */
  proposeAmendment: (roles: Roles | null | undefined) => holdsAny(roles, ROLES.amendmentProposers),
  /** Approve or reject an award amendment (never one they proposed: the API checks that). */
  decideAmendment: (roles: Roles | null | undefined) => holdsAny(roles, ROLES.officers),
};

/** Who may use the administration pages (organizations and users): program officers, as the identity policy says. */
export const administersPeople = (roles: Roles | null | undefined): boolean => holdsAny(roles, ROLES.officers);

/** The organizations whose team a user manages: those they OWN (identity and organizations policies). */
export function ownedOrganizations<T extends { role: string; organization: { id: string; name: string } }>(
  user: { memberships: readonly T[] } | null | undefined,
): Array<T['organization']> {
  return (user?.memberships ?? []).filter((m) => m.role === 'OWNER').map((m) => m.organization);
}
