import { ArgsType, Field } from '@nestjs/graphql';
import { IsOptional, Matches, MaxLength, MinLength } from 'class-validator';
import { Transform } from 'class-transformer';
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from './create-user.input';

const TOKEN = /^[A-Za-z0-9_-]{20,128}$/;

@ArgsType()
export class InvitationTokenArgs {
  @Field({ description: 'The token from the mailed link.' })
  @Matches(TOKEN, { message: 'token is not a valid link token' })
  token!: string;
}

@ArgsType()
export class AcceptInvitationArgs extends InvitationTokenArgs {
  @Field(() => String, {
    nullable: true,
    description: 'Required unless the account will sign in through the identity provider only.',
  })
  @IsOptional()
  @MinLength(PASSWORD_MIN_LENGTH, { message: `password must be at least ${PASSWORD_MIN_LENGTH} characters` })
  @MaxLength(PASSWORD_MAX_LENGTH, { message: `password must be at most ${PASSWORD_MAX_LENGTH} characters` })
  password?: string;
}

@ArgsType()
export class ResetPasswordArgs {
  @Field({ description: 'The token from the mailed link.' })
  @Matches(TOKEN, { message: 'token is not a valid link token' })
  token!: string;

  @Field()
  @MinLength(PASSWORD_MIN_LENGTH, { message: `password must be at least ${PASSWORD_MIN_LENGTH} characters` })
  @MaxLength(PASSWORD_MAX_LENGTH, { message: `password must be at most ${PASSWORD_MAX_LENGTH} characters` })
  password!: string;
}

@ArgsType()
export class RequestPasswordResetArgs {
  @Field()
  @Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim().toLowerCase() : value))
  @MinLength(3, { message: 'email must be an email address' })
  @MaxLength(254, { message: 'email must be at most 254 characters' })
  email!: string;
}
