import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { Cents, Connection } from '@abate/api/core';
import { OrganizationKind } from '@abate/api/organizations';
import { formatInZone } from '@abate/shared/calendar';
import { isAccepting, RoundStatus, roundStatus } from '../round-status';
import type { FundingRoundEntity } from '../entities/funding-round.entity';

@ObjectType('FundingRound', { description: 'A competitive funding round scored against one checklist version.' })
export class FundingRoundModel {
  @Field(() => ID)
  id!: string;

  @Field()
  title!: string;

  @Field()
  description!: string;

  @Field(() => RoundStatus, { description: 'Follows the clock: PUBLISHED while accepting, REVIEW after closesAt.' })
  status!: RoundStatus;

  @Field({ description: 'True while applications may be created and submitted.' })
  accepting!: boolean;

  @Field()
  opensAt!: Date;

  @Field()
  closesAt!: Date;

  @Field()
  timeZone!: string;

  // Formatted when asked for (a getter): lists that show only a round's title skip two Intl formats per row.
  @Field(() => String, {
    description: 'opensAt as people in the round’s time zone read it, e.g. "Dec 1, 2026, 9:00:00 AM EST".',
  })
  get opensAtLocal(): string {
    return formatInZone(this.opensAt, this.timeZone);
  }

  @Field(() => String, { description: 'The deadline in the round’s time zone, e.g. "Dec 28, 2026, 5:00:00 PM EST".' })
  get closesAtLocal(): string {
    return formatInZone(this.closesAt, this.timeZone);
  }

  @Field(() => Cents)
  budgetCents!: bigint;

  @Field(() => Cents)
  minAwardCents!: bigint;

  @Field(() => Cents)
  maxAwardCents!: bigint;

  @Field(() => [OrganizationKind])
  eligibleKinds!: OrganizationKind[];

  @Field(() => Int)
  reviewersPerApplication!: number;

  @Field({ description: 'YYYY-MM-DD' })
  grantStart!: string;

  @Field({ description: 'YYYY-MM-DD' })
  grantEnd!: string;

  @Field(() => Date, { nullable: true })
  publishedAt!: Date | null;

  @Field(() => Int)
  version!: number;

  checklistVersionId!: string;

  static from(entity: FundingRoundEntity, now: Date): FundingRoundModel {
    const {
      id,
      title,
      description,
      opensAt,
      closesAt,
      timeZone,
      budgetCents,
      minAwardCents,
      maxAwardCents,
      reviewersPerApplication,
      grantStart,
      grantEnd,
      publishedAt,
      version,
      checklistVersionId,
    } = entity;
    return Object.assign(new FundingRoundModel(), {
      id,
      title,
      description,
      status: roundStatus(entity, now),
      accepting: isAccepting(entity, now),
      opensAt,
      closesAt,
      timeZone,
      budgetCents,
      minAwardCents,
      maxAwardCents,
      eligibleKinds: entity.eligibleKinds as OrganizationKind[],
      reviewersPerApplication,
      grantStart,
      grantEnd,
      publishedAt,
      version,
      checklistVersionId,
    });
  }
}

@ObjectType('FundingRoundConnection')
export class FundingRoundConnection extends Connection(FundingRoundModel) {}
