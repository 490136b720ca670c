import { ArgsType, Field, ID } from '@nestjs/graphql';
import { IsBoolean, IsEnum, IsOptional, IsUUID, MaxLength } from 'class-validator';
import { PageArgs, Role } from '@abate/api/core';
import { TITLE_MAX_CHARS, tooLongMessage } from '@abate/shared/limits';

@ArgsType()
export class UsersArgs extends PageArgs {
  @Field(() => Role, { nullable: true })
  @IsOptional()
  @IsEnum(Role)
  role?: Role;

  @Field(() => ID, { nullable: true, description: 'Only the members of this organization.' })
  @IsOptional()
  @IsUUID('all', { message: 'organizationId is not a valid id' })
  organizationId?: string;

  @Field(() => String, { nullable: true, description: 'Part of a name or an e-mail address.' })
  @IsOptional()
  @MaxLength(TITLE_MAX_CHARS, { message: tooLongMessage('search', TITLE_MAX_CHARS) })
  search?: string;

  @Field(() => Boolean, { nullable: true, description: 'true: active accounts only; false: deactivated only.' })
  @IsOptional()
  @IsBoolean()
  active?: boolean;
}
