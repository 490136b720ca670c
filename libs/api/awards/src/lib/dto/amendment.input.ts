import { Field, InputType, registerEnumType } from '@nestjs/graphql';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsDefined,
  IsISO8601,
  IsOptional,
  IsString,
  MaxLength,
  MinLength,
  ValidateNested,
} from 'class-validator';
import { Cents } from '@abate/api/core';
import { NARRATIVE_MAX_CHARS, tooLongMessage } from '@abate/shared/limits';

export enum AmendmentDecision {
  APPROVE = 'APPROVE',
  REJECT = 'REJECT',
}
registerEnumType(AmendmentDecision, { name: 'AmendmentDecision' });

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

@InputType()
export class AmendmentBudgetLineInput {
  @Field({ description: 'An SF-424A budget category key (personnel, fringe, travel, ...).' })
  @IsString()
  @MaxLength(40)
  category!: string;

  @Field(() => Cents)
  @IsDefined()
  amountCents!: bigint;
}

@InputType()
export class AwardAmendmentInput {
  @Field(() => Cents, {
    nullable: true,
    description: 'The new award amount; the budget lines, when given, must add up to it.',
  })
  @IsOptional()
  amountCents?: bigint;

  @Field(() => [AmendmentBudgetLineInput], {
    nullable: true,
    description: 'The whole new budget, one line per category (categories left out get nothing).',
  })
  @IsOptional()
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  @Type(() => AmendmentBudgetLineInput)
  budgetLines?: AmendmentBudgetLineInput[];

  @Field({ nullable: true, description: 'YYYY-MM-DD: a new end of the grant period.' })
  @IsOptional()
  @IsISO8601({ strict: true }, { message: 'endDate must be a date (YYYY-MM-DD)' })
  @MaxLength(10, { message: 'endDate must be a date (YYYY-MM-DD)' })
  endDate?: string;

  @Field({ description: 'Why: the officer and the auditors read it.' })
  @Transform(trim)
  @IsString()
  @MinLength(1, { message: 'Give the reason for the amendment' })
  @MaxLength(NARRATIVE_MAX_CHARS, { message: tooLongMessage('reason', NARRATIVE_MAX_CHARS) })
  reason!: string;
}
