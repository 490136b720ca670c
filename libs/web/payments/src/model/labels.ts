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

/** "Dec 5, 2026" for 2026-12-05 (a calendar date, no time zone shift). */
export function formatDate(date: string | null | undefined): string {
  if (!date) return '';
  const [y, m, d] = date.slice(0, 10).split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d)).toLocaleDateString('en-US', {
    month: 'short',
    day: 'numeric',
    year: 'numeric',
    timeZone: 'UTC',
  });
}

/** "Dec 5, 2026, 3:04 PM" for a moment. */
export function formatMoment(iso: string | null | undefined): string {
  if (!iso) return '';
  return new Date(iso).toLocaleString('en-US', {
    month: 'short',
    day: 'numeric',
    year: 'numeric',
    hour: 'numeric',
    minute: '2-digit',
  });
}
