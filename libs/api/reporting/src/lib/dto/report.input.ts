import { Cents, IsCents } from '@abate/api/core';
import { Field, Float, InputType, registerEnumType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsNumber, IsOptional, IsString, Max, MaxLength, Min, ValidateNested } from 'class-validator';
import { METRIC_VALUE_MAX, NARRATIVE_MAX_CHARS, tooLongMessage } from '@abate/shared/limits';

const NARRATIVE_MAX = NARRATIVE_MAX_CHARS;

@InputType()
export class MetricValueInput {
  @Field()
  @IsString()
  @MaxLength(60)
  key!: string;

  @Field(() => Float, { description: 'Counts are whole numbers; hours may have one decimal.' })
  @IsNumber({ allowNaN: false, allowInfinity: false }, { message: 'value must be a number' })
  @Min(0, { message: 'value must not be negative' })
  @Max(METRIC_VALUE_MAX, { message: 'value is too large' })
  value!: number;
}

@InputType()
export class SpendingInput {
  @Field()
  @IsString()
  @MaxLength(40)
  category!: string;

  @Field(() => Cents, { description: 'Spent this period, in cents.' })
  @IsCents({ min: 0n, message: 'amountCents must not be negative' })
  amountCents!: bigint;
}

@InputType()
export class NarrativeInput {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(NARRATIVE_MAX, { message: tooLongMessage('successes', NARRATIVE_MAX) })
  successes?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(NARRATIVE_MAX, { message: tooLongMessage('challenges', NARRATIVE_MAX) })
  challenges?: string | null;
}

/** A partial update: metrics merge by key; spending merges by category; narrative parts replace. */
@InputType()
export class QuarterlyReportInput {
  @Field(() => [MetricValueInput], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(100)
  @ValidateNested({ each: true })
  @Type(() => MetricValueInput)
  metrics?: MetricValueInput[];

  @Field(() => [SpendingInput], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  @Type(() => SpendingInput)
  spending?: SpendingInput[];

  @Field(() => NarrativeInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => NarrativeInput)
  narrative?: NarrativeInput;

  @Field(() => [String], {
    nullable: true,
    description: 'Warning fields the grantee confirms are right, e.g. metrics.survivors_reached.',
  })
  @IsOptional()
  @ArrayMaxSize(50)
  @IsString({ each: true })
  @MaxLength(100, { each: true })
  confirmedWarnings?: string[];
}

export enum ReportDecision {
  ACCEPT = 'ACCEPT',
  REQUEST_CHANGES = 'REQUEST_CHANGES',
}
registerEnumType(ReportDecision, { name: 'ReportDecision' });
