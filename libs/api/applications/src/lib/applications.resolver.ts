import { Args, Context, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Allow, CurrentUser, IdArg, mapPage, requestLoader } from '@abate/api/core';
import type { AuthUser, GqlContext } from '@abate/api/core';
import { FundingRoundModel, RoundsService } from '@abate/api/rounds';
import { OrganizationModel } from '@abate/api/organizations';
import { ApplicationsService } from './applications.service';
import { ApplicationsLoader } from './applications.loader';
import { ApplicationInput } from './dto/application.input';
import { ApplicationsArgs } from './dto/applications.args';
import type { ApplicationEntity } from './entities/application.entity';
import {
  ApplicationActivityModel,
  ItemResponseModel,
  ApplicationConnection,
  ApplicationModel,
  ApplicationValidationModel,
  SafeguardFlagModel,
  SubmissionReceiptModel,
} from './models/application.model';
import { APPLICATIONS_POLICY } from './applications.policy';

@Resolver(() => ApplicationModel)
export class ApplicationsResolver {
  constructor(
    private readonly service: ApplicationsService,
    private readonly loader: ApplicationsLoader,
    private readonly roundsService: RoundsService,
  ) {}

  @Allow(APPLICATIONS_POLICY.applications)
  @Query(() => ApplicationConnection, { description: 'Officers and auditors: all; applicants: their organizations’.' })
  async applications(@Args() args: ApplicationsArgs, @CurrentUser() actor: AuthUser): Promise<ApplicationConnection> {
    return mapPage(await this.service.list(actor, args), ApplicationModel.from);
  }

  @Allow(APPLICATIONS_POLICY.application)
  @Query(() => ApplicationModel, {
    description:
      'Its organization’s members, officers, auditors, and reviewers assigned to it who declared no conflict.',
  })
  async application(@IdArg('id') id: string, @CurrentUser() actor: AuthUser): Promise<ApplicationModel> {
    return ApplicationModel.from(await this.service.getReadable(actor, id));
  }

  @Allow(APPLICATIONS_POLICY.createApplication)
  @Mutation(() => ApplicationModel, {
    description: 'Starts a draft for an organization you belong to, while the round accepts applications.',
  })
  async createApplication(
    @IdArg('roundId') roundId: string,
    @IdArg('organizationId') organizationId: string,
    @CurrentUser() actor: AuthUser,
  ): Promise<ApplicationModel> {
    return ApplicationModel.from(await this.service.create(actor, roundId, organizationId));
  }

  @Allow(APPLICATIONS_POLICY.saveApplication)
  @Mutation(() => ApplicationModel, {
    description: 'Partial update; returns the new version; CONFLICT when version is stale.',
  })
  async saveApplication(
    @IdArg('id') id: string,
    @Args('version', { type: () => Int }) version: number,
    @Args('input') input: ApplicationInput,
    @CurrentUser() actor: AuthUser,
  ): Promise<ApplicationModel> {
    return ApplicationModel.from(await this.service.save(actor, id, version, input));
  }

  @Allow(APPLICATIONS_POLICY.submitApplication)
  @Mutation(() => SubmissionReceiptModel, {
    description: 'Idempotent: a repeat returns the same receipt. DEADLINE_PASSED from closesAt on.',
  })
  async submitApplication(
    @IdArg('id') id: string,
    @Args('version', { type: () => Int }) version: number,
    @CurrentUser() actor: AuthUser,
  ): Promise<SubmissionReceiptModel> {
    const receipt = await this.service.submit(actor, id, version);
    return {
      trackingId: receipt.trackingId,
      submittedAt: receipt.submittedAt,
      application: ApplicationModel.from(receipt.application),
    };
  }

  @Allow(APPLICATIONS_POLICY.withdrawApplication)
  @Mutation(() => ApplicationModel, { description: 'While the round accepts applications.' })
  async withdrawApplication(@IdArg('id') id: string, @CurrentUser() actor: AuthUser): Promise<ApplicationModel> {
    return ApplicationModel.from(await this.service.withdraw(actor, id));
  }

  @ResolveField(() => FundingRoundModel)
  async round(@Parent() app: ApplicationModel, @Context() context: GqlContext): Promise<FundingRoundModel> {
    return FundingRoundModel.from(await this.loader.round(context, app.roundId), this.roundsService.now());
  }

  @ResolveField(() => OrganizationModel)
  async organization(@Parent() app: ApplicationModel, @Context() context: GqlContext): Promise<OrganizationModel> {
    return OrganizationModel.from(await this.loader.organization(context, app.organizationId));
  }

  @ResolveField(() => [ItemResponseModel])
  async responses(@Parent() app: ApplicationModel, @Context() context: GqlContext): Promise<ItemResponseModel[]> {
    return (await this.withResponses(app, context)).responses;
  }

  @ResolveField(() => ApplicationValidationModel, {
    description: 'Errors block submission; warnings are advice. Each names its field path.',
  })
  async validation(
    @Parent() app: ApplicationModel,
    @Context() context: GqlContext,
  ): Promise<ApplicationValidationModel> {
    const round = await this.loader.round(context, app.roundId);
    const checklist = await this.loader.checklist(context, round.checklistVersionId);
    return this.service.validation(await this.withResponses(app, context), round, checklist.definition);
  }

  /**
   * Lists of many applications (the round ranking) read them without their
   * narratives, which are most of an application's size; a query that does ask
   * for them gets them here, in one batch per request.
   */
  private async withResponses(app: ApplicationModel, context: GqlContext): Promise<ApplicationEntity> {
    if (app.entity.responses !== undefined) return app.entity;
    return requestLoader(context, 'application-by-id', async (ids: readonly string[]) => {
      const found = await this.service.byIds(ids);
      return ids.map((i) => found.get(i) ?? new Error(`Application ${i} not found`));
    }).load(app.id);
  }

  @ResolveField(() => [SafeguardFlagModel], {
    description: 'Shown to the applicant before submitting and to reviewers later.',
  })
  async safeguardFlags(@Parent() app: ApplicationModel, @Context() context: GqlContext): Promise<SafeguardFlagModel[]> {
    const round = await this.loader.round(context, app.roundId);
    const checklist = await this.loader.checklist(context, round.checklistVersionId);
    return this.service
      .flags(app.entity, checklist.definition)
      .map((f) => ({ ...f, source: { ...f.source, url: f.source.url ?? null } }));
  }

  @ResolveField(() => [ApplicationActivityModel], { description: 'Who saved what, when (newest first, up to 50).' })
  async activity(
    @Parent() app: ApplicationModel,
    @CurrentUser() actor: AuthUser | null,
  ): Promise<ApplicationActivityModel[]> {
    return this.service.activity(app.id, actor);
  }
}
