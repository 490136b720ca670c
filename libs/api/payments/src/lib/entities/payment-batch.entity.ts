import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { BaseEntity } from '@abate/api/core';
import { centsColumn } from '@abate/api/core';
import { PaymentRequestEntity } from './payment-request.entity';

/** Approved requests gathered by a finance officer into one payment file for the accounting system. */
@Entity('payment_batches')
export class PaymentBatchEntity extends BaseEntity {
  @Column({ type: 'uuid' })
  createdBy!: string;

  @Column({ type: 'bigint', transformer: centsColumn })
  totalCents!: bigint;
}

export type PaymentOutcome = 'PAID' | 'FAILED';

/** One request in a batch and, once recorded, what the accounting system did with it (written once). */
@Entity('payment_batch_items')
@Index('payment_batch_items_batch_request_key', ['batchId', 'paymentRequestId'], { unique: true })
@Check('payment_batch_items_outcome_check', `"outcome" IN ('PAID', 'FAILED')`)
export class PaymentBatchItemEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  batchId!: string;

  @ManyToOne(() => PaymentBatchEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'batch_id' })
  batch?: PaymentBatchEntity;

  @Column({ type: 'uuid' })
  paymentRequestId!: string;

  @ManyToOne(() => PaymentRequestEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'payment_request_id' })
  paymentRequest?: PaymentRequestEntity;

  @Column({ type: 'bigint', transformer: centsColumn })
  amountCents!: bigint;

  @Column({ type: 'varchar', length: 10, nullable: true })
  outcome!: PaymentOutcome | null;

  @Column({ type: 'date', nullable: true })
  paidOn!: string | null;

  @Column({ type: 'varchar', length: 100, nullable: true })
  reference!: string | null;

  @Column({ type: 'text', nullable: true })
  note!: string | null;

  @Column({ type: 'uuid', nullable: true })
  ledgerEntryId!: string | null;

  @Column({ type: 'uuid', nullable: true })
  recordedBy!: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  recordedAt!: Date | null;
}
