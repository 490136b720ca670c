import { Check, Column, Entity, Index } from 'typeorm';
import { BaseEntity } from '@abate/api/core';
import { OrganizationKind } from '../organization-kind.enum';

@Entity('organizations')
@Index('organizations_name_state_key', ['name', 'state'], { unique: true })
@Check('organizations_kind_check', `"kind" IN ('COUNTY', 'CITY', 'TRIBE', 'STATE_AGENCY', 'NONPROFIT')`)
@Check('organizations_population_check', `"population" >= 0`)
export class OrganizationEntity extends BaseEntity {
  @Column({ type: 'varchar', length: 200 })
  name!: string;

  @Column({ type: 'varchar', length: 20 })
  kind!: OrganizationKind;

  @Column({ type: 'varchar', length: 2 })
  state!: string;

  @Column({ type: 'varchar', length: 5 })
  fipsCode!: string;

  @Column({ type: 'integer' })
  population!: number;

  /** E-mail domains the organization claims (lower case): verified provider sign-ins from them get an account here. */
  @Column({ type: 'text', array: true, default: () => `'{}'` })
  emailDomains!: string[];
}
