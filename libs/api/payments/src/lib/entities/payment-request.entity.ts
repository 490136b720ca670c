import { Check, Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { BaseEntity } from '@abate/api/core';
import { AwardEntity } from '@abate/api/awards';
import { centsColumn } from '@abate/api/core';

export type PaymentKind = 'REIMBURSEMENT' | 'ADVANCE';
export type PaymentState =
  | 'DRAFT'
  | 'SUBMITTED'
  | 'CHANGES_REQUESTED'
  | 'PROGRAM_APPROVED'
  | 'APPROVED'
  | 'SCHEDULED'
  | 'PAID'
  | 'FAILED'
  | 'REJECTED';

/** One line of a request; the amount is a decimal string (bigint has no JSON form). */
export interface PaymentLine {
  id: string;
  category: string;
  description: string;
  amountCents: string;
}

/** A grantee's request for money against its award's budget, from draft to paid. */
@Entity('payment_requests')
@Index('payment_requests_award_number_key', ['awardId', 'number'], { unique: true })
@Index('payment_requests_status_idx', ['status'])
@Check('payment_requests_kind_check', `"kind" IN ('REIMBURSEMENT', 'ADVANCE')`)
@Check(
  'payment_requests_status_check',
  `"status" IN ('DRAFT', 'SUBMITTED', 'CHANGES_REQUESTED', 'PROGRAM_APPROVED', 'APPROVED', 'SCHEDULED', 'PAID', 'FAILED', 'REJECTED')`,
)
@Check('payment_requests_total_cents_check', `"total_cents" >= 0`)
export class PaymentRequestEntity extends BaseEntity {
  @Column({ type: 'uuid' })
  awardId!: string;

  @ManyToOne(() => AwardEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'award_id' })
  award?: AwardEntity;

  @Column({ type: 'uuid' })
  organizationId!: string;

  /** 1 for the award's first request, and so on (SF-270 item 5). */
  @Column({ type: 'integer' })
  number!: number;

  @Column({ type: 'varchar', length: 20 })
  kind!: PaymentKind;

  @Column({ type: 'varchar', length: 20, default: 'DRAFT' })
  status!: PaymentState;

  @Column({ type: 'date', nullable: true })
  periodStart!: string | null;

  @Column({ type: 'date', nullable: true })
  periodEnd!: string | null;

  @Column({ type: 'boolean', default: false })
  final!: boolean;

  @Column({ type: 'jsonb', default: () => `'[]'` })
  lines!: PaymentLine[];

  @Column({ type: 'bigint', default: 0, transformer: centsColumn })
  totalCents!: bigint;

  @Column({ type: 'uuid' })
  createdBy!: string;

  @Column({ type: 'uuid', nullable: true })
  submittedBy!: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  submittedAt!: Date | null;

  /** How many times it was submitted: approvals count within the current cycle only. */
  @Column({ type: 'integer', default: 0 })
  cycle!: number;

  /** The last note of a reviewer who asked for changes or rejected it. */
  @Column({ type: 'text', nullable: true })
  reviewNote!: string | null;

  @Column({ type: 'date', nullable: true })
  paidOn!: string | null;

  @Column({ type: 'varchar', length: 100, nullable: true })
  paymentReference!: string | null;

  @Column({ type: 'text', nullable: true })
  failureReason!: string | null;

  @Column({ type: 'uuid', nullable: true })
  ledgerEntryId!: string | null;
}
