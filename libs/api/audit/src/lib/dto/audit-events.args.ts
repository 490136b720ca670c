import { ArgsType, Field, ID } from '@nestjs/graphql';
import { IsOptional, IsUUID, Matches } from 'class-validator';
import { PageArgs } from '@abate/api/core';

@ArgsType()
export class AuditEventsArgs extends PageArgs {
  @Field(() => String, { nullable: true, description: 'e.g. Organization, User, FundingRound.' })
  @IsOptional()
  @Matches(/^[A-Za-z]{1,64}$/, { message: 'entityType must be a type name such as Organization' })
  entityType?: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'entityId is not a valid id' })
  entityId?: string;
}
