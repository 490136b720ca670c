import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Cents, Connection } from '@abate/api/core';
import type { AwardEntity } from '../entities/award.entity';

export enum AwardStatus {
  ACTIVE = 'ACTIVE',
  CLOSED = 'CLOSED',
}
registerEnumType(AwardStatus, {
  name: 'AwardStatus',
  description: 'ACTIVE until the final report is accepted, then CLOSED.',
});

@ObjectType('Award')
export class AwardModel {
  @Field(() => ID)
  id!: string;

  @Field(() => Cents)
  amountCents!: bigint;

  @Field(() => String, { nullable: true })
  conditions!: string | null;

  @Field({ description: 'YYYY-MM-DD' })
  startDate!: string;

  @Field({ description: 'YYYY-MM-DD' })
  endDate!: string;

  @Field(() => AwardStatus)
  status!: AwardStatus;

  @Field(() => Int, { description: 'Send it back with amendAward (optimistic concurrency).' })
  version!: number;

  applicationId!: string;
  roundId!: string;
  organizationId!: string;

  static from(entity: AwardEntity): AwardModel {
    const { id, amountCents, conditions, startDate, endDate, status, version, applicationId, roundId, organizationId } =
      entity;
    return Object.assign(new AwardModel(), {
      id,
      amountCents,
      conditions,
      startDate,
      endDate,
      status: status as AwardStatus,
      version,
      applicationId,
      roundId,
      organizationId,
    });
  }
}

@ObjectType('AwardConnection')
export class AwardConnection extends Connection(AwardModel) {}
