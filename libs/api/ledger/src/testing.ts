/** Test factories for settlement funds (`@abate/testing/ledger`): real services, overridable defaults. */
import { runWithRequestContext, SYSTEM_ACTOR } from '@abate/api/core';
import type { TestApp } from '@abate/api/testing';
import { createOrganization } from '@abate/testing/organizations';
import { createRound } from '@abate/testing/rounds';
import { LedgerService } from './lib/ledger.service';
import type { CreateSettlementFundInput } from './lib/dto/ledger.input';
import type { SettlementFundEntity } from './lib/entities/settlement-fund.entity';

export async function createFund(
  t: TestApp,
  overrides: Partial<CreateSettlementFundInput> = {},
): Promise<SettlementFundEntity> {
  const organizationId = overrides.organizationId ?? (await createOrganization(t)).id;
  return runWithRequestContext({ requestId: 'factory', actor: SYSTEM_ACTOR }, () =>
    t.get(LedgerService).createFund(
      {
        name: 'Opioid Settlement Fund',
        ruleSetKey: 'nc-moa-2021',
        openingBalanceCents: 0n,
        openedOn: '2022-07-01',
        organizationId,
        ...overrides,
      },
      SYSTEM_ACTOR,
    ),
  );
}

/**
 * A fund of the organization with one receipt ($10,000.00) and one authorization line
 * ($5,000.00 for NC strategy 8), and a draft round to allocate to.
 */
export async function fundWithReceiptAndLine(
  t: TestApp,
  organizationId: string,
): Promise<{ fundId: string; entryId: string; lineId: string; roundId: string }> {
  const fund = await createFund(t, { organizationId });
  const ledger = t.get(LedgerService);
  const entry = await runWithRequestContext({ requestId: 'factory', actor: SYSTEM_ACTOR }, () =>
    ledger.recordReceipt(
      fund.id,
      {
        settlementKey: 'teva',
        paymentYear: 2024,
        receivedOn: '2024-08-01',
        amountCents: 1_000_000n,
        payer: 'BrownGreer',
      },
      SYSTEM_ACTOR,
    ),
  );
  const authorization = await runWithRequestContext({ requestId: 'factory', actor: SYSTEM_ACTOR }, () =>
    ledger.authorize(
      fund.id,
      {
        authority: 'Resolution 1',
        adoptedOn: '2024-08-01',
        lines: [
          {
            taxonomyKey: 'nc-moa-exhibit-a',
            strategyCode: '8',
            amountCents: 500_000n,
            startsOn: '2024-07-01',
            endsOn: '2026-06-30',
          },
        ],
      },
      SYSTEM_ACTOR,
    ),
  );
  const round = await createRound(t, { status: 'DRAFT' });
  return { fundId: fund.id, entryId: entry.id, lineId: authorization.lines![0].id, roundId: round.id };
}
