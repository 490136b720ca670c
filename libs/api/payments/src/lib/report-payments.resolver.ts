import { Context, Field, ObjectType, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Cents, requestLoader } from '@abate/api/core';
import type { GqlContext } from '@abate/api/core';
import { MilestonesService, QuarterlyReportModel, reportSpending, ReportsService } from '@abate/api/reporting';
import { PaymentsService } from './payments.service';

@ObjectType('ReportPaymentComparison', {
  description: 'One budget category of a quarter: what the report says was spent beside what was paid for the quarter.',
})
export class ReportPaymentComparisonModel {
  @Field()
  category!: string;

  @Field(() => Cents, { description: 'Spending the report gives for the quarter.' })
  reportedCents!: bigint;

  @Field(() => Cents, { description: 'Paid requests whose period lies within the quarter.' })
  paidCents!: bigint;

  @Field(() => Cents, {
    description: 'reported − paid: positive when the grantee spent more than it was paid for the quarter.',
  })
  differenceCents!: bigint;
}

/** For the officer's report review: the report's spending beside the payments for the same quarter (read from both services, nothing written). */
@Resolver(() => QuarterlyReportModel)
export class ReportPaymentsResolver {
  constructor(
    private readonly payments: PaymentsService,
    private readonly milestones: MilestonesService,
    private readonly reports: ReportsService,
  ) {}

  @ResolveField(() => [ReportPaymentComparisonModel], {
    description: 'Per budget category, with differences; categories in either the report or the payments.',
  })
  async paymentComparison(
    @Parent() report: QuarterlyReportModel,
    @Context() context: GqlContext,
  ): Promise<ReportPaymentComparisonModel[]> {
    const milestone = await requestLoader(context, 'milestone-by-id', async (ids: readonly string[]) => {
      const found = await this.milestones.byIds(ids);
      return ids.map((id) => found.get(id) ?? new Error(`Milestone ${id} not found`));
    }).load(report.milestoneId);
    const paid = await this.payments.paidWithin(milestone.awardId, milestone.periodStart, milestone.periodEnd);
    const reported = new Map<string, bigint>();
    for (const line of await reportSpending(context, this.reports, report.id))
      reported.set(line.category, (reported.get(line.category) ?? 0n) + line.amountCents);
    const categories = [...new Set([...reported.keys(), ...paid.keys()])];
    return categories.map((category) => {
      const r = reported.get(category) ?? 0n;
      const p = paid.get(category) ?? 0n;
      return Object.assign(new ReportPaymentComparisonModel(), {
        category,
        reportedCents: r,
        paidCents: p,
        differenceCents: r - p,
      });
    });
  }
}
