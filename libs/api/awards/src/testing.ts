/** Test factories for awards (`@abate/testing/awards`). */
import { runWithRequestContext, SYSTEM_ACTOR } from '@abate/api/core';
import type { TestApp } from '@abate/api/testing';
import type { TestUser } from '@abate/testing/organizations';
import { createRound } from '@abate/testing/rounds';
import { submittedApplication } from '@abate/testing/reviews';
import type { FundingRoundEntity } from '@abate/api/rounds';
import { DecisionsService } from './lib/decisions.service';
import { AwardEntity } from './lib/entities/award.entity';
import { DecisionKind } from './lib/dto/decision.input';

/**
 * A released award of `amountCents` to a new organization (owner included), for
 * a grant from `grantStart` to `grantEnd`. Decided as the system, with an override
 * reason since the application has no reviews.
 */
export async function createAward(
  t: TestApp,
  options: { grantStart?: string; grantEnd?: string; amountCents?: number | bigint } = {},
): Promise<{ award: AwardEntity; owner: TestUser; round: FundingRoundEntity }> {
  const round = await createRound(t, {
    grantStart: options.grantStart ?? '2027-01-01',
    grantEnd: options.grantEnd ?? '2027-12-31',
  });
  const { application, owner } = await submittedApplication(t, round.id);
  const decisions = t.get(DecisionsService);
  const previous = t.clock.fixedAt;
  t.clock.set(round.closesAt);
  try {
    await runWithRequestContext({ requestId: 'factory', actor: SYSTEM_ACTOR }, async () => {
      await decisions.decide(SYSTEM_ACTOR, application.id, {
        decision: DecisionKind.AWARD,
        amountCents: BigInt(options.amountCents ?? 10_000_000),
        overrideReason: 'Test award',
      });
      await decisions.release(round.id);
    });
  } finally {
    if (previous) t.clock.set(previous);
    else t.clock.reset();
  }
  const award = await t.dataSource.getRepository(AwardEntity).findOneByOrFail({ applicationId: application.id });
  return { award, owner, round };
}
