import { ArgsType, Field } from '@nestjs/graphql';
import { IsOptional, IsString, MaxLength } from 'class-validator';
import { PageArgs } from '@abate/api/core';

@ArgsType()
export class OutboxMessagesArgs extends PageArgs {
  @Field(() => String, { nullable: true, description: 'Only mail to this address (any letter case).' })
  @IsOptional()
  @IsString()
  @MaxLength(254)
  recipient?: string;
}
