import { Field, ID, InputType } from '@nestjs/graphql';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsEmail,
  IsEnum,
  IsOptional,
  IsUUID,
  MaxLength,
  MinLength,
} from 'class-validator';
import { Transform } from 'class-transformer';
import { IsSingleLine, Role } from '@abate/api/core';
import { MembershipRole } from '../membership-role.enum';
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH, TITLE_MAX_CHARS, tooLongMessage } from '@abate/shared/limits';

export { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH };

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

@InputType()
export class CreateUserInput {
  @Field()
  @Transform(({ value }) => (typeof value === 'string' ? value.trim().toLowerCase() : value))
  @MaxLength(254, { message: 'email must be at most 254 characters' })
  @IsEmail({}, { message: 'email must be an email address' })
  @IsSingleLine({ message: 'email must be one line, without line breaks or control characters' })
  email!: string;

  @Field()
  @Transform(trim)
  @MinLength(1, { message: 'name is required' })
  @MaxLength(TITLE_MAX_CHARS, { message: tooLongMessage('name', TITLE_MAX_CHARS) })
  @IsSingleLine({ message: 'name must be one line, without line breaks or control characters' })
  name!: string;

  @Field()
  @MinLength(PASSWORD_MIN_LENGTH, { message: `password must be at least ${PASSWORD_MIN_LENGTH} characters` })
  @MaxLength(PASSWORD_MAX_LENGTH, { message: `password must be at most ${PASSWORD_MAX_LENGTH} characters` })
  password!: string;

  @Field(() => [Role])
  @ArrayMinSize(1, { message: 'roles must name at least one role' })
  @ArrayMaxSize(4)
  @ArrayUnique({ message: 'roles must not repeat a role' })
  @IsEnum(Role, { each: true })
  roles!: Role[];

  @Field(() => ID, { nullable: true, description: 'Required for applicants: the organization they work for.' })
  @IsOptional()
  @IsUUID('all', { message: 'organizationId is not a valid id' })
  organizationId?: string;

  @Field(() => MembershipRole, { nullable: true, description: 'Defaults to CONTRIBUTOR.' })
  @IsOptional()
  @IsEnum(MembershipRole)
  organizationRole?: MembershipRole;
}
