import { definePolicy, Role } from '@abate/api/core';

/**
 * Funding rounds. Published rounds are public; drafts are read by officers and
 * auditors only (`readsEverything` from @abate/api/core, called by RoundsService).
 */
export const ROUNDS_POLICY = definePolicy('rounds', {
  fundingRounds: 'public',
  fundingRound: 'public',
  createFundingRound: [Role.PROGRAM_OFFICER],
  updateFundingRound: [Role.PROGRAM_OFFICER],
  publishFundingRound: [Role.PROGRAM_OFFICER],
});
