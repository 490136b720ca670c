import { definePolicy, Role } from '@abate/api/core';

/** Who reaches each funding-round operation (object-level rules stay in RoundsService). */
export const ROUNDS_POLICY = definePolicy('rounds', {
  /** Published rounds for everyone; the service adds drafts for officers and auditors. */
  fundingRounds: 'public',
  fundingRound: 'public',
  createFundingRound: [Role.PROGRAM_OFFICER],
  updateFundingRound: [Role.PROGRAM_OFFICER],
  publishFundingRound: [Role.PROGRAM_OFFICER],
  /** Ends an accepting round now (its deadline becomes this instant), with a reason kept in the audit trail. */
  closeFundingRound: [Role.PROGRAM_OFFICER],
});
