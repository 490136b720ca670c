import { Args, Context, Int, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Allow, CurrentUser, IdArg, requestLoader } from '@abate/api/core';
import type { AuthUser, GqlContext } from '@abate/api/core';
import { UsersService } from '@abate/api/identity';
import { AwardModel } from './models/award.model';
import { AwardAmendmentModel } from './models/award-budget.model';
import { AmendmentDecision, AwardAmendmentInput } from './dto/amendment.input';
import { AwardBudgetService } from './award-budget.service';
import type { AwardAmendmentEntity } from './entities/award-amendment.entity';
import { AWARDS_POLICY } from './awards.policy';

@Resolver(() => AwardModel)
export class AmendmentsResolver {
  constructor(private readonly budgets: AwardBudgetService) {}

  @Allow(AWARDS_POLICY.amendAward)
  @Mutation(() => AwardAmendmentModel, {
    description:
      'Proposes a new amount, budget per category or end date, with a reason; an officer then decides. CONFLICT when the award’s version is stale.',
  })
  async amendAward(
    @IdArg('awardId') awardId: string,
    @Args('version', { type: () => Int }) version: number,
    @Args('input') input: AwardAmendmentInput,
    @CurrentUser() actor: AuthUser,
  ): Promise<AwardAmendmentModel> {
    return AwardAmendmentModel.from(await this.budgets.amend(actor, awardId, version, input));
  }

  @Allow(AWARDS_POLICY.decideAwardAmendment)
  @Mutation(() => AwardAmendmentModel, {
    description: 'APPROVE (the award’s amount, end date and budget change) or REJECT with a note.',
  })
  async decideAwardAmendment(
    @IdArg('id') id: string,
    @Args('decision', { type: () => AmendmentDecision }) decision: AmendmentDecision,
    @Args('note', { type: () => String, nullable: true }) note: string | undefined,
    @CurrentUser() actor: AuthUser,
  ): Promise<AwardAmendmentModel> {
    return AwardAmendmentModel.from(await this.budgets.decide(actor, id, decision, note ?? undefined));
  }

  @ResolveField(() => [AwardAmendmentModel], {
    description: 'Every amendment proposed, oldest first, with its decision.',
  })
  async amendments(@Parent() award: AwardModel, @Context() context: GqlContext): Promise<AwardAmendmentModel[]> {
    const rows = await requestLoader<string, AwardAmendmentEntity[]>(context, 'amendments-by-award', async (ids) => {
      const found = await this.budgets.amendmentsOf(ids);
      return ids.map((id) => found.get(id) ?? []);
    }).load(award.id);
    return rows.map(AwardAmendmentModel.from);
  }
}

/**
 * Who proposed and who decided, by name. Whoever may read the amendment (the grantee's
 * members, officers, auditors: the award's readers) may read both names (docs/payments.md).
 */
@Resolver(() => AwardAmendmentModel)
export class AmendmentNamesResolver {
  constructor(private readonly users: UsersService) {}

  @ResolveField(() => String, {
    nullable: true,
    description: 'The display name of whoever proposed it (null only if the account is gone).',
  })
  proposedByName(@Parent() amendment: AwardAmendmentModel, @Context() context: GqlContext): Promise<string | null> {
    return nameOf(context, this.users, amendment.proposedBy);
  }

  @ResolveField(() => String, {
    nullable: true,
    description: 'The display name of the officer who decided it; null while pending.',
  })
  decidedByName(@Parent() amendment: AwardAmendmentModel, @Context() context: GqlContext): Promise<string | null> {
    return nameOf(context, this.users, amendment.decidedBy);
  }
}

/** One query for every name a response shows (proposers and deciders of every amendment together). */
function nameOf(context: GqlContext, users: UsersService, id: string | null): Promise<string | null> {
  if (!id) return Promise.resolve(null);
  return requestLoader<string, string | null>(context, 'amendment-person-name', async (ids) => {
    const names = await users.namesOf(ids);
    return ids.map((one) => names.get(one) ?? null);
  }).load(id);
}
