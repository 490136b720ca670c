import { ArgsType, Field, ID } from '@nestjs/graphql';
import { IsBoolean, IsOptional, IsUUID } from 'class-validator';
import { PageArgs } from '@abate/api/core';

@ArgsType()
export class InvitationsArgs extends PageArgs {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'organizationId is not a valid id' })
  organizationId?: string;

  @Field(() => Boolean, { nullable: true, description: 'true: only invitations still waiting to be accepted.' })
  @IsOptional()
  @IsBoolean()
  pending?: boolean;
}
