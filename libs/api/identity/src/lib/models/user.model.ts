import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Connection, Role } from '@abate/api/core';
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

  @Field({ description: 'false once an officer deactivates the account (it cannot sign in).' })
  active!: boolean;

  @Field(() => Date, {
    nullable: true,
    description: "Only on `me`: when the caller's session lapses unless refreshed.",
  })
  sessionExpiresAt?: Date | null;

  static from(entity: Pick<UserEntity, 'id' | 'email' | 'name' | 'roles'> & { active?: boolean }): UserModel {
    const { id, email, name, roles } = entity;
    return Object.assign(new UserModel(), { id, email, name, roles, active: entity.active ?? true });
  }
}

@ObjectType('UserConnection')
export class UserConnection extends Connection(UserModel) {}

@ObjectType('ExternalIdentity', { description: "The user's account at an OpenID Connect provider." })
export class ExternalIdentityModel {
  @Field()
  issuer!: string;

  @Field()
  subject!: string;

  @Field(() => String, { nullable: true })
  email!: string | null;

  @Field(() => Date, { nullable: true })
  lastSignInAt!: Date | null;
}

@ObjectType('AuthPayload')
export class AuthPayloadModel {
  @Field({
    description: 'Bearer token for the Authorization header; the same session is also set as an httpOnly cookie.',
  })
  token!: string;

  @Field()
  expiresAt!: Date;

  @Field(() => UserModel)
  user!: UserModel;
}

@ObjectType('SessionRefresh')
export class SessionRefreshModel {
  @Field({ description: 'The new expiry of the current session.' })
  expiresAt!: Date;
}

@ObjectType('IdentityProvider', { description: "The state's identity provider, when one is configured." })
export class IdentityProviderModel {
  @Field({ description: 'Text of the sign-in button.' })
  label!: string;

  @Field({ description: 'Where the button goes: GET it (with ?returnTo=/path) to sign in at the provider.' })
  loginPath!: string;
}
