import { Args, Context, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Allow, CurrentUser, IdArg, mapPage, requestLoader } from '@abate/api/core';
import type { AuthUser, GqlContext } from '@abate/api/core';
import { AwardModel, AwardsService } from '@abate/api/awards';
import { ObjectType } from '@nestjs/graphql';
import { Connection } from '@abate/api/core';
import { ReportsService } from './reports.service';
import { ReportingMilestoneModel } from './models/milestone.model';
import type { ReportingMilestoneEntity } from './entities/reporting-milestone.entity';
import { MilestonesService } from './milestones.service';
import { QuarterlyReportInput, ReportDecision } from './dto/report.input';
import { MilestonesArgs } from './dto/milestones.args';
import {
  CategorySpendModel,
  MilestoneStatus,
  QuarterlyReportModel,
  ReportCheckModel,
  ReportVersionModel,
  SpendingModel,
} from './models/report.model';
import { reportSpending } from './report-spending.loader';
import type { QuarterlyReportEntity } from './entities/quarterly-report.entity';
import { REPORTING_POLICY } from './reporting.policy';

@ObjectType('ReportingMilestoneConnection')
export class ReportingMilestoneConnection extends Connection(ReportingMilestoneModel) {}

@Resolver(() => QuarterlyReportModel)
export class ReportsResolver {
  constructor(
    private readonly reports: ReportsService,
    private readonly milestones: MilestonesService,
  ) {}

  @Allow(REPORTING_POLICY.saveQuarterlyReport)
  @Mutation(() => QuarterlyReportModel, {
    description:
      'Creates the report on the first save (no version), then a partial update; CONFLICT when version is stale.',
  })
  async saveQuarterlyReport(
    @IdArg('milestoneId') milestoneId: string,
    @Args('version', { type: () => Int, nullable: true }) version: number | null,
    @Args('input') input: QuarterlyReportInput,
    @CurrentUser() actor: AuthUser,
  ): Promise<QuarterlyReportModel> {
    return QuarterlyReportModel.from(await this.reports.save(actor, milestoneId, version, input));
  }

  @Allow(REPORTING_POLICY.submitQuarterlyReport)
  @Mutation(() => QuarterlyReportModel, {
    description: 'Needs no errors and the confirmable warnings confirmed; every submission is kept.',
  })
  async submitQuarterlyReport(
    @IdArg('reportId') reportId: string,
    @Args('version', { type: () => Int }) version: number,
    @CurrentUser() actor: AuthUser,
  ): Promise<QuarterlyReportModel> {
    return QuarterlyReportModel.from(await this.reports.submit(actor, reportId, version));
  }

  @Allow(REPORTING_POLICY.reviewQuarterlyReport)
  @Mutation(() => QuarterlyReportModel, {
    description: 'ACCEPT, or REQUEST_CHANGES with a note; accepting the final report closes the award.',
  })
  async reviewQuarterlyReport(
    @IdArg('reportId') reportId: string,
    @Args('decision', { type: () => ReportDecision }) decision: ReportDecision,
    @Args('note', { type: () => String, nullable: true }) note: string | undefined,
  ): Promise<QuarterlyReportModel> {
    return QuarterlyReportModel.from(await this.reports.review(reportId, decision, note));
  }

  @Allow(REPORTING_POLICY.quarterlyReport)
  @Query(() => QuarterlyReportModel)
  async quarterlyReport(@IdArg('id') id: string, @CurrentUser() actor: AuthUser): Promise<QuarterlyReportModel> {
    return QuarterlyReportModel.from(await this.reports.get(actor, id));
  }

  @ResolveField(() => [SpendingModel], { description: 'Spent this period, per budget category.' })
  async spending(@Parent() report: QuarterlyReportModel, @Context() context: GqlContext): Promise<SpendingModel[]> {
    return reportSpending(context, this.reports, report.id);
  }

  @ResolveField(() => ReportCheckModel, {
    description: 'Errors block submission; warnings are shown; safeguard deviations are flagged to the officer.',
  })
  async check(@Parent() report: QuarterlyReportModel): Promise<ReportCheckModel> {
    return (await this.checked(report)).check;
  }

  @ResolveField(() => [CategorySpendModel], {
    description: 'Cumulative spending against the awarded budget, per category.',
  })
  async spendingSummary(@Parent() report: QuarterlyReportModel): Promise<CategorySpendModel[]> {
    return (await this.checked(report)).spending;
  }

