import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import { Cents, PageInfo } from '@abate/api/core';
import { ApplicationModel, SafeguardFlagModel } from '@abate/api/applications';
import { DecisionKind } from '../dto/decision.input';
import type { FundingDecisionEntity } from '../entities/funding-decision.entity';

@ObjectType('FundingDecision')
export class FundingDecisionModel {
  @Field(() => DecisionKind)
  decision!: DecisionKind;

  @Field(() => Cents, { nullable: true })
  amountCents!: bigint | null;

  @Field(() => String, { nullable: true })
  conditions!: string | null;

  @Field(() => String, { nullable: true, description: 'Why it was declined.' })
  reason!: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Officers and auditors only: why it was awarded against the ranking’s advice.',
  })
  overrideReason!: string | null;

  static from(entity: FundingDecisionEntity, { withOverride }: { withOverride: boolean }): FundingDecisionModel {
    const { decision, amountCents, conditions, reason, overrideReason } = entity;
    return Object.assign(new FundingDecisionModel(), {
      decision,
      amountCents,
      conditions,
      reason,
      overrideReason: withOverride ? overrideReason : null,
    });
  }
}

@ObjectType('RankingRow')
export class RankingRowModel {
  @Field(() => Int)
  rank!: number;

  @Field(() => ApplicationModel)
  application!: ApplicationModel;

  @Field()
  organizationName!: string;

  @Field(() => Float, {
    nullable: true,
    description: 'Weighted 0-100 score over the mean rating per item (the checklist’s scoring rule).',
  })
  score!: number | null;

  @Field(() => Float, {
    nullable: true,
    description: 'The score with each reviewer’s totals normalized across the round.',
  })
  normalizedScore!: number | null;

  @Field(() => Int)
  reviewerCount!: number;

  @Field(() => Float, {
    nullable: true,
    description: 'Highest minus lowest reviewer total; null with fewer than two reviews.',
  })
  spread!: number | null;

  @Field(() => [String], { description: 'Critical items whose median rating is 0.' })
  criticalGaps!: string[];

  @Field(() => [String], { description: 'Items where two reviewers’ ratings differ by 2 or more.' })
  disagreements!: string[];

  @Field(() => [SafeguardFlagModel])
  safeguardFlags!: SafeguardFlagModel[];

  @Field(() => Cents)
  requestedCents!: bigint;

  @Field(() => Cents)
  recommendedCents!: bigint;

  @Field()
  aboveFundingLine!: boolean;

  @Field({
    description:
      'Whether the row is above the funding line of the ranking by raw scores, which decisions are checked against (aboveFundingLine when the ranking is by raw scores).',
  })
  rawAboveFundingLine!: boolean;

  @Field(() => Cents, {
    description:
      'The amount the ranking by raw scores recommends, which decisions are checked against (recommendedCents when the ranking is by raw scores).',
  })
  rawRecommendedCents!: bigint;

  @Field(() => FundingDecisionModel, { nullable: true })
  decision!: FundingDecisionModel | null;
}

@ObjectType('RoundRanking')
export class RoundRankingModel {
  @Field(() => ID)
  roundId!: string;

  @Field({ description: 'Whether rows are ordered by normalized scores.' })
  normalized!: boolean;

  @Field(() => Cents)
  budgetCents!: bigint;

  @Field(() => Cents, { description: 'Sum of the recommended amounts above the funding line.' })
  fundedCents!: bigint;

  @Field(() => Cents, { description: 'Sum of the AWARD decisions recorded so far.' })
  awardedCents!: bigint;

  @Field({ description: 'How ties are broken, for the board packet.' })
  tieRule!: string;

  @Field(() => [RankingRowModel], { description: 'The page of rows asked for (every row when first is omitted).' })
  rows!: RankingRowModel[];

  @Field(() => Int, { description: 'Rows in the whole ranking.' })
  totalCount!: number;

  @Field(() => Int, {
    description:
      'The rank of the last row above the funding line in the whole ranking (the line falls just after it); 0 when no row is above it.',
  })
  lastRankAboveFundingLine!: number;

  @Field(() => Int, {
    description:
      'Submitted applications in the whole ranking without a decision; decisions are released when none is left.',
  })
  undecidedCount!: number;

  @Field(() => PageInfo)
  pageInfo!: PageInfo;
}
