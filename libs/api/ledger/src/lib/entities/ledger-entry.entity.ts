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
  Unique,
} from 'typeorm';
import { FundingRoundEntity } from '@abate/api/rounds';
import type { Classification, EntryKind } from '@abate/shared/strategies';
import { centsColumn } from '@abate/api/core';
import { SettlementFundEntity } from './settlement-fund.entity';
import { SettlementEntity } from './settlement.entity';

/**
 * One immutable line of the fund's journal. A database trigger refuses UPDATE and DELETE;
 * a correction is a new entry of the same kind with the amount negated (`reversesEntryId`).
 * ENCUMBRANCE entries are signed: + when an award is released, - as payments liquidate it.
 */
@Entity('ledger_entries')
@Index('ledger_entries_fund_on_idx', ['fundId', 'occurredOn', 'id'])
@Index('ledger_entries_fund_kind_idx', ['fundId', 'kind'])
@Index('ledger_entries_award_idx', ['awardId'])
@Unique('ledger_entries_reverses_key', ['reversesEntryId'])
@Unique('ledger_entries_payment_request_key', ['paymentRequestId'])
@Check('ledger_entries_kind_check', `"kind" IN ('OPENING', 'RECEIPT', 'INTEREST', 'EXPENDITURE', 'ENCUMBRANCE')`)
@Check('ledger_entries_classification_check', `("kind" = 'EXPENDITURE') = ("classification" IS NOT NULL)`)
@Check('ledger_entries_sign_check', `"amount_cents" <> 0`)
export class LedgerEntryEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  fundId!: string;

  @ManyToOne(() => SettlementFundEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'fund_id' })
  fund?: SettlementFundEntity;

  @Column({ type: 'varchar', length: 20 })
  kind!: EntryKind;

  @Column({ type: 'bigint', transformer: centsColumn })
  amountCents!: bigint;

  /** LocalDate: received, paid, or the end of an interest period. */
  @Column({ type: 'date' })
  occurredOn!: string;

  @Column({ type: 'varchar', length: 20, nullable: true })
  classification!: Classification | null;

  @Column({ type: 'varchar', length: 40, nullable: true })
  settlementKey!: string | null;

  @ManyToOne(() => SettlementEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'settlement_key' })
  settlement?: SettlementEntity;

  @Column({ type: 'integer', nullable: true })
  paymentYear!: number | null;

  @Column({ type: 'varchar', length: 200, nullable: true })
  payer!: string | null;

  @Column({ type: 'varchar', length: 200, nullable: true })
  reference!: string | null;

  @Column({ type: 'date', nullable: true })
  periodStart!: string | null;

  @Column({ type: 'date', nullable: true })
  periodEnd!: string | null;

  @Column({ type: 'varchar', length: 200, nullable: true })
  payee!: string | null;

  @Column({ type: 'text', nullable: true })
  description!: string | null;

  @Column({ type: 'uuid', nullable: true })
  reversesEntryId!: string | null;

  @ManyToOne(() => LedgerEntryEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'reverses_entry_id' })
  reverses?: LedgerEntryEntity;

  @Column({ type: 'text', nullable: true })
  reason!: string | null;

  @Column({ type: 'uuid', nullable: true })
  roundId!: string | null;

  @ManyToOne(() => FundingRoundEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'round_id' })
  round?: FundingRoundEntity;

  /** No foreign key: awards calls the ledger, so the ledger cannot name the awards table. */
  @Column({ type: 'uuid', nullable: true })
  awardId!: string | null;

  @Column({ type: 'uuid', nullable: true })
  paymentRequestId!: string | null;

  @Column({ type: 'uuid', nullable: true })
  createdBy!: string | null;

  /** To the millisecond, as the entries list's cursor holds it (migration 1764930000000). */
  @CreateDateColumn({ type: 'timestamptz', precision: 3 })
  createdAt!: Date;

  @OneToMany(() => LedgerEntrySplitEntity, (split) => split.entry)
  splits?: LedgerEntrySplitEntity[];
}

@Entity('ledger_entry_splits')
@Unique('ledger_entry_splits_position_key', ['entryId', 'position'])
export class LedgerEntrySplitEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  entryId!: string;

  @ManyToOne(() => LedgerEntryEntity, (entry) => entry.splits, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'entry_id' })
  entry?: LedgerEntryEntity;

  @Column({ type: 'integer' })
  position!: number;

  @Column({ type: 'varchar', length: 64 })
  taxonomyKey!: string;

  @Column({ type: 'varchar', length: 16 })
  strategyCode!: string;

  @Column({ type: 'bigint', transformer: centsColumn })
  amountCents!: bigint;
}
