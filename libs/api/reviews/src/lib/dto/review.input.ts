import { Field, InputType, Int } from '@nestjs/graphql';
import { Transform, Type } from 'class-transformer';
import { ArrayMaxSize, IsInt, IsOptional, IsString, Max, MaxLength, Min, ValidateNested } from 'class-validator';
import { LONG_TEXT_MAX_CHARS, NARRATIVE_MAX_CHARS, tooLongMessage } from '@abate/shared/limits';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

@InputType()
export class ItemScoreInput {
  @Field()
  @IsString()
  @MaxLength(100)
  itemKey!: string;

  @Field(() => Int, { description: '0 (not addressed) to 3 (exceeds).' })
  @IsInt({ message: 'rating must be 0, 1, 2 or 3' })
  @Min(0, { message: 'rating must be 0, 1, 2 or 3' })
  @Max(3, { message: 'rating must be 0, 1, 2 or 3' })
  rating!: number;

  @Field({ nullable: true, description: 'Required for a rating of 0.' })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MaxLength(NARRATIVE_MAX_CHARS, { message: tooLongMessage('comment', NARRATIVE_MAX_CHARS) })
  comment?: string;
}

/** A partial update: scores merge by item key; overallComment replaces the previous one when given. */
@InputType()
export class ReviewInput {
  @Field(() => [ItemScoreInput], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(200)
  @ValidateNested({ each: true })
  @Type(() => ItemScoreInput)
  scores?: ItemScoreInput[];

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(LONG_TEXT_MAX_CHARS, { message: tooLongMessage('overallComment', LONG_TEXT_MAX_CHARS) })
  overallComment?: string | null;
}
