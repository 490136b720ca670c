import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { Connection } from '@abate/api/core';
import { OrganizationKind } from '../organization-kind.enum';
import type { OrganizationEntity } from '../entities/organization.entity';

@ObjectType('Organization', { description: 'A jurisdiction or community organisation that applies for funds.' })
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

  @Field()
  createdAt!: Date;

  @Field(() => Int)
  version!: number;

  static from(entity: OrganizationEntity): OrganizationModel {
    const { id, name, kind, state, fipsCode, population, createdAt, version } = entity;
    return Object.assign(new OrganizationModel(), { id, name, kind, state, fipsCode, population, createdAt, version });
  }
}

@ObjectType('OrganizationConnection')
export class OrganizationConnection extends Connection(OrganizationModel) {}
