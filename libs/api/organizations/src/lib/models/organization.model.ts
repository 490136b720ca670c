import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { Connection } from '@abate/api/core';
import { OrganizationKind } from '../organization-kind.enum';
import type { OrganizationEntity } from '../entities/organization.entity';

@ObjectType('Organization', { description: 'A jurisdiction or community organization that applies for funds.' })
export class OrganizationModel {
  @Field(() => ID)
  id!: string;

  @Field()
  name!: string;

  @Field(() => OrganizationKind)
  kind!: OrganizationKind;

  @Field({ description: 'Two-letter postal code of the state or territory.' })
  state!: string;

  @Field({ description: 'Five-digit FIPS code of the jurisdiction.' })
  fipsCode!: string;

  @Field(() => Int)
  population!: number;

  @Field(() => [String], {
    description: 'E-mail domains the organization claims (just-in-time accounts for verified provider sign-ins).',
  })
  emailDomains!: string[];

  @Field()
  createdAt!: Date;

  @Field(() => Int)
  version!: number;

  static from(entity: OrganizationEntity): OrganizationModel {
    const { id, name, kind, state, fipsCode, population, createdAt, version } = entity;
    return Object.assign(new OrganizationModel(), {
      id,
      name,
      kind,
      state,
      fipsCode,
      population,
      createdAt,
      version,
      emailDomains: entity.emailDomains ?? [],
    });
  }
}

@ObjectType('OrganizationConnection')
export class OrganizationConnection extends Connection(OrganizationModel) {}
