import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { MembershipRole, UserEntity } from '@abate/api/identity';
import { OrganizationEntity } from './organization.entity';

@Entity('memberships')
@Index('memberships_organization_idx', ['organizationId'])
@Check('memberships_role_check', `"role" IN ('OWNER', 'CONTRIBUTOR')`)
export class MembershipEntity {
  @PrimaryColumn({ type: 'uuid' })
  userId!: string;

  @PrimaryColumn({ type: 'uuid' })
  organizationId!: string;

  @Column({ type: 'varchar', length: 20 })
  role!: MembershipRole;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: UserEntity;

  @ManyToOne(() => OrganizationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organization_id' })
  organization?: OrganizationEntity;
}
