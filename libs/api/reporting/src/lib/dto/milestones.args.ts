import { ArgsType, Field } from '@nestjs/graphql';
import { IsDate, IsEnum, IsOptional } from 'class-validator';
import { PageArgs } from '@abate/api/core';
import { MilestoneStatus } from '../models/report.model';

@ArgsType()
export class MilestonesArgs extends PageArgs {
  @Field(() => MilestoneStatus, { nullable: true })
  @IsOptional()
  @IsEnum(MilestoneStatus)
  status?: MilestoneStatus;

  @Field(() => Date, { nullable: true, description: 'Only milestones due before this instant.' })
  @IsOptional()
  @IsDate()
  dueBefore?: Date;
}
