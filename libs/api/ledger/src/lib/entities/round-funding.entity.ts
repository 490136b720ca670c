import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryColumn,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
  VersionColumn,
} from 'typeorm';
import { FundingRoundEntity } from '@abate/api/rounds';
import { centsColumn } from '@abate/api/core';
import { SettlementFundEntity } from './settlement-fund.entity';
import { SpendingAuthorizationLineEntity } from './spending-authorization.entity';

/** The ledger owns the link from a funding round to the fund that pays it and the strategies it funds. */
@Entity('round_fundings')
@Index('round_fundings_fund_idx', ['fundId'])
export class RoundFundingEntity {
  @PrimaryColumn({ type: 'uuid' })
  roundId!: string;

  @ManyToOne(() => FundingRoundEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'round_id' })
  round?: FundingRoundEntity;

  @Column({ type: 'uuid' })
  fundId!: string;

  @ManyToOne(() => SettlementFundEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'fund_id' })
  fund?: SettlementFundEntity;

  @Column({ type: 'varchar', length: 64 })
  taxonomyKey!: string;

  @Column({ type: 'text', array: true })
  strategyCodes!: string[];

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;

  @VersionColumn({ default: 1 })
  version!: number;
}

/** Part of an authorization line set aside for a funding round. */
@Entity('round_allocations')
@Index('round_allocations_round_idx', ['roundId'])
@Index('round_allocations_line_idx', ['authorizationLineId'])
@Check('round_allocations_amount_check', `"amount_cents" > 0`)
export class RoundAllocationEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  roundId!: string;

  @ManyToOne(() => FundingRoundEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'round_id' })
  round?: FundingRoundEntity;

  @Column({ type: 'uuid' })
  fundId!: string;

  @ManyToOne(() => SettlementFundEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'fund_id' })
  fund?: SettlementFundEntity;

  @Column({ type: 'uuid' })
  authorizationLineId!: string;

  @ManyToOne(() => SpendingAuthorizationLineEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'authorization_line_id' })
  authorizationLine?: SpendingAuthorizationLineEntity;

  @Column({ type: 'bigint', transformer: centsColumn })
  amountCents!: bigint;

  @Column({ type: 'uuid', nullable: true })
  createdBy!: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
