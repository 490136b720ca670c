import type { EntityManager } from 'typeorm';

/** What a paid request posts to the fund's books (the ledger's `postGrantPayment` input). */
export interface GrantPaymentPosting {
  roundId: string;
  awardId: string;
  paymentRequestId: string;
  /** YYYY-MM-DD */
  paidOn: string;
  payee: string;
  description: string;
  amountCents: bigint;
  actorId: string;
}

/**
 * The ledger's side of a payment: records the expenditure with the round's strategy tags
 * and releases the same amount of the award's encumbrance, in the caller's transaction,
 * once per paymentRequestId. The ledger domain binds it (LedgerService.postGrantPayment).
 */
export interface PaymentPosting {
  /** Null when there is no fund to post to (a round not linked to a settlement fund). */
  postGrantPayment(manager: EntityManager, input: GrantPaymentPosting): Promise<{ entryId: string } | null>;
  /** The strategy codes each round's spending is tagged with (the payment file's column); rounds with no fund are left out. */
  strategyCodes?(roundIds: readonly string[]): Promise<Map<string, string[]>>;
}

export const PAYMENT_POSTING = Symbol('PaymentPosting');
