import { ArgsType, Field } from '@nestjs/graphql';
import { IsOptional, MaxLength } from 'class-validator';
import { PageArgs } from '@abate/api/core';

@ArgsType()
export class OrganizationsArgs extends PageArgs {
  @Field(() => String, {
    nullable: true,
    description: 'Part of the name, a FIPS code or a two-letter state (officers search every organization).',
  })
  @IsOptional()
  @MaxLength(200, { message: 'search must be at most 200 characters' })
  search?: string;
}
