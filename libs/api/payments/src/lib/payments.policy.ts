import { definePolicy, hasRole, Role } from '@abate/api/core';
import type { AuthUser } from '@abate/api/core';
import type { ApprovalRole } from './entities/payment-approval.entity';
import type { PaymentState } from './entities/payment-request.entity';

/** Who reaches each payments operation at all; the object-level rules are the functions below. */
export const PAYMENTS_POLICY = definePolicy('payments', {
  paymentRequests: [Role.APPLICANT, Role.PROGRAM_OFFICER, Role.FINANCE_OFFICER, Role.AUDITOR],
  paymentRequest: [Role.APPLICANT, Role.PROGRAM_OFFICER, Role.FINANCE_OFFICER, Role.AUDITOR],
  createPaymentRequest: [Role.APPLICANT],
  savePaymentRequest: [Role.APPLICANT],
  submitPaymentRequest: [Role.APPLICANT],
  reviewPaymentRequest: [Role.PROGRAM_OFFICER, Role.FINANCE_OFFICER],
  paymentBatches: [Role.FINANCE_OFFICER, Role.AUDITOR],
  paymentBatch: [Role.FINANCE_OFFICER, Role.AUDITOR],
  schedulePayments: [Role.FINANCE_OFFICER],
  recordPaymentResults: [Role.FINANCE_OFFICER],
  paymentBatchCsv: [Role.FINANCE_OFFICER, Role.AUDITOR],
});

/** Officers, finance and auditors read every request; grantees only their organizations' (checked by membership). */
export const readsAllPayments = (actor: AuthUser) =>
  hasRole(actor, Role.PROGRAM_OFFICER, Role.FINANCE_OFFICER, Role.AUDITOR);

/** Grantees (members of the award's organization, checked by the service) write requests. */
export const writesPaymentRequests = (actor: AuthUser) => hasRole(actor, Role.APPLICANT);

/** The first approval is programmatic (program officer); the second financial (finance officer). */
export const isFirstApproval = (role: ApprovalRole) => role === 'PROGRAM_OFFICER';

/** Whether the actor holds the role this approval needs. */
export const mayGiveApproval = (actor: AuthUser, role: ApprovalRole) =>
  hasRole(actor, role === 'PROGRAM_OFFICER' ? Role.PROGRAM_OFFICER : Role.FINANCE_OFFICER);

/** Which approval a request waits for: the program officer's first, then finance's. */
export function approvalRoleFor(status: PaymentState): ApprovalRole | null {
  if (status === 'SUBMITTED') return 'PROGRAM_OFFICER';
  if (status === 'PROGRAM_APPROVED') return 'FINANCE_OFFICER';
  return null;
}

/**
 * Separation of duties: one person never gives both approvals of a request (whatever roles
 * they hold), and whoever submitted a request never reviews it.
 * Returns the reason when the actor may not decide, or null.
 */
export function separationOfDuties(
  actor: AuthUser,
  request: { submittedBy: string | null; cycle: number },
  approvals: ReadonlyArray<{ userId: string; decision: string; cycle: number }>,
): string | null {
  if (request.submittedBy === actor.id) return 'You submitted this request, so someone else reviews it';
  const earlier = approvals.find((a) => a.cycle === request.cycle && a.decision === 'APPROVE' && a.userId === actor.id);
  if (earlier) return 'You already approved this request; the second approval must come from another person';
  return null;
}
