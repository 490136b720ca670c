import { Field, Float, ID, ObjectType } from '@nestjs/graphql';
import { Cents } from '@abate/api/core';
import { AwardStatus } from '@abate/api/awards';
import { OrganizationKind } from '@abate/api/organizations';

@ObjectType('PublicJurisdiction')
export class PublicJurisdictionModel {
  @Field({ description: 'The grantee organization.' })
  name!: string;

  @Field(() => OrganizationKind)
  kind!: OrganizationKind;

  @Field({ description: 'Two-letter state code.' })
  state!: string;

  @Field({ description: 'FIPS code (state + county).' })
  fipsCode!: string;
}

@ObjectType('PublicAward', { description: 'An award as the transparency page shows it.' })
export class PublicAwardModel {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  roundId!: string;

  @Field()
  roundTitle!: string;

  @Field(() => PublicJurisdictionModel)
  jurisdiction!: PublicJurisdictionModel;

  @Field(() => Cents)
  amountCents!: bigint;

  @Field({ description: 'YYYY-MM-DD' })
  startDate!: string;

  @Field({ description: 'YYYY-MM-DD' })
  endDate!: string;

  @Field(() => AwardStatus)
  status!: AwardStatus;

  @Field(() => String, { nullable: true, description: 'The funded program: the application’s title.' })
  programTitle!: string | null;

  @Field(() => String, { nullable: true, description: 'The funded program: the application’s summary.' })
  programSummary!: string | null;
}

@ObjectType('PublicCell', { description: 'A published figure after small-cell suppression.' })
export class PublicCellModel {
  @Field(() => Float, { nullable: true, description: 'Null when suppressed or not reported.' })
  value!: number | null;

  @Field({
    description:
      'The formatted number, "1-10" (a count from 1 to 10), "suppressed" (would let one be worked out) or "not reported".',
  })
  display!: string;

  @Field()
  suppressed!: boolean;
}

@ObjectType('PublicQuarterCell')
export class PublicQuarterCellModel {
  @Field({ description: '"2027 Q1".' })
  quarter!: string;

  @Field(() => PublicCellModel)
  cell!: PublicCellModel;
}

@ObjectType('PublicGranteeOutcome', { description: 'One grantee’s figures for one metric, by quarter.' })
export class PublicGranteeOutcomeModel {
  @Field(() => ID)
  awardId!: string;

  @Field(() => ID)
  roundId!: string;

  @Field()
  organizationName!: string;

  @Field()
  state!: string;

  @Field()
  fipsCode!: string;

  @Field(() => [PublicQuarterCellModel], { description: 'One cell per quarter of PublicOutcomes.quarters.' })
  byQuarter!: PublicQuarterCellModel[];

  @Field(() => PublicCellModel, { description: 'Over every quarter (hours: the median).' })
  total!: PublicCellModel;
}

@ObjectType('PublicMetricOutcome')
export class PublicMetricOutcomeModel {
  @Field()
  key!: string;

  @Field()
  label!: string;

  @Field({ description: '"count" (suppressed) or "hours" (a median, shown as reported).' })
  unit!: string;

  @Field(() => [PublicQuarterCellModel], {
    description: 'Every grantee together, per quarter (hours: the median of the grantees’ medians).',
  })
  byQuarter!: PublicQuarterCellModel[];

  @Field(() => PublicCellModel)
  total!: PublicCellModel;

  @Field(() => [PublicGranteeOutcomeModel])
  grantees!: PublicGranteeOutcomeModel[];
}

@ObjectType('PublicSpendingCategory', { description: 'Money is not a count of people: never suppressed.' })
export class PublicSpendingCategoryModel {
  @Field()
  category!: string;

  @Field()
  label!: string;

  @Field(() => Cents, { description: 'The approved budget lines of the awards, summed exactly.' })
  budgetCents!: bigint;

  @Field(() => Cents, { description: 'Spent, per the submitted and accepted quarterly reports.' })
  spentCents!: bigint;
}

@ObjectType('PublicOutcomes', {
  description:
    'Outcomes of a round (or every round) from submitted and accepted quarterly reports, with small cells suppressed.',
})
export class PublicOutcomesModel {
  @Field(() => ID, { nullable: true })
  roundId!: string | null;

  @Field(() => [String], { description: 'Quarters with at least one counted report, oldest first.' })
  quarters!: string[];

  @Field(() => [PublicMetricOutcomeModel])
  metrics!: PublicMetricOutcomeModel[];

  @Field(() => [PublicSpendingCategoryModel])
  spending!: PublicSpendingCategoryModel[];

  @Field({ description: 'How small cells are suppressed, in words.' })
  suppressionRule!: string;
}
