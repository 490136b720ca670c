import { definePolicy, Role, SYSTEM_ACTOR } from '@abate/api/core';
import type { AuthUser } from '@abate/api/core';

const READERS = [Role.FINANCE_OFFICER, Role.PROGRAM_OFFICER, Role.AUDITOR] as const;

/**
 * Who reaches each ledger operation. Finance officers keep the books; program officers and
 * auditors read them; program officers also name a round's fund and strategies (the round
 * form); the strategy lists, rule sets, settlements and the public spending page are public.
 */
export const LEDGER_POLICY = definePolicy('ledger', {
  strategyTaxonomies: 'public',
  strategyCrosswalk: 'public',
  ruleSets: 'public',
  settlements: 'public',
  publicSpending: 'public',
  settlementFunds: [...READERS],
  settlementFund: [...READERS],
  fundReport: [...READERS],
  exportFundReport: [...READERS],
  createSettlementFund: [Role.FINANCE_OFFICER],
  recordReceipt: [Role.FINANCE_OFFICER],
  recordInterest: [Role.FINANCE_OFFICER],
  authorizeSpending: [Role.FINANCE_OFFICER],
  allocateToRound: [Role.FINANCE_OFFICER],
  recordExpenditure: [Role.FINANCE_OFFICER],
  reverseLedgerEntry: [Role.FINANCE_OFFICER],
  setRoundFunding: [Role.FINANCE_OFFICER, Role.PROGRAM_OFFICER],
});

/**
 * Object level: a finance officer opens a fund only for a government they belong to (the
 * fund is that government's special revenue fund); the system (seeds, factories) for any.
 */
export function mayOpenFundFor(
  actor: AuthUser,
  actorOrganizationIds: readonly string[],
  organizationId: string,
): boolean {
  return actor.id === SYSTEM_ACTOR.id || actorOrganizationIds.includes(organizationId);
}
