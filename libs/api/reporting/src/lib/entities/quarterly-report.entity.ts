import { Check, Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { BaseEntity } from '@abate/api/core';
import { AwardEntity } from '@abate/api/awards';
import { ReportingMilestoneEntity } from './reporting-milestone.entity';
import type { MetricValue } from '@abate/shared/metrics';

export type ReportState = 'DRAFT' | 'SUBMITTED' | 'CHANGES_REQUESTED' | 'ACCEPTED';

/** The grantee's report for one milestone: the working copy (its spending: ReportSpendingEntity rows); each submission is also kept as a ReportVersion. */
@Entity('quarterly_reports')
@Index('quarterly_reports_milestone_key', ['milestoneId'], { unique: true })
@Index('quarterly_reports_award_idx', ['awardId'])
@Check('quarterly_reports_status_check', `"status" IN ('DRAFT', 'SUBMITTED', 'CHANGES_REQUESTED', 'ACCEPTED')`)
export class QuarterlyReportEntity extends BaseEntity {
  @Column({ type: 'uuid' })
  milestoneId!: string;

  @ManyToOne(() => ReportingMilestoneEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'milestone_id' })
  milestone?: ReportingMilestoneEntity;

  @Column({ type: 'uuid' })
  awardId!: string;

  @ManyToOne(() => AwardEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'award_id' })
  award?: AwardEntity;

  @Column({ type: 'varchar', length: 20, default: 'DRAFT' })
  status!: ReportState;

  @Column({ type: 'jsonb', default: () => `'[]'` })
  metrics!: MetricValue[];

  @Column({ type: 'text', nullable: true })
  successes!: string | null;

  @Column({ type: 'text', nullable: true })
  challenges!: string | null;

  /** Warning fields the grantee confirmed are right (e.g. metrics.survivors_reached). */
  @Column({ type: 'text', array: true, default: () => `'{}'` })
  confirmedWarnings!: string[];

  @Column({ type: 'text', nullable: true })
  reviewNote!: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  submittedAt!: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  reviewedAt!: Date | null;
}
