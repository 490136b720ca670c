import { Field, InputType, Int } from '@nestjs/graphql';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsBoolean,
  IsEnum,
  IsInt,
  IsNumber,
  IsOptional,
  IsString,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { Cents, IsCents } from '@abate/api/core';
import { LawEnforcementRole } from '../application-enums';
import { NARRATIVE_MAX_CHARS, TITLE_MAX_CHARS, tooLongMessage } from '@abate/shared/limits';

export const NARRATIVE_MAX = NARRATIVE_MAX_CHARS;
const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

@InputType()
export class ItemResponseInput {
  @Field({ description: 'A checklist item key of the round’s checklist version.' })
  @IsString()
  @MaxLength(100)
  itemKey!: string;

  @Field({ description: `How the program does this, up to ${NARRATIVE_MAX.toLocaleString('en-US')} characters.` })
  @IsString()
  @MaxLength(NARRATIVE_MAX, {
    message: `narrative must be at most ${NARRATIVE_MAX.toLocaleString('en-US')} characters`,
  })
  narrative!: string;

  @Field(() => Int, { nullable: true, description: 'The applicant’s own rating on the 0-3 scale.' })
  @IsOptional()
  @IsInt({ message: 'selfRating must be 0, 1, 2 or 3' })
  @Min(0, { message: 'selfRating must be 0, 1, 2 or 3' })
  @Max(3, { message: 'selfRating must be 0, 1, 2 or 3' })
  selfRating?: number | null;
}

@InputType()
export class BudgetLineInput {
  @Field({
    description: 'A budget category key: personnel, fringe, travel, equipment, supplies, contractual, other, indirect.',
  })
  @IsString()
  @MaxLength(40)
  category!: string;

  @Field()
  @Transform(trim)
  @IsString()
  @MaxLength(500, { message: 'description must be at most 500 characters' })
  description!: string;

  @Field(() => Cents)
  @IsCents({ min: 1n, message: 'amountCents must be more than zero' })
  amountCents!: bigint;
}

@InputType()
export class OutcomeTargetInput {
  @Field({ description: 'A quarterly metric key, e.g. survivors_reached.' })
  @IsString()
  @MaxLength(60)
  metricKey!: string;

  @Field({ description: 'The target for the whole grant period.' })
  @IsNumber(
    { allowNaN: false, allowInfinity: false, maxDecimalPlaces: 1 },
    { message: 'value must be a number with at most one decimal' },
  )
  @Min(0, { message: 'value must not be negative' })
  @Max(1_000_000_000, { message: 'value is too large' })
  value!: number;
}

/**
 * A partial update: omitted fields keep their value, null clears one.
 * `responses` are merged by item key; `budgetLines` and `targets`, when given, replace the lists.
 */
@InputType()
export class ApplicationInput {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MaxLength(TITLE_MAX_CHARS, { message: tooLongMessage('title', TITLE_MAX_CHARS) })
  title?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(NARRATIVE_MAX, { message: `summary must be at most ${NARRATIVE_MAX.toLocaleString('en-US')} characters` })
  summary?: string | null;

  @Field(() => Cents, { nullable: true })
  @IsOptional()
  @IsCents({ min: 1n, message: 'requestedCents must be more than zero' })
  requestedCents?: bigint | null;

  @Field(() => LawEnforcementRole, { nullable: true })
  @IsOptional()
  @IsEnum(LawEnforcementRole)
  lawEnforcementRole?: LawEnforcementRole | null;

  @Field(() => Boolean, { nullable: true, description: 'Will anyone run warrant checks on people referred?' })
  @IsOptional()
  @IsBoolean()
  warrantChecks?: boolean | null;

  @Field(() => [ItemResponseInput], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(200)
  @ValidateNested({ each: true })
  @Type(() => ItemResponseInput)
  responses?: ItemResponseInput[];

  @Field(() => [BudgetLineInput], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(100)
  @ValidateNested({ each: true })
  @Type(() => BudgetLineInput)
  budgetLines?: BudgetLineInput[];

  @Field(() => [OutcomeTargetInput], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  @Type(() => OutcomeTargetInput)
  targets?: OutcomeTargetInput[];
}
