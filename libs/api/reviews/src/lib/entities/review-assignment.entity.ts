import { Check, Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { BaseEntity } from '@abate/api/core';
import { ApplicationEntity } from '@abate/api/applications';
import { FundingRoundEntity } from '@abate/api/rounds';
import { UserEntity } from '@abate/api/organizations';
import type { AssignmentStatus } from '../review-status';

export interface ItemScore {
  itemKey: string;
  rating: number;
  comment: string;
}

/** One reviewer's assignment to one application: the conflict declaration and then the review itself. */
@Entity('review_assignments')
@Index('review_assignments_application_reviewer_key', ['applicationId', 'reviewerId'], { unique: true })
@Index('review_assignments_reviewer_round_idx', ['reviewerId', 'roundId'])
@Index('review_assignments_round_status_idx', ['roundId', 'status'])
@Check('review_assignments_status_check', `"status" IN ('PENDING_COI', 'CONFLICTED', 'IN_PROGRESS', 'SUBMITTED')`)
export class ReviewAssignmentEntity extends BaseEntity {
  @Column({ type: 'uuid' })
  applicationId!: string;

  @ManyToOne(() => ApplicationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'application_id' })
  application?: ApplicationEntity;

  /** Copied from the application so a round's assignments are one index scan. */
  @Column({ type: 'uuid' })
  roundId!: string;

  @ManyToOne(() => FundingRoundEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'round_id' })
  round?: FundingRoundEntity;

  @Column({ type: 'uuid' })
  reviewerId!: string;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'reviewer_id' })
  reviewer?: UserEntity;

  @Column({ type: 'varchar', length: 20, default: 'PENDING_COI' })
  status!: AssignmentStatus;

  @Column({ type: 'text', nullable: true })
  conflictExplanation!: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  declaredAt!: Date | null;

  @Column({ type: 'jsonb', default: () => `'[]'` })
  scores!: ItemScore[];

  @Column({ type: 'text', nullable: true })
  overallComment!: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  submittedAt!: Date | null;
}
