import { ArgsType, Field } from '@nestjs/graphql';
import { IsOptional, MaxLength } from 'class-validator';
import { PageArgs } from '@abate/api/core';
import { TITLE_MAX_CHARS, tooLongMessage } from '@abate/shared/limits';

@ArgsType()
export class OrganizationsArgs extends PageArgs {
  @Field(() => String, {
    nullable: true,
    description: 'Part of the name, a FIPS code or a two-letter state (officers search every organization).',
  })
  @IsOptional()
  @MaxLength(TITLE_MAX_CHARS, { message: tooLongMessage('search', TITLE_MAX_CHARS) })
  search?: string;
}
