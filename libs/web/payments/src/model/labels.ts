import { BUDGET_CATEGORIES } from '@abate/shared/metrics';
import type { PaymentKind, PaymentStatus } from '@abate/web/core';

const categoryLabels = new Map(BUDGET_CATEGORIES.map((category) => [category.key, category.label]));

/** "Supplies" for supplies; the key itself for an unknown one. */
export const categoryLabel = (key: string): string => categoryLabels.get(key) ?? key;

export const CATEGORY_OPTIONS = BUDGET_CATEGORIES.map((c) => ({ value: c.key, label: c.label }));

export const KIND_LABELS: Record<PaymentKind, string> = {
  REIMBURSEMENT: 'Reimbursement',
  ADVANCE: 'Advance',
};

export const STATUS_LABELS: Record<PaymentStatus, string> = {
  DRAFT: 'Draft',
  SUBMITTED: 'Awaiting program approval',
  PROGRAM_APPROVED: 'Awaiting finance approval',
  APPROVED: 'Approved, awaiting payment',
  CHANGES_REQUESTED: 'Changes requested',
  REJECTED: 'Rejected',
  SCHEDULED: 'Scheduled for payment',
  PAID: 'Paid',
  FAILED: 'Payment failed',
};

/** The USWDS tag color of a status: green when paid, red when refused or failed, gold while someone must act. */
export function statusTone(status: PaymentStatus): string {
  if (status === 'PAID') return 'bg-green';
  if (status === 'REJECTED' || status === 'FAILED') return 'bg-secondary-dark';
  if (status === 'CHANGES_REQUESTED') return 'bg-gold text-ink';
  if (status === 'DRAFT') return 'bg-base-dark';
  return 'bg-primary';
}
