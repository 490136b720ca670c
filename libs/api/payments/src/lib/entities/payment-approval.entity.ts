import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { PaymentRequestEntity } from './payment-request.entity';

export type ApprovalRole = 'PROGRAM_OFFICER' | 'FINANCE_OFFICER';
export type ApprovalDecision = 'APPROVE' | 'REQUEST_CHANGES' | 'REJECT';

/** One reviewer's decision on a payment request: written once, never changed. */
@Entity('payment_approvals')
@Index('payment_approvals_request_idx', ['paymentRequestId'])
@Check('payment_approvals_role_check', `"role" IN ('PROGRAM_OFFICER', 'FINANCE_OFFICER')`)
@Check('payment_approvals_decision_check', `"decision" IN ('APPROVE', 'REQUEST_CHANGES', 'REJECT')`)
export class PaymentApprovalEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  paymentRequestId!: string;

  @ManyToOne(() => PaymentRequestEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'payment_request_id' })
  paymentRequest?: PaymentRequestEntity;

  @Column({ type: 'integer' })
  cycle!: number;

  @Column({ type: 'varchar', length: 20 })
  role!: ApprovalRole;

  @Column({ type: 'varchar', length: 20 })
  decision!: ApprovalDecision;

  @Column({ type: 'uuid' })
  userId!: string;

  @Column({ type: 'text', nullable: true })
  note!: string | null;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  decidedAt!: Date;
}
