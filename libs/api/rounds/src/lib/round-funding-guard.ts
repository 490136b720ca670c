import type { EntityManager } from 'typeorm';
import type { FundingRoundEntity } from './entities/funding-round.entity';

/**
 * Asked inside the publishing transaction whether a round may be published as far as its
 * money goes. The ledger (a domain above rounds) provides it, so rounds never imports the
 * ledger: "a round linked to a fund cannot be published while its budget exceeds its
 * allocations". Throws a domain exception to refuse.
 */
export interface RoundFundingGuard {
  assertPublishable(manager: EntityManager, round: FundingRoundEntity): Promise<void>;
}

export const ROUND_FUNDING_GUARD = Symbol('RoundFundingGuard');
