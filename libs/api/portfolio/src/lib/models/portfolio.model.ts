import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import { Cents } from '@abate/api/core';
import { AwardModel } from '@abate/api/awards';
import { MilestoneKind } from '@abate/api/reporting';
import { ReportStatus } from '@abate/api/reporting';

@ObjectType('PortfolioMetric', {
  description: 'A standard quarterly metric over a scope (a quarter, everything, a grantee).',
})
export class PortfolioMetricModel {
  @Field()
  key!: string;

  @Field()
  label!: string;

  @Field({ description: '"count" or "hours".' })
  unit!: string;

  @Field(() => Float, {
    nullable: true,
    description:
      'Counts: the sum over the counted reports. Hours: the median of the medians the reports give (medians do not add up); null when no report gave one.',
  })
  value!: number | null;
}

@ObjectType('PortfolioRate', { description: 'A derived rate of quarterly-metrics.json, from the totals of its scope.' })
export class PortfolioRateModel {
  @Field()
  key!: string;

  @Field()
  label!: string;

  @Field(() => Float, { nullable: true, description: 'Null when the denominator is 0.' })
  value!: number | null;
}

@ObjectType('PortfolioQuarter', { description: 'One calendar quarter across the grantees that reported it.' })
export class PortfolioQuarterModel {
  @Field({ description: '"2027 Q1".' })
  label!: string;

  @Field(() => Int, { description: 'Submitted or accepted quarterly reports counted in this quarter.' })
  reportsCounted!: number;

  @Field(() => [PortfolioMetricModel])
  metrics!: PortfolioMetricModel[];

  @Field(() => [PortfolioRateModel])
  rates!: PortfolioRateModel[];
}

@ObjectType('PortfolioOverall', { description: 'Every counted report of the scope together.' })
export class PortfolioOverallModel {
  @Field(() => Int)
  granteeCount!: number;

  @Field(() => Int)
  reportsCounted!: number;

  @Field(() => Cents, { description: 'The awards’ amounts, summed exactly.' })
  awardedCents!: bigint;

  @Field(() => Cents, { description: 'The approved budgets (application budget lines).' })
  budgetCents!: bigint;

  @Field(() => Cents, { description: 'Spent, per the counted quarterly reports.' })
  spentCents!: bigint;

  @Field(() => Int)
  overdueCount!: number;

  @Field(() => Int)
  safeguardFlagCount!: number;

  @Field(() => [PortfolioMetricModel])
  metrics!: PortfolioMetricModel[];

  @Field(() => [PortfolioRateModel])
  rates!: PortfolioRateModel[];
}

@ObjectType('GranteeTarget', { description: 'A target of the application against what the counted reports add up to.' })
export class GranteeTargetModel {
  @Field()
  metricKey!: string;

  @Field()
  label!: string;

  @Field(() => String, { nullable: true, description: '"count" or "hours".' })
  unit!: string | null;

  @Field(() => Float)
  target!: number;

  @Field(() => Float, {
    nullable: true,
    description: 'Counts: the sum over the reports; hours: the median of the reported medians (null when none).',
  })
  actual!: number | null;

  @Field(() => Float, {
    nullable: true,
    description: 'actual / target for counts (1 = met); null for hours targets, which are ceilings.',
  })
  shareOfTarget!: number | null;
}

@ObjectType('GranteeSpending', {
  description: 'Spending to date in one budget category against the approved budget line.',
})
export class GranteeSpendingModel {
  @Field()
  category!: string;

  @Field()
  label!: string;

  @Field(() => Cents)
  budgetCents!: bigint;

  @Field(() => Cents)
  spentCents!: bigint;

  @Field(() => Cents, { description: 'Negative when over the line.' })
  remainingCents!: bigint;
}

@ObjectType('PortfolioSafeguardFlag', {
  description: 'A safeguard metric above 0 in one quarter (warrant checks, arrests, uniformed police on visits).',
})
export class PortfolioSafeguardFlagModel {
  @Field()
  quarter!: string;

  @Field()
  key!: string;

  @Field()
  label!: string;

  @Field(() => Float)
  value!: number;
}

@ObjectType('OverdueReport', {
  description: 'A milestone past its due date (in the round’s time zone) with no submitted or accepted report.',
})
export class OverdueReportModel {
  @Field(() => ID)
  milestoneId!: string;

  @Field(() => MilestoneKind)
  kind!: MilestoneKind;

  @Field()
  label!: string;

  @Field({ description: 'YYYY-MM-DD' })
  dueDate!: string;

  @Field(() => Int)
  daysOverdue!: number;

  @Field(() => ReportStatus, {
    nullable: true,
    description: 'DRAFT or CHANGES_REQUESTED when a report was started; null when none.',
  })
  reportStatus!: ReportStatus | null;
}

@ObjectType('GranteeOutcome')
export class GranteeOutcomeModel {
  @Field(() => AwardModel)
  award!: AwardModel;

  @Field()
  organizationName!: string;

  @Field()
  state!: string;

  @Field()
  fipsCode!: string;

  @Field(() => ID)
  roundId!: string;

  @Field()
  roundTitle!: string;

  @Field(() => Cents)
  awardedCents!: bigint;

  @Field(() => Cents, { description: 'The approved budget: the application’s budget lines.' })
  budgetCents!: bigint;

  @Field(() => Cents)
  spentCents!: bigint;

  @Field(() => [String], { description: 'Quarters with a counted report, "2027 Q1" first.' })
  quartersReported!: string[];

  @Field(() => [GranteeTargetModel])
  targets!: GranteeTargetModel[];

  @Field(() => [GranteeSpendingModel], {
    description: 'Budget categories with a budget line or spending, in the SF-424A order.',
  })
  spending!: GranteeSpendingModel[];

  @Field(() => [PortfolioSafeguardFlagModel])
  safeguardFlags!: PortfolioSafeguardFlagModel[];

  @Field(() => [OverdueReportModel])
  overdue!: OverdueReportModel[];
}

@ObjectType('PortfolioOutcomes', {
  description:
    'Outcomes of the awards of a round (or of every round): only submitted and accepted quarterly reports count; the final report restates the grant and is left out.',
})
export class PortfolioOutcomesModel {
  @Field(() => ID, { nullable: true, description: 'Null: every round.' })
  roundId!: string | null;

  @Field(() => [PortfolioQuarterModel], { description: 'Quarters with at least one counted report, oldest first.' })
  quarters!: PortfolioQuarterModel[];

  @Field(() => PortfolioOverallModel)
  overall!: PortfolioOverallModel;

  @Field(() => [GranteeOutcomeModel])
  grantees!: GranteeOutcomeModel[];
}