  // Both fields need the same award, budget and earlier spending: load them once per report object.
  private readonly checks = new WeakMap<QuarterlyReportModel, ReturnType<ReportsService['checkOf']>>();

  private checked(report: QuarterlyReportModel): ReturnType<ReportsService['checkOf']> {
    let pending = this.checks.get(report);
    if (!pending) {
      pending = this.reports.checkOf(report.entity);
      this.checks.set(report, pending);
    }
    return pending;
  }

  @ResolveField(() => [ReportVersionModel], { description: 'Every submitted version, oldest first.' })
  async versions(@Parent() report: QuarterlyReportModel): Promise<ReportVersionModel[]> {
    return (await this.reports.versionsOf(report.id)).map(ReportVersionModel.from);
  }

  @ResolveField(() => ReportingMilestoneModel)
  async milestone(
    @Parent() report: QuarterlyReportModel,
    @Context() context: GqlContext,
  ): Promise<ReportingMilestoneModel> {
    const milestones = await requestLoader(context, 'milestone-of-report', async (ids: readonly string[]) => {
      const all = await this.milestones.byIds(ids);
      return ids.map((id) => all.get(id) ?? new Error(`Milestone ${id} not found`));
    }).load(report.milestoneId);
    return ReportingMilestoneModel.from(milestones);
  }
}

@Resolver(() => ReportingMilestoneModel)
export class MilestoneFieldsResolver {
  constructor(
    private readonly reports: ReportsService,
    private readonly milestones: MilestonesService,
    private readonly awardsService: AwardsService,
  ) {}

  @Allow(REPORTING_POLICY.reportingMilestones)
  @Query(() => ReportingMilestoneConnection, {
    description: 'Grantees: their own; officers and auditors: all. By due date.',
  })
  async reportingMilestones(
    @Args() args: MilestonesArgs,
    @CurrentUser() actor: AuthUser,
  ): Promise<ReportingMilestoneConnection> {
    return mapPage(await this.milestones.list(actor, args), ReportingMilestoneModel.from);
  }

  @ResolveField(() => QuarterlyReportModel, { nullable: true })
  async report(
    @Parent() milestone: ReportingMilestoneModel,
    @Context() context: GqlContext,
  ): Promise<QuarterlyReportModel | null> {
    const report = await this.reportOf(context, milestone.id);
    return report ? QuarterlyReportModel.from(report) : null;
  }

  @ResolveField(() => MilestoneStatus)
  async status(@Parent() milestone: ReportingMilestoneModel, @Context() context: GqlContext): Promise<MilestoneStatus> {
    const [report, timeZone] = await Promise.all([
      this.reportOf(context, milestone.id),
      requestLoader(context, 'time-zone-of-award', async (ids: readonly string[]) => {
        const zones = await this.reports.timeZonesOfAwards(ids);
        return ids.map((id) => zones.get(id) ?? 'UTC');
      }).load(milestone.awardId),
    ]);
    return this.reports.status(milestone as unknown as ReportingMilestoneEntity, report, timeZone) as MilestoneStatus;
  }

  @ResolveField(() => AwardModel)
  async award(@Parent() milestone: ReportingMilestoneModel, @Context() context: GqlContext): Promise<AwardModel> {
    const award = await requestLoader(context, 'award-by-id', async (ids: readonly string[]) => {
      const found = await this.awardsService.byIds(ids);
      return ids.map((id) => found.get(id) ?? new Error(`Award ${id} not found`));
    }).load(milestone.awardId);
    return AwardModel.from(award);
  }

  private reportOf(context: GqlContext, milestoneId: string): Promise<QuarterlyReportEntity | null> {
    return requestLoader(context, 'report-by-milestone', async (ids: readonly string[]) => {
      const found = await this.reports.byMilestoneIds(ids);
      return ids.map((id) => found.get(id) ?? null);
    }).load(milestoneId);
  }
}

/** The milestones on the award itself: this domain owns them. */
@Resolver(() => AwardModel)
export class AwardMilestonesResolver {
  constructor(private readonly milestoneService: MilestonesService) {}

  @ResolveField(() => [ReportingMilestoneModel], { description: 'Quarterly reports in order, then the final report.' })
  async milestones(@Parent() award: AwardModel, @Context() context: GqlContext): Promise<ReportingMilestoneModel[]> {
    const rows = await requestLoader(context, 'milestones-by-award', async (ids: readonly string[]) => {
      const found = await this.milestoneService.ofAwards(ids);
      return ids.map((id) => found.get(id) ?? []);
    }).load(award.id);
    return rows.map(ReportingMilestoneModel.from);
  }
}
