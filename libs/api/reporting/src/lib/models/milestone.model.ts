import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import type { ReportingMilestoneEntity } from '../entities/reporting-milestone.entity';

export enum MilestoneKind {
  QUARTERLY = 'QUARTERLY',
  FINAL = 'FINAL',
}
registerEnumType(MilestoneKind, { name: 'MilestoneKind' });

@ObjectType('ReportingMilestone', {
  description: 'A report an award owes: one per calendar quarter of the grant, and a final report.',
})
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
    return Object.assign(new ReportingMilestoneModel(), {
      id,
      kind: kind as MilestoneKind,
      label,
      periodStart,
      periodEnd,
      dueDate,
      awardId,
    });
  }
}
