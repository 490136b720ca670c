import { ArgsType, Field, ID, InputType, registerEnumType } from '@nestjs/graphql';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsDefined,
  IsBoolean,
  IsEnum,
  IsISO8601,
  IsOptional,
  IsString,
  IsUUID,
  MaxLength,
  ValidateNested,
} from 'class-validator';
import { Cents } from '@abate/api/core';
import { PageArgs } from '@abate/api/core';
import { SHORT_TEXT_MAX_CHARS, tooLongMessage } from '@abate/shared/limits';

export enum PaymentKindEnum {
  REIMBURSEMENT = 'REIMBURSEMENT',
  ADVANCE = 'ADVANCE',
}
registerEnumType(PaymentKindEnum, {
  name: 'PaymentKind',
  description: 'REIMBURSEMENT of money spent (with documents per line) or ADVANCE of money about to be spent.',
});

export enum PaymentStatus {
  DRAFT = 'DRAFT',
  SUBMITTED = 'SUBMITTED',
  CHANGES_REQUESTED = 'CHANGES_REQUESTED',
  PROGRAM_APPROVED = 'PROGRAM_APPROVED',
  APPROVED = 'APPROVED',
  SCHEDULED = 'SCHEDULED',
  PAID = 'PAID',
  FAILED = 'FAILED',
  REJECTED = 'REJECTED',
}
registerEnumType(PaymentStatus, { name: 'PaymentStatus' });

export enum PaymentReviewDecision {
  APPROVE = 'APPROVE',
  REQUEST_CHANGES = 'REQUEST_CHANGES',
  REJECT = 'REJECT',
}
registerEnumType(PaymentReviewDecision, { name: 'PaymentReviewDecision' });

export enum PaymentOutcomeEnum {
  PAID = 'PAID',
  FAILED = 'FAILED',
}
registerEnumType(PaymentOutcomeEnum, { name: 'PaymentOutcome' });

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);
const DATE = { message: 'must be a date (YYYY-MM-DD)' };

@InputType()
export class PaymentLineInput {
  @Field(() => String, {
    nullable: true,
    description: 'The line’s id when changing an existing line (keeps its documents).',
  })
  @IsOptional()
  @IsUUID('all', { message: 'id must be a line id' })
  id?: string;

  @Field({ description: 'An SF-424A budget category key of the award (personnel, supplies, ...).' })
  @IsString()
  @MaxLength(40)
  category!: string;

  @Field({ description: 'What the money is for.' })
  @Transform(trim)
  @IsString()
  @MaxLength(500, { message: 'description must be at most 500 characters' })
  description!: string;

  @Field(() => Cents)
  @IsDefined()
  amountCents!: bigint;
}

@InputType()
export class PaymentRequestInput {
  @Field(() => PaymentKindEnum, { nullable: true, description: 'Required to create.' })
  @IsOptional()
  @IsEnum(PaymentKindEnum)
  kind?: PaymentKindEnum;

  @Field({ nullable: true, description: 'YYYY-MM-DD: first day of the spending (or need) covered.' })
  @IsOptional()
  @IsISO8601({ strict: true }, DATE)
  @MaxLength(10, DATE)
  periodStart?: string;

  @Field({ nullable: true, description: 'YYYY-MM-DD' })
  @IsOptional()
  @IsISO8601({ strict: true }, DATE)
  @MaxLength(10, DATE)
  periodEnd?: string;

  @Field({ nullable: true, description: 'The last request of the award.' })
  @IsOptional()
  @IsBoolean()
  final?: boolean;

  @Field(() => [PaymentLineInput], { nullable: true, description: 'When given, replaces the lines.' })
  @IsOptional()
  @ArrayMaxSize(50, { message: 'A request has at most 50 lines' })
  @ValidateNested({ each: true })
  @Type(() => PaymentLineInput)
  lines?: PaymentLineInput[];
}

@ArgsType()
export class PaymentRequestsArgs extends PageArgs {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'awardId is not a valid id' })
  awardId?: string;

  @Field(() => PaymentStatus, { nullable: true })
  @IsOptional()
  @IsEnum(PaymentStatus)
  status?: PaymentStatus;
}

@ArgsType()
export class PaymentBatchesArgs extends PageArgs {
  @Field(() => Boolean, {
    defaultValue: false,
    description: 'Newest first (the batches page); oldest first otherwise.',
  })
  @IsBoolean()
  newestFirst = false;

  @Field(() => Boolean, {
    nullable: true,
    description:
      'true: only batches with every result recorded; false: only those still waiting for one; all when absent.',
  })
  @IsOptional()
  @IsBoolean()
  complete?: boolean;
}

@InputType()
export class PaymentResultInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'paymentRequestId is not a valid id' })
  paymentRequestId!: string;

  @Field(() => PaymentOutcomeEnum)
  @IsEnum(PaymentOutcomeEnum)
  outcome!: PaymentOutcomeEnum;

  @Field({ nullable: true, description: 'PAID: YYYY-MM-DD' })
  @IsOptional()
  @IsISO8601({ strict: true }, DATE)
  @MaxLength(10, DATE)
  paidOn?: string;

  @Field({ nullable: true, description: 'PAID: the check or EFT number from the accounting system.' })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MaxLength(100, { message: 'reference must be at most 100 characters' })
  reference?: string;

  @Field({ nullable: true, description: 'FAILED: why (the grantee reads it).' })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MaxLength(SHORT_TEXT_MAX_CHARS, { message: tooLongMessage('note', SHORT_TEXT_MAX_CHARS) })
  note?: string;
}
