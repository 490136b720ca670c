import { ArgsType, Field, GraphQLISODateTime, ID } from '@nestjs/graphql';
import { IsBoolean, IsDate, IsOptional, IsUUID, Matches, MaxLength } from 'class-validator';
import { PageArgs } from '@abate/api/core';

/** The filters of the trail, shared by the `auditEvents` query and the CSV/XLSX export. */
export interface AuditFilter {
  actor?: string;
  action?: string;
  entityType?: string;
  entityId?: string;
  from?: Date;
  to?: Date;
}

export const ACTION_PATTERN = /^[A-Za-z][A-Za-z0-9_]{0,63}(\.[A-Za-z0-9_]{1,64}){0,3}$/;
export const ENTITY_TYPE_PATTERN = /^[A-Za-z]{1,64}$/;
export const ACTOR_MAX_CHARS = 254;
export const FILTER_MESSAGES = {
  actor: `actor must be at most ${ACTOR_MAX_CHARS} characters`,
  action: 'action must be an action name such as award.create, or its first part',
  entityType: 'entityType must be a type name such as Organization',
  entityId: 'entityId is not a valid id',
  from: 'from must be a date and time',
  to: 'to must be a date and time',
} as const;

@ArgsType()
export class AuditEventsArgs extends PageArgs implements AuditFilter {
  @Field(() => String, {
    nullable: true,
    description: 'Who: part of the acting user’s e-mail (any case), or their user id.',
  })
  @IsOptional()
  @MaxLength(ACTOR_MAX_CHARS, { message: FILTER_MESSAGES.actor })
  actor?: string;

  @Field(() => String, {
    nullable: true,
    description: 'What was done: an action such as award.create, or its first part (award) for every award action.',
  })
  @IsOptional()
  @Matches(ACTION_PATTERN, { message: FILTER_MESSAGES.action })
  action?: string;

  @Field(() => String, { nullable: true, description: 'e.g. Organization, User, FundingRound.' })
  @IsOptional()
  @Matches(ENTITY_TYPE_PATTERN, { message: FILTER_MESSAGES.entityType })
  entityType?: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: FILTER_MESSAGES.entityId })
  entityId?: string;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'Changes at or after this instant.' })
  @IsOptional()
  @IsDate({ message: FILTER_MESSAGES.from })
  from?: Date;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'Changes before this instant (not at it).' })
  @IsOptional()
  @IsDate({ message: FILTER_MESSAGES.to })
  to?: Date;

  @Field(() => Boolean, { defaultValue: false, description: 'Newest first (the trail page); oldest first otherwise.' })
  @IsBoolean()
  newestFirst = false;
}
