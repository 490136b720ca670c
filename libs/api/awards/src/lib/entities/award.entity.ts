import { Check, Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { BaseEntity, centsColumn } from '@abate/api/core';
import { ApplicationEntity } from '@abate/api/applications';
import { FundingRoundEntity } from '@abate/api/rounds';
import { OrganizationEntity } from '@abate/api/organizations';

/** A grant made when a round's decisions are released. */
@Entity('awards')
@Index('awards_application_key', ['applicationId'], { unique: true })
@Index('awards_round_idx', ['roundId'])
@Index('awards_organization_idx', ['organizationId'])
@Check('awards_status_check', `"status" IN ('ACTIVE', 'CLOSED')`)
@Check('awards_amount_check', `"amount_cents" > 0`)
export class AwardEntity extends BaseEntity {
  @Column({ type: 'uuid' })
  applicationId!: string;

  @ManyToOne(() => ApplicationEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'application_id' })
  application?: ApplicationEntity;

  @Column({ type: 'uuid' })
  roundId!: string;

  @ManyToOne(() => FundingRoundEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'round_id' })
  round?: FundingRoundEntity;

  @Column({ type: 'uuid' })
  organizationId!: string;

  @ManyToOne(() => OrganizationEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'organization_id' })
  organization?: OrganizationEntity;

  @Column({ type: 'bigint', transformer: centsColumn })
  amountCents!: bigint;

  @Column({ type: 'text', nullable: true })
  conditions!: string | null;

  @Column({ type: 'date' })
  startDate!: string;

  @Column({ type: 'date' })
  endDate!: string;

  @Column({ type: 'varchar', length: 10, default: 'ACTIVE' })
  status!: 'ACTIVE' | 'CLOSED';
}
