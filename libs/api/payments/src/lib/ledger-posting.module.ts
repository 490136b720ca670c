import { Global, Injectable, Module } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { LedgerModule, LedgerService } from '@abate/api/ledger';
import { PAYMENT_POSTING } from './payment-posting';
import type { GrantPaymentPosting, PaymentPosting } from './payment-posting';

/**
 * Posts a paid request to the round's settlement fund through LedgerService.postGrantPayment
 * (the expenditure with the round's strategy tags, and the award's encumbrance released), in
 * the transaction that records the result. A round with no fund linked posts nothing, as the
 * ledger's own encumberAward records nothing for it.
 */
@Injectable()
export class LedgerPaymentPosting implements PaymentPosting {
  constructor(private readonly ledger: LedgerService) {}

  async postGrantPayment(manager: EntityManager, input: GrantPaymentPosting): Promise<{ entryId: string } | null> {
    // Read in the same transaction: on the embedded PGlite another connection would wait for it forever.
    if (!(await this.ledger.isRoundFunded(manager, input.roundId))) return null;
    return this.ledger.postGrantPayment(manager, input);
  }

  async strategyCodes(roundIds: readonly string[]): Promise<Map<string, string[]>> {
    const fundings = await this.ledger.roundFunding(roundIds);
    return new Map(
      [...fundings].map(([roundId, { funding }]) => [
        roundId,
        [...funding.strategyCodes].sort((a, b) => a.localeCompare(b, 'en', { numeric: true })),
      ]),
    );
  }
}

/** Binds PaymentPosting to the ledger; the API imports it beside PaymentsModule (tests may bind their own). */
@Global()
@Module({
  imports: [LedgerModule],
  providers: [LedgerPaymentPosting, { provide: PAYMENT_POSTING, useExisting: LedgerPaymentPosting }],
  exports: [PAYMENT_POSTING],
})
export class LedgerPostingModule {}
