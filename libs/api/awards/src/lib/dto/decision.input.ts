import { Field, InputType, registerEnumType } from '@nestjs/graphql';
import { Transform } from 'class-transformer';
import { Cents, IsCents } from '@abate/api/core';
import { IsEnum, IsOptional, IsString, MaxLength } from 'class-validator';
import { NARRATIVE_MAX_CHARS, tooLongMessage } from '@abate/shared/limits';

export enum DecisionKind {
  AWARD = 'AWARD',
  DECLINE = 'DECLINE',
}
registerEnumType(DecisionKind, { name: 'DecisionKind' });

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

@InputType()
export class DecisionInput {
  @Field(() => DecisionKind)
  @IsEnum(DecisionKind)
  decision!: DecisionKind;

  @Field(() => Cents, {
    nullable: true,
    description: 'AWARD: within the round’s award range and no more than requested.',
  })
  @IsOptional()
  @IsCents({ min: 1n, message: 'amountCents must be more than zero' })
  amountCents?: bigint;

  @Field({ nullable: true, description: 'Conditions attached to an award.' })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MaxLength(NARRATIVE_MAX_CHARS, { message: tooLongMessage('conditions', NARRATIVE_MAX_CHARS) })
  conditions?: string;

  @Field({ nullable: true, description: 'DECLINE: why (shared with the applicant).' })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MaxLength(NARRATIVE_MAX_CHARS, { message: tooLongMessage('reason', NARRATIVE_MAX_CHARS) })
  reason?: string;

  @Field({
    nullable: true,
    description:
      'Required to award an application with a critical gap or below the funding line; audited and shown in the ranking.',
  })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MaxLength(NARRATIVE_MAX_CHARS, { message: tooLongMessage('overrideReason', NARRATIVE_MAX_CHARS) })
  overrideReason?: string;
}
