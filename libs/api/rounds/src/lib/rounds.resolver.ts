import { Args, Context, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Allow, CurrentUser, IdArg, mapPage, requestLoader } from '@abate/api/core';
import type { AuthUser, GqlContext } from '@abate/api/core';
import { ChecklistModel, ChecklistsService } from '@abate/api/checklists';
import { RoundsService } from './rounds.service';
import { FundingRoundConnection, FundingRoundModel } from './models/funding-round.model';
import { CreateFundingRoundInput, UpdateFundingRoundInput } from './dto/funding-round.input';
import { FundingRoundsArgs } from './dto/funding-rounds.args';
import { ROUNDS_POLICY } from './rounds.policy';
import { formatLimit, SHORT_TEXT_MAX_CHARS } from '@abate/shared/limits';

@Resolver(() => FundingRoundModel)
export class RoundsResolver {
  constructor(
    private readonly service: RoundsService,
    private readonly checklistsService: ChecklistsService,
  ) {}

  @Allow(ROUNDS_POLICY.fundingRounds)
  @Query(() => FundingRoundConnection, {
    description: 'Published rounds for everyone; drafts too for officers and auditors.',
  })
  async fundingRounds(
    @Args() args: FundingRoundsArgs,
    @CurrentUser() actor: AuthUser | null,
  ): Promise<FundingRoundConnection> {
    const now = this.service.now();
    return mapPage(await this.service.list(actor, args), (r) => FundingRoundModel.from(r, now));
  }

  @Allow(ROUNDS_POLICY.fundingRound)
  @Query(() => FundingRoundModel)
  async fundingRound(@IdArg('id') id: string, @CurrentUser() actor: AuthUser | null): Promise<FundingRoundModel> {
    return FundingRoundModel.from(await this.service.get(id, actor), this.service.now());
  }

  @Allow(ROUNDS_POLICY.createFundingRound)
  @Mutation(() => FundingRoundModel)
  async createFundingRound(@Args('input') input: CreateFundingRoundInput): Promise<FundingRoundModel> {
    return FundingRoundModel.from(await this.service.create(input), this.service.now());
  }

  @Allow(ROUNDS_POLICY.updateFundingRound)
  @Mutation(() => FundingRoundModel, {
    description:
      'Partial update; CONFLICT when version is stale. After publishing only the title, description and a later deadline may change.',
  })
  async updateFundingRound(
    @IdArg('id') id: string,
    @Args('version', { type: () => Int }) version: number,
    @Args('input') input: UpdateFundingRoundInput,
  ): Promise<FundingRoundModel> {
    return FundingRoundModel.from(await this.service.update(id, version, input), this.service.now());
  }

  @Allow(ROUNDS_POLICY.publishFundingRound)
  @Mutation(() => FundingRoundModel)
  async publishFundingRound(@IdArg('id') id: string): Promise<FundingRoundModel> {
    return FundingRoundModel.from(await this.service.publish(id), this.service.now());
  }

  @Allow(ROUNDS_POLICY.closeFundingRound)
  @Mutation(() => FundingRoundModel, {
    description:
      'Closes an accepting round now: its deadline becomes this instant and it moves to REVIEW. The reason is kept in the audit trail. INVALID_STATE unless the round is published and accepting.',
  })
  async closeFundingRound(
    @IdArg('id') id: string,
    @Args('reason', {
      type: () => String,
      description: `Why the round closes early (3 to ${formatLimit(SHORT_TEXT_MAX_CHARS)} characters); kept in the audit trail.`,
    })
    reason: string,
  ): Promise<FundingRoundModel> {
    return FundingRoundModel.from(await this.service.closeNow(id, reason), this.service.now());
  }

  @ResolveField(() => ChecklistModel, {
    description: 'The checklist version applications are scored against (the rubric with weights).',
  })
  async checklist(@Parent() round: FundingRoundModel, @Context() context: GqlContext): Promise<ChecklistModel> {
    const entity = await requestLoader(context, 'checklist-by-id', async (ids: readonly string[]) => {
      const found = await this.checklistsService.byIds(ids);
      return ids.map((id) => found.get(id) ?? new Error(`Checklist ${id} missing`));
    }).load(round.checklistVersionId);
    return ChecklistModel.from(entity);
  }
}
