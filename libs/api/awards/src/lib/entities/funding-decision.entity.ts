import { Check, Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { BaseEntity, centsColumn } from '@abate/api/core';
import { ApplicationEntity } from '@abate/api/applications';
import { FundingRoundEntity } from '@abate/api/rounds';

export type Decision = 'AWARD' | 'DECLINE';

/** The officer's decision on one application; applicants see it when the round's decisions are released. */
@Entity('funding_decisions')
@Index('funding_decisions_application_key', ['applicationId'], { unique: true })
@Index('funding_decisions_round_idx', ['roundId'])
@Check('funding_decisions_decision_check', `"decision" IN ('AWARD', 'DECLINE')`)
@Check(
  'funding_decisions_amount_check',
  `("decision" = 'AWARD' AND "amount_cents" > 0) OR ("decision" = 'DECLINE' AND "amount_cents" IS NULL)`,
)
export class FundingDecisionEntity extends BaseEntity {
  @Column({ type: 'uuid' })
  applicationId!: string;

  @ManyToOne(() => ApplicationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'application_id' })
  application?: ApplicationEntity;

  @Column({ type: 'uuid' })
  roundId!: string;

  @ManyToOne(() => FundingRoundEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'round_id' })
  round?: FundingRoundEntity;

  @Column({ type: 'varchar', length: 10 })
  decision!: Decision;

  @Column({ type: 'bigint', nullable: true, transformer: centsColumn })
  amountCents!: bigint | null;

  @Column({ type: 'text', nullable: true })
  conditions!: string | null;

  /** Why an application was declined. */
  @Column({ type: 'text', nullable: true })
  reason!: string | null;

  /** Why an application with a critical gap, or below the funding line, is awarded anyway. */
  @Column({ type: 'text', nullable: true })
  overrideReason!: string | null;

  @Column({ type: 'uuid' })
  decidedBy!: string;
}
