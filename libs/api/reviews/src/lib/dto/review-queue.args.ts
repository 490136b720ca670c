import { ArgsType, Field, ID } from '@nestjs/graphql';
import { IsEnum, IsOptional, IsUUID } from 'class-validator';
import { PageArgs } from '@abate/api/core';
import { AssignmentStatus } from '../review-status';

/** The reviewer's queue a page at a time: optionally one round's, optionally one status's. */
@ArgsType()
export class ReviewQueueArgs extends PageArgs {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'roundId is not a valid id' })
  roundId?: string;

  @Field(() => AssignmentStatus, { nullable: true, description: 'Only assignments in this status.' })
  @IsOptional()
  @IsEnum(AssignmentStatus)
  status?: AssignmentStatus;
}
