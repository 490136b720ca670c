import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Connection } from '@abate/api/core';
import type { AwardEntity } from '../entities/award.entity';
import type { ReportingMilestoneEntity } from '../entities/reporting-milestone.entity';

export enum MilestoneKind {
  QUARTERLY = 'QUARTERLY',
  FINAL = 'FINAL',
}
export enum AwardStatus {
  ACTIVE = 'ACTIVE',
  CLOSED = 'CLOSED',
}
registerEnumType(MilestoneKind, { name: 'MilestoneKind' });
registerEnumType(AwardStatus, { name: 'AwardStatus', description: 'ACTIVE until the final report is accepted, then CLOSED.' });

@ObjectType('ReportingMilestone', { description: 'A report an award owes: one per calendar quarter of the grant, and a final report.' })
export class ReportingMilestoneModel {
  @Field(() => ID)
  id!: string;

  @Field(() => MilestoneKind)
  kind!: MilestoneKind;

  @Field({ description: '"2027 Q1" or "Final report".' })
  label!: string;

  @Field({ description: 'YYYY-MM-DD' })
  periodStart!: string;

  @Field({ description: 'YYYY-MM-DD' })
  periodEnd!: string;

  @Field({ description: 'YYYY-MM-DD' })
  dueDate!: string;

  awardId!: string;

  static from(entity: ReportingMilestoneEntity): ReportingMilestoneModel {
    const { id, kind, label, periodStart, periodEnd, dueDate, awardId } = entity;
    return Object.assign(new ReportingMilestoneModel(), { id, kind: kind as MilestoneKind, label, periodStart, periodEnd, dueDate, awardId });
  }
}

@ObjectType('Award')
export class AwardModel {
  @Field(() => ID)
  id!: string;

  @Field(() => Int)
  amountCents!: number;

  @Field(() => String, { nullable: true })
  conditions!: string | null;

  @Field({ description: 'YYYY-MM-DD' })
  startDate!: string;

  @Field({ description: 'YYYY-MM-DD' })
  endDate!: string;

  @Field(() => AwardStatus)
  status!: AwardStatus;

  @Field(() => Int, { description: 'Send it back with amendAward (optimistic concurrency).' })
  version!: number;

  applicationId!: string;
  roundId!: string;
  organizationId!: string;

  static from(entity: AwardEntity): AwardModel {
    const { id, amountCents, conditions, startDate, endDate, status, version, applicationId, roundId, organizationId } = entity;
    return Object.assign(new AwardModel(), { id, amountCents, conditions, startDate, endDate, status: status as AwardStatus, version, applicationId, roundId, organizationId });
  }
}

@ObjectType('AwardConnection')
export class AwardConnection extends Connection(AwardModel) {}
