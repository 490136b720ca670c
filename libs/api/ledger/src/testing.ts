/** Test factories for settlement funds (`@abate/testing/ledger`): real services, overridable defaults. */
import { runWithRequestContext, SYSTEM_ACTOR } from '@abate/api/core';
import type { TestApp } from '@abate/api/testing';
import { createOrganization } from '@abate/testing/organizations';
import { LedgerService } from './lib/ledger.service';
import type { CreateSettlementFundInput } from './lib/dto/ledger.input';
import type { SettlementFundEntity } from './lib/entities/settlement-fund.entity';

export async function createFund(t: TestApp, overrides: Partial<CreateSettlementFundInput> = {}): Promise<SettlementFundEntity> {
  const organizationId = overrides.organizationId ?? (await createOrganization(t)).id;
  return runWithRequestContext({ requestId: 'factory', actor: SYSTEM_ACTOR }, () =>
    t.get(LedgerService).createFund({ name: 'Opioid Settlement Fund', ruleSetKey: 'nc-moa-2021', openingBalanceCents: 0n, openedOn: '2022-07-01', organizationId, ...overrides }, SYSTEM_ACTOR),
  );
}
