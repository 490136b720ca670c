import { Field, InputType, Int, PartialType } from '@nestjs/graphql';
import { Transform } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsDate,
  IsEnum,
  IsInt,
  IsString,
  Matches,
  Max,
  MaxLength,
  Min,
  MinLength,
} from 'class-validator';
import { Cents, IsCalendarDate, IsCents } from '@abate/api/core';
import { OrganizationKind } from '@abate/api/organizations';
import { ROUND_DESCRIPTION_MAX_CHARS, TITLE_MAX_CHARS, tooLongMessage } from '@abate/shared/limits';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);
const ISO_DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

@InputType()
export class CreateFundingRoundInput {
  @Field()
  @Transform(trim)
  @MinLength(3, { message: 'title must be at least 3 characters' })
  @MaxLength(TITLE_MAX_CHARS, { message: tooLongMessage('title', TITLE_MAX_CHARS) })
  title!: string;

  @Field({ description: 'What the round funds, shown on the public round page.' })
  @IsString()
  @MaxLength(ROUND_DESCRIPTION_MAX_CHARS, { message: tooLongMessage('description', ROUND_DESCRIPTION_MAX_CHARS) })
  description!: string;

  @Field({ description: 'e.g. porp-best-practice' })
  @IsString()
  @MaxLength(64)
  checklistKey!: string;

  @Field({ description: 'e.g. 2023.1' })
  @IsString()
  @MaxLength(16)
  checklistVersion!: string;

  @Field()
  @IsDate({ message: 'opensAt must be a date and time' })
  opensAt!: Date;

  @Field({ description: 'The deadline, an instant; shown to applicants in timeZone.' })
  @IsDate({ message: 'closesAt must be a date and time' })
  closesAt!: Date;

  @Field({ description: 'IANA time zone of the round, e.g. America/New_York.' })
  @IsString()
  @MaxLength(64)
  timeZone!: string;

  @Field(() => Cents)
  @IsCents({ min: 1n, message: 'budgetCents must be positive' })
  budgetCents!: bigint;

  @Field(() => Cents)
  @IsCents({ min: 1n, message: 'minAwardCents must be positive' })
  minAwardCents!: bigint;

  @Field(() => Cents)
  @IsCents({ min: 1n, message: 'maxAwardCents must be positive' })
  maxAwardCents!: bigint;

  @Field(() => [OrganizationKind])
  @ArrayMinSize(1, { message: 'eligibleKinds needs at least one kind of organization' })
  @ArrayMaxSize(5)
  @ArrayUnique()
  @IsEnum(OrganizationKind, { each: true })
  eligibleKinds!: OrganizationKind[];

  @Field(() => Int)
  @IsInt()
  @Min(1, { message: 'reviewersPerApplication must be 1 to 10' })
  @Max(10, { message: 'reviewersPerApplication must be 1 to 10' })
  reviewersPerApplication!: number;

  @Field({ description: 'First day of the grant period (YYYY-MM-DD).' })
  @Matches(ISO_DATE, { message: 'grantStart must be a date like 2027-01-01' })
  @IsCalendarDate({ message: 'grantStart must be a real date like 2027-01-01, between 0001-01-01 and 9999-12-31' })
  grantStart!: string;

  @Field({ description: 'Last day of the grant period (YYYY-MM-DD).' })
  @Matches(ISO_DATE, { message: 'grantEnd must be a date like 2027-12-31' })
  @IsCalendarDate({ message: 'grantEnd must be a real date like 2027-12-31, between 0001-01-01 and 9999-12-31' })
  grantEnd!: string;
}

@InputType()
export class UpdateFundingRoundInput extends PartialType(CreateFundingRoundInput) {}
