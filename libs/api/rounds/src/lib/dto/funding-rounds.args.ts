import { ArgsType, Field } from '@nestjs/graphql';
import { IsEnum, IsOptional } from 'class-validator';
import { PageArgs } from '@abate/api/core';
import { RoundStatus } from '../round-status';

@ArgsType()
export class FundingRoundsArgs extends PageArgs {
  @Field(() => RoundStatus, { nullable: true })
  @IsOptional()
  @IsEnum(RoundStatus)
  status?: RoundStatus;
}
