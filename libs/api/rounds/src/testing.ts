/** Test factories for funding rounds (`@abate/testing/rounds`): real services, overridable defaults. */
import { randomBytes } from 'node:crypto';
import { runWithRequestContext, SYSTEM_ACTOR } from '@abate/api/core';
import type { TestApp } from '@abate/api/testing';
import { OrganizationKind } from '@abate/api/organizations';
import { CreateFundingRoundInput } from './lib/dto/funding-round.input';
import { FundingRoundEntity } from './lib/entities/funding-round.entity';
import { RoundsService } from './lib/rounds.service';

const DAY = 86_400_000;

/** The create input a test starts from: open since yesterday, closing in 30 days, $50k-$250k awards from $1M. */
export function roundInput(
  overrides: Partial<CreateFundingRoundInput> = {},
  now = new Date(),
): CreateFundingRoundInput {
  return {
    title: `Post-overdose outreach ${randomBytes(3).toString('hex')}`,
    description: 'Funds post-overdose outreach programs that follow the 2023 best practices.',
    checklistKey: 'porp-best-practice',
    checklistVersion: '2023.1',
    opensAt: new Date(now.getTime() - DAY),
    closesAt: new Date(now.getTime() + 30 * DAY),
    timeZone: 'America/New_York',
    budgetCents: 100_000_000n,
    minAwardCents: 5_000_000n,
    maxAwardCents: 25_000_000n,
    eligibleKinds: [OrganizationKind.COUNTY, OrganizationKind.CITY, OrganizationKind.TRIBE],
    reviewersPerApplication: 3,
    grantStart: '2027-01-01',
    grantEnd: '2028-12-31',
    ...overrides,
  };
}

/** A round, published unless `status: 'DRAFT'`. Times are relative to the app's clock. */
export async function createRound(
  t: TestApp,
  overrides: Partial<CreateFundingRoundInput> & { status?: 'DRAFT' | 'PUBLISHED' } = {},
): Promise<FundingRoundEntity> {
  const { status = 'PUBLISHED', ...input } = overrides;
  const service = t.get(RoundsService);
  return runWithRequestContext({ requestId: 'factory', actor: SYSTEM_ACTOR }, async () => {
    const round = await service.create(roundInput(input, t.clock.now()));
    return status === 'PUBLISHED' ? service.publish(round.id) : round;
  });
}
