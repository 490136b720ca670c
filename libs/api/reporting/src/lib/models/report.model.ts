import { Cents } from '@abate/api/core';
import { Field, Float, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { FieldProblemModel } from '@abate/api/applications';
import type { QuarterlyReportEntity } from '../entities/quarterly-report.entity';
import type { ReportVersionEntity } from '../entities/report-version.entity';

export enum ReportStatus {
  DRAFT = 'DRAFT',
  SUBMITTED = 'SUBMITTED',
  CHANGES_REQUESTED = 'CHANGES_REQUESTED',
  ACCEPTED = 'ACCEPTED',
}
export enum MilestoneStatus {
  UPCOMING = 'UPCOMING',
  DUE = 'DUE',
  OVERDUE = 'OVERDUE',
  SUBMITTED = 'SUBMITTED',
  CHANGES_REQUESTED = 'CHANGES_REQUESTED',
  ACCEPTED = 'ACCEPTED',
}
registerEnumType(ReportStatus, {
  name: 'ReportStatus',
  description: 'DRAFT -> SUBMITTED -> ACCEPTED | CHANGES_REQUESTED -> SUBMITTED …',
});
registerEnumType(MilestoneStatus, {
  name: 'MilestoneStatus',
  description: 'Follows the clock (in the round’s time zone) and the report.',
});

@ObjectType('MetricValue')
export class MetricValueModel {
  @Field()
  key!: string;

  @Field(() => Float)
  value!: number;
}

@ObjectType('Spending')
export class SpendingModel {
  @Field()
  category!: string;

  @Field(() => Cents)
  amountCents!: bigint;
}

@ObjectType('ReportNarrative')
export class ReportNarrativeModel {
  @Field(() => String, { nullable: true })
  successes!: string | null;

  @Field(() => String, { nullable: true })
  challenges!: string | null;
}

@ObjectType('SafeguardDeviation', {
  description: 'A safeguard metric that differs from its expected value (e.g. any warrant check).',
})
export class SafeguardDeviationModel {
  @Field()
  key!: string;

  @Field()
  label!: string;

  @Field(() => Float)
  expected!: number;

  @Field(() => Float)
  actual!: number;
}

@ObjectType('ReportCheck')
export class ReportCheckModel {
  @Field(() => [FieldProblemModel], { description: 'Block submission.' })
  errors!: FieldProblemModel[];

  @Field(() => [FieldProblemModel])
  warnings!: FieldProblemModel[];

  @Field(() => [SafeguardDeviationModel])
  safeguardDeviations!: SafeguardDeviationModel[];
}

@ObjectType('CategorySpend')
export class CategorySpendModel {
  @Field()
  category!: string;

  @Field()
  label!: string;

  @Field(() => Cents)
  budgetCents!: bigint;

  @Field(() => Cents)
  thisPeriodCents!: bigint;

  @Field(() => Cents)
  cumulativeCents!: bigint;

  @Field(() => Cents)
  remainingCents!: bigint;
}

@ObjectType('ReportVersion', { description: 'A submitted version, kept as it was sent.' })
export class ReportVersionModel {
  @Field(() => Int)
  number!: number;

  @Field()
  submittedAt!: Date;

  @Field(() => [MetricValueModel])
  metrics!: MetricValueModel[];

  @Field(() => [SpendingModel])
  spending!: SpendingModel[];

  @Field(() => ReportNarrativeModel)
  narrative!: ReportNarrativeModel;

  static from(entity: ReportVersionEntity): ReportVersionModel {
    return Object.assign(new ReportVersionModel(), {
      number: entity.number,
      submittedAt: entity.submittedAt,
      metrics: entity.metrics,
      spending: entity.spending,
      narrative: { successes: entity.successes, challenges: entity.challenges },
    });
  }
}

@ObjectType('QuarterlyReport')
export class QuarterlyReportModel {
  @Field(() => ID)
  id!: string;

  @Field(() => ReportStatus)
  status!: ReportStatus;

  @Field(() => Int)
  version!: number;

  @Field(() => [MetricValueModel])
  metrics!: MetricValueModel[];

  // `spending` (Spent this period, per budget category) is resolved from its own table: ReportsResolver.spending.

  @Field(() => ReportNarrativeModel)
  narrative!: ReportNarrativeModel;

  @Field(() => [String])
  confirmedWarnings!: string[];

  @Field(() => String, { nullable: true, description: 'The officer’s note with a request for changes.' })
  reviewNote!: string | null;

  @Field(() => Date, { nullable: true })
  submittedAt!: Date | null;

  entity!: QuarterlyReportEntity;
  milestoneId!: string;

  static from(entity: QuarterlyReportEntity): QuarterlyReportModel {
    const {
      id,
      status,
      version,
      metrics,
      successes,
      challenges,
      confirmedWarnings,
      reviewNote,
      submittedAt,
      milestoneId,
    } = entity;
    return Object.assign(new QuarterlyReportModel(), {
      id,
      status: status as ReportStatus,
      version,
      metrics,
      narrative: { successes, challenges },
      confirmedWarnings,
      reviewNote,
      submittedAt,
      milestoneId,
      entity,
    });
  }
}
