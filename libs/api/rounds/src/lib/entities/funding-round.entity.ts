import { Check, Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { BaseEntity, centsColumn } from '@abate/api/core';
import { ChecklistVersionEntity } from '@abate/api/checklists';
import type { RoundStage } from '../round-status';

@Entity('funding_rounds')
@Index('funding_rounds_closes_at_idx', ['closesAt'])
@Check('funding_rounds_stage_check', `"stage" IN ('DRAFT', 'PUBLISHED', 'DECIDED')`)
@Check('funding_rounds_window_check', `"closes_at" > "opens_at"`)
@Check(
  'funding_rounds_awards_check',
  `"min_award_cents" > 0 AND "min_award_cents" <= "max_award_cents" AND "max_award_cents" <= "budget_cents"`,
)
@Check('funding_rounds_grant_check', `"grant_end" > "grant_start"`)
@Check('funding_rounds_reviewers_check', `"reviewers_per_application" BETWEEN 1 AND 10`)
export class FundingRoundEntity extends BaseEntity {
  @Column({ type: 'varchar', length: 200 })
  title!: string;

  @Column({ type: 'text' })
  description!: string;

  @Column({ type: 'uuid' })
  checklistVersionId!: string;

  @ManyToOne(() => ChecklistVersionEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'checklist_version_id' })
  checklistVersion?: ChecklistVersionEntity;

  @Column({ type: 'timestamptz' })
  opensAt!: Date;

  @Column({ type: 'timestamptz' })
  closesAt!: Date;

  /** IANA name; deadlines are shown to people in it. */
  @Column({ type: 'varchar', length: 64 })
  timeZone!: string;

  @Column({ type: 'bigint', transformer: centsColumn })
  budgetCents!: bigint;

  @Column({ type: 'bigint', transformer: centsColumn })
  minAwardCents!: bigint;

  @Column({ type: 'bigint', transformer: centsColumn })
  maxAwardCents!: bigint;

  @Column({ type: 'text', array: true })
  eligibleKinds!: string[];

  @Column({ type: 'integer' })
  reviewersPerApplication!: number;

  /** ISO date (YYYY-MM-DD). */
  @Column({ type: 'date' })
  grantStart!: string;

  @Column({ type: 'date' })
  grantEnd!: string;

  @Column({ type: 'varchar', length: 20, default: 'DRAFT' })
  stage!: RoundStage;

  @Column({ type: 'timestamptz', nullable: true })
  publishedAt!: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  decidedAt!: Date | null;
}
