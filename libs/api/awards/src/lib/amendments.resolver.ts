import { Args, Context, Int, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Allow, CurrentUser, IdArg, requestLoader } from '@abate/api/core';
import type { AuthUser, GqlContext } from '@abate/api/core';
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
