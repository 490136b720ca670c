import { Args, Context, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Allow, CurrentUser, IdArg, mapPage, requestLoader } from '@abate/api/core';
import type { AuthUser, GqlContext } from '@abate/api/core';
import { ApplicationModel, ApplicationsLoader, ApplicationsService } from '@abate/api/applications';
import { FundingRoundModel, RoundsService } from '@abate/api/rounds';
import { OrganizationModel } from '@abate/api/organizations';
import { AwardsService } from './awards.service';
import { AwardsArgs } from './dto/awards.args';
import { AwardConnection, AwardModel } from './models/award.model';
import { AWARDS_POLICY } from './awards.policy';

@Resolver(() => AwardModel)
export class AwardQueriesResolver {
  constructor(
    private readonly awardsService: AwardsService,
    private readonly applications: ApplicationsService,
    private readonly loader: ApplicationsLoader,
    private readonly rounds: RoundsService,
  ) {}

  @Allow(AWARDS_POLICY.awards)
  @Query(() => AwardConnection, { description: 'Grantees: their organizations’ awards; officers and auditors: all.' })
  async awards(@Args() args: AwardsArgs, @CurrentUser() actor: AuthUser): Promise<AwardConnection> {
    return mapPage(await this.awardsService.list(actor, args), AwardModel.from);
  }

  @Allow(AWARDS_POLICY.award)
  @Query(() => AwardModel)
  async award(@IdArg('id') id: string, @CurrentUser() actor: AuthUser): Promise<AwardModel> {
    return AwardModel.from(await this.awardsService.get(actor, id));
  }

  @ResolveField(() => ApplicationModel)
  async application(@Parent() award: AwardModel, @Context() context: GqlContext): Promise<ApplicationModel> {
    const app = await requestLoader(context, 'application-by-id', async (ids: readonly string[]) => {
      const found = await this.applications.byIds(ids);
      return ids.map((i) => found.get(i) ?? new Error(`Application ${i} not found`));
    }).load(award.applicationId);
    return ApplicationModel.from(app);
  }

  @ResolveField(() => OrganizationModel)
  async organization(@Parent() award: AwardModel, @Context() context: GqlContext): Promise<OrganizationModel> {
    return OrganizationModel.from(await this.loader.organization(context, award.organizationId));
  }

  @ResolveField(() => FundingRoundModel)
  async round(@Parent() award: AwardModel, @Context() context: GqlContext): Promise<FundingRoundModel> {
    return FundingRoundModel.from(await this.loader.round(context, award.roundId), this.rounds.now());
  }
}
