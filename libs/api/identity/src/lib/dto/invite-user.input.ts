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
import { Role } from '@abate/api/core';
import { MembershipRole } from '../membership-role.enum';
import { TITLE_MAX_CHARS, tooLongMessage } from '@abate/shared/limits';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

@InputType()
export class InviteUserInput {
  @Field()
  @Transform(({ value }) => (typeof value === 'string' ? value.trim().toLowerCase() : value))
  @MaxLength(254, { message: 'email must be at most 254 characters' })
  @IsEmail({}, { message: 'email must be an email address' })
  email!: string;

  @Field()
  @Transform(trim)
  @MinLength(1, { message: 'name is required' })
  @MaxLength(TITLE_MAX_CHARS, { message: tooLongMessage('name', TITLE_MAX_CHARS) })
  name!: string;

  @Field(() => [Role])
  @ArrayMinSize(1, { message: 'roles must name at least one role' })
  @ArrayMaxSize(5)
  @ArrayUnique({ message: 'roles must not repeat a role' })
  @IsEnum(Role, { each: true })
  roles!: Role[];

  @Field(() => ID, { nullable: true, description: 'Required for applicants: the organization they will work for.' })
  @IsOptional()
  @IsUUID('all', { message: 'organizationId is not a valid id' })
  organizationId?: string;

  @Field(() => MembershipRole, { nullable: true, description: 'Defaults to CONTRIBUTOR.' })
  @IsOptional()
  @IsEnum(MembershipRole)
  organizationRole?: MembershipRole;
}
