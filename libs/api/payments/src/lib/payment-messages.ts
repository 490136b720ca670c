import { formatCents } from '@abate/shared/money';

/** The grantee's mail for each step of a payment request (texts live here, not in the services). */
export interface PaymentMessageContext {
  reference: string;
  totalCents: bigint;
  recipientName: string;
  note?: string | null;
  paidOn?: string | null;
  paymentReference?: string | null;
}

export type PaymentEvent =
  'submitted' | 'program_approved' | 'approved' | 'changes_requested' | 'rejected' | 'scheduled' | 'paid' | 'failed';

const SUBJECTS: Record<PaymentEvent, (c: PaymentMessageContext) => string> = {
  submitted: (c) => `Payment request ${c.reference} received`,
  program_approved: (c) => `Payment request ${c.reference}: approved by the program officer`,
  approved: (c) => `Payment request ${c.reference}: approved for payment`,
  changes_requested: (c) => `Payment request ${c.reference}: changes requested`,
  rejected: (c) => `Payment request ${c.reference}: not approved`,
  scheduled: (c) => `Payment request ${c.reference}: scheduled for payment`,
  paid: (c) => `Payment request ${c.reference}: paid`,
  failed: (c) => `Payment request ${c.reference}: the payment did not go through`,
};

const BODIES: Record<PaymentEvent, (c: PaymentMessageContext) => string> = {
  submitted: (c) =>
    `Your payment request ${c.reference} for ${formatCents(c.totalCents)} was submitted. A program officer reviews it first, then the finance office.`,
  program_approved: (c) =>
    `The program officer approved payment request ${c.reference} (${formatCents(c.totalCents)}). The finance office reviews it next.`,
  approved: (c) =>
    `The finance office approved payment request ${c.reference} (${formatCents(c.totalCents)}). It will be included in the next payment batch.`,
  changes_requested: (c) =>
    `Payment request ${c.reference} (${formatCents(c.totalCents)}) needs changes before it can be approved.\n\nNote: ${c.note ?? ''}\n\nSign in to Abate to change it and submit it again.`,
  rejected: (c) =>
    `Payment request ${c.reference} (${formatCents(c.totalCents)}) was not approved.\n\nReason: ${c.note ?? ''}`,
  scheduled: (c) =>
    `Payment request ${c.reference} (${formatCents(c.totalCents)}) is in a payment batch sent to the county's accounting system.`,
  paid: (c) =>
    `Payment request ${c.reference} was paid: ${formatCents(c.totalCents)} on ${c.paidOn}, reference ${c.paymentReference}.`,
  failed: (c) =>
    `The payment of request ${c.reference} (${formatCents(c.totalCents)}) did not go through.\n\nReason: ${c.note ?? ''}\n\nThe finance office will schedule it again; nothing is needed from you unless they ask.`,
};

export function paymentMessage(event: PaymentEvent, context: PaymentMessageContext): { subject: string; body: string } {
  return {
    subject: SUBJECTS[event](context),
    body: [
      `Hello ${context.recipientName},`,
      '',
      BODIES[event](context),
      '',
      'Sign in to Abate to see the request and its history.',
    ].join('\n'),
  };
}
