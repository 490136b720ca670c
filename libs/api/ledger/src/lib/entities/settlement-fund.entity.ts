import { Column, Entity, JoinColumn, ManyToOne } from 'typeorm';
import { BaseEntity } from '@abate/api/core';
import { OrganizationEntity } from '@abate/api/organizations';

/** A special revenue fund holding one government's settlement money. No balance column: balances are sums of entries. */
@Entity('settlement_funds')
export class SettlementFundEntity extends BaseEntity {
  @Column({ type: 'varchar', length: 200 })
  name!: string;

  @Column({ type: 'varchar', length: 64 })
  ruleSetKey!: string;

  @Column({ type: 'uuid' })
  organizationId!: string;

  @ManyToOne(() => OrganizationEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'organization_id' })
  organization?: OrganizationEntity;

  /** LocalDate */
  @Column({ type: 'date' })
  openedOn!: string;

  /**
   * How many ledger rows (entries and splits) were posted to the fund: kept by triggers in the
   * posting's transaction (migration LedgerRevision), never written by the API. Reports,
   * balances and entry counts are kept built per revision.
   */
  @Column({ type: 'bigint', insert: false, update: false, default: 0 })
  ledgerRevision!: string;
}
