import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  OneToMany,
  PrimaryGeneratedColumn,
} from 'typeorm';
import { centsColumn } from '@abate/api/core';
import { SettlementFundEntity } from './settlement-fund.entity';

/** The governing body's action (resolution or budget ordinance) that lets the fund spend on named strategies. */
@Entity('spending_authorizations')
export class SpendingAuthorizationEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  fundId!: string;

  @ManyToOne(() => SettlementFundEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'fund_id' })
  fund?: SettlementFundEntity;

  @Column({ type: 'varchar', length: 300 })
  authority!: string;

  @Column({ type: 'date' })
  adoptedOn!: string;

  @Column({ type: 'uuid', nullable: true })
  createdBy!: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @OneToMany(() => SpendingAuthorizationLineEntity, (line) => line.authorization)
  lines?: SpendingAuthorizationLineEntity[];
}

@Entity('spending_authorization_lines')
@Index('spending_authorization_lines_fund_idx', ['fundId'])
@Check('spending_authorization_lines_amount_check', `"amount_cents" > 0`)
@Check('spending_authorization_lines_period_check', `"ends_on" >= "starts_on"`)
export class SpendingAuthorizationLineEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  authorizationId!: string;

  @ManyToOne(() => SpendingAuthorizationEntity, (a) => a.lines, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'authorization_id' })
  authorization?: SpendingAuthorizationEntity;

  @Column({ type: 'uuid' })
  fundId!: string;

  @ManyToOne(() => SettlementFundEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'fund_id' })
  fund?: SettlementFundEntity;

  @Column({ type: 'integer' })
  position!: number;

  @Column({ type: 'varchar', length: 64 })
  taxonomyKey!: string;

  @Column({ type: 'varchar', length: 16 })
  strategyCode!: string;

  @Column({ type: 'bigint', transformer: centsColumn })
  amountCents!: bigint;

  @Column({ type: 'date' })
  startsOn!: string;

  @Column({ type: 'date' })
  endsOn!: string;
}
