import { Check, Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { BaseEntity } from '@abate/api/core';
import { centsColumn } from '@abate/api/core';
import { AwardEntity } from './award.entity';

export type AmendmentState = 'PENDING' | 'APPROVED' | 'REJECTED';

/** Amounts are decimal strings in JSON (bigint has no JSON form). */
export interface AmendmentBudgetLine {
  category: string;
  amountCents: string;
}

/** The award's terms before an amendment, kept so every version can be read back. */
export interface AwardTerms {
  amountCents: string;
  endDate: string;
  budgetLines: AmendmentBudgetLine[];
}

/** A proposed change to an award (amount, end date, budget per category), with the officer's decision. */
@Entity('award_amendments')
@Index('award_amendments_award_number_key', ['awardId', 'number'], { unique: true })
@Check('award_amendments_status_check', `"status" IN ('PENDING', 'APPROVED', 'REJECTED')`)
export class AwardAmendmentEntity extends BaseEntity {
  @Column({ type: 'uuid' })
  awardId!: string;

  @ManyToOne(() => AwardEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'award_id' })
  award?: AwardEntity;

  @Column({ type: 'integer' })
  number!: number;

  @Column({ type: 'varchar', length: 10, default: 'PENDING' })
  status!: AmendmentState;

  @Column({ type: 'bigint', nullable: true, transformer: centsColumn })
  amountCents!: bigint | null;

  @Column({ type: 'date', nullable: true })
  endDate!: string | null;

  @Column({ type: 'jsonb', nullable: true })
  budgetLines!: AmendmentBudgetLine[] | null;

  /** The terms in force when it was proposed. */
  @Column({ type: 'jsonb' })
  previous!: AwardTerms;

  @Column({ type: 'text' })
  reason!: string;

  @Column({ type: 'uuid' })
  proposedBy!: string;

  @Column({ type: 'uuid', nullable: true })
  decidedBy!: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  decidedAt!: Date | null;

  @Column({ type: 'text', nullable: true })
  decisionNote!: string | null;
}
