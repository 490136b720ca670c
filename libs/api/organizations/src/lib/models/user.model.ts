import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Role } from '@abate/api/core';
import { MembershipRole } from '../organization-kind.enum';
import { OrganizationModel } from './organization.model';
import type { UserEntity } from '../entities/user.entity';

@ObjectType('User')
export class UserModel {
  @Field(() => ID)
  id!: string;

  @Field()
  email!: string;

  @Field()
  name!: string;

  @Field(() => [Role])
  roles!: Role[];

  static from(entity: Pick<UserEntity, 'id' | 'email' | 'name' | 'roles'>): UserModel {
    const { id, email, name, roles } = entity;
    return Object.assign(new UserModel(), { id, email, name, roles });
  }
}

@ObjectType('Membership', { description: "A user's place in an organisation." })
export class MembershipModel {
  @Field(() => OrganizationModel)
  organization!: OrganizationModel;

  @Field(() => MembershipRole)
  role!: MembershipRole;
}

@ObjectType('AuthPayload')
export class AuthPayloadModel {
  @Field({ description: 'Bearer token for the Authorization header; the same session is also set as an httpOnly cookie.' })
  token!: string;

  @Field()
  expiresAt!: Date;

  @Field(() => UserModel)
  user!: UserModel;
}
