import { IsHttpUrl } from '@abate/api/core';
import { Field, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsBoolean,
  IsInt,
  IsOptional,
  IsString,
  MaxLength,
  MinLength,
  ValidateNested,
} from 'class-validator';
import {
  LONG_TEXT_MAX_CHARS,
  NARRATIVE_MAX_CHARS,
  SHORT_TEXT_MAX_CHARS,
  TITLE_MAX_CHARS,
  URL_MAX_CHARS,
} from '@abate/shared/limits';

// Structure and sizes only; the rules that relate parts (unique keys, known
// domains and sources, weights, the scale) are checklistProblems() in the shared library.

@InputType()
export class ChecklistScaleStepInput {
  @Field(() => Int)
  @IsInt()
  value!: number;

  @Field()
  @IsString()
  @MinLength(1)
  @MaxLength(100)
  label!: string;

  @Field()
  @IsString()
  @MaxLength(1000)
  meaning!: string;
}

@InputType()
export class ChecklistDomainInput {
  @Field()
  @IsString()
  @MinLength(1)
  @MaxLength(64)
  key!: string;

  @Field()
  @IsString()
  @MinLength(1)
  @MaxLength(TITLE_MAX_CHARS)
  title!: string;
}

@InputType()
export class ChecklistSourceInput {
  @Field()
  @IsString()
  @MinLength(1)
  @MaxLength(64)
  id!: string;

  @Field()
  @IsString()
  @MinLength(1)
  @MaxLength(SHORT_TEXT_MAX_CHARS)
  citation!: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(URL_MAX_CHARS)
  @IsHttpUrl({ message: 'url must be an http:// or https:// address' })
  url?: string;
}

@InputType()
export class ChecklistItemInput {
  @Field()
  @IsString()
  @MinLength(1)
  @MaxLength(100)
  key!: string;

  @Field()
  @IsString()
  @MaxLength(64)
  domain!: string;

  @Field(() => Int)
  @IsInt()
  weight!: number;

  @Field()
  @IsBoolean()
  critical!: boolean;

  @Field()
  @IsString()
  @MinLength(1)
  @MaxLength(300)
  title!: string;

  @Field()
  @IsString()
  @MaxLength(NARRATIVE_MAX_CHARS)
  description!: string;

  @Field()
  @IsString()
  @MaxLength(NARRATIVE_MAX_CHARS)
  reviewerGuidance!: string;

  @Field(() => [String])
  @ArrayMaxSize(50)
  @IsString({ each: true })
  sources!: string[];
}

/** The same JSON shape as the shipped checklist file (porp-checklist-2023.json). */
@InputType()
export class ChecklistInput {
  @Field()
  @IsString()
  key!: string;

  @Field()
  @IsString()
  version!: string;

  @Field()
  @IsString()
  @MinLength(1)
  @MaxLength(300)
  title!: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(LONG_TEXT_MAX_CHARS)
  about?: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(NARRATIVE_MAX_CHARS)
  scoring?: string;

  @Field(() => [ChecklistScaleStepInput])
  @ArrayMaxSize(10)
  @ValidateNested({ each: true })
  @Type(() => ChecklistScaleStepInput)
  scale!: ChecklistScaleStepInput[];

  @Field(() => [ChecklistDomainInput])
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  @Type(() => ChecklistDomainInput)
  domains!: ChecklistDomainInput[];

  @Field(() => [ChecklistItemInput])
  @ArrayMaxSize(200)
  @ValidateNested({ each: true })
  @Type(() => ChecklistItemInput)
  items!: ChecklistItemInput[];

  @Field(() => [ChecklistSourceInput])
  @ArrayMaxSize(200)
  @ValidateNested({ each: true })
  @Type(() => ChecklistSourceInput)
  sources!: ChecklistSourceInput[];
}
