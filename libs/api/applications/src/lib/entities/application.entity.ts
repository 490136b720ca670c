import { Check, Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { BaseEntity, centsColumn, centsListColumn } from '@abate/api/core';
import { FundingRoundEntity } from '@abate/api/rounds';
import { OrganizationEntity } from '@abate/api/organizations';
import type { BudgetLine, ItemResponse, OutcomeTarget } from '@abate/shared/checklist';
import type { ApplicationStatus, LawEnforcementRole } from '../application-enums';

/**
 * One organization's application to one round. Responses, budget lines and
 * targets are stored as JSON documents on the row: they are always read and
 * saved with the application, and a save replaces them in one version step.
 */
@Entity('applications')
@Index('applications_round_organization_key', ['roundId', 'organizationId'], {
  unique: true,
  where: `"status" <> 'WITHDRAWN'`,
})
@Index('applications_tracking_id_key', ['trackingId'], { unique: true })
@Index('applications_organization_idx', ['organizationId'])
@Index('applications_round_status_idx', ['roundId', 'status'])
@Check('applications_status_check', `"status" IN ('DRAFT', 'SUBMITTED', 'WITHDRAWN', 'AWARDED', 'DECLINED')`)
@Check(
  'applications_law_enforcement_role_check',
  `"law_enforcement_role" IN ('NONE', 'DATA_ONLY', 'PLAIN_CLOTHES_ACCOMPANY', 'UNIFORMED_ACCOMPANY', 'POLICE_LED')`,
)
@Check('applications_requested_cents_check', `"requested_cents" > 0`)
@Check(
  'applications_submitted_check',
  `("status" = 'DRAFT') OR ("submitted_at" IS NOT NULL AND "tracking_id" IS NOT NULL) OR ("status" = 'WITHDRAWN')`,
)
export class ApplicationEntity extends BaseEntity {
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

  @Column({ type: 'varchar', length: 20, default: 'DRAFT' })
  status!: ApplicationStatus;

  @Column({ type: 'varchar', length: 200, nullable: true })
  title!: string | null;

  @Column({ type: 'text', nullable: true })
  summary!: string | null;

  @Column({ type: 'bigint', nullable: true, transformer: centsColumn })
  requestedCents!: bigint | null;

  @Column({ type: 'varchar', length: 30, nullable: true })
  lawEnforcementRole!: LawEnforcementRole | null;

  @Column({ type: 'boolean', nullable: true })
  warrantChecks!: boolean | null;

  @Column({ type: 'jsonb', default: () => `'[]'` })
  responses!: ItemResponse[];

  /** Amounts stored as decimal strings, read as bigint. */
  @Column({ type: 'jsonb', default: () => `'[]'`, transformer: centsListColumn() })
  budgetLines!: BudgetLine[];

  @Column({ type: 'jsonb', default: () => `'[]'` })
  targets!: OutcomeTarget[];

  @Column({ type: 'varchar', length: 20, nullable: true })
  trackingId!: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  submittedAt!: Date | null;

  @Column({ type: 'uuid', nullable: true })
  submittedBy!: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  withdrawnAt!: Date | null;

  @Column({ type: 'uuid' })
  createdBy!: string;
}
