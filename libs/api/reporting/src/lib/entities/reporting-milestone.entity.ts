import { Check, Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { BaseEntity } from '@abate/api/core';
import { AwardEntity } from '@abate/api/awards';

/** A report an award owes: one per calendar quarter of the grant, and a final one. */
@Entity('reporting_milestones')
@Index('reporting_milestones_award_kind_period_key', ['awardId', 'kind', 'periodStart'], { unique: true })
@Index('reporting_milestones_due_date_idx', ['dueDate'])
@Check('reporting_milestones_kind_check', `"kind" IN ('QUARTERLY', 'FINAL')`)
@Check('reporting_milestones_period_check', `"period_end" >= "period_start" AND "due_date" > "period_end"`)
export class ReportingMilestoneEntity extends BaseEntity {
  @Column({ type: 'uuid' })
  awardId!: string;

  @ManyToOne(() => AwardEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'award_id' })
  award?: AwardEntity;

  @Column({ type: 'varchar', length: 10 })
  kind!: 'QUARTERLY' | 'FINAL';

  /** "2027 Q1" or "Final report". */
  @Column({ type: 'varchar', length: 40 })
  label!: string;

  @Column({ type: 'date' })
  periodStart!: string;

  @Column({ type: 'date' })
  periodEnd!: string;

  @Column({ type: 'date' })
  dueDate!: string;
}
