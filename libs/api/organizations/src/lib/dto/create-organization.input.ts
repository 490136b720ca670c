import { Field, InputType, Int } from '@nestjs/graphql';
import { ArrayMaxSize, IsEnum, IsInt, IsOptional, Matches, Max, MaxLength, Min, MinLength } from 'class-validator';
import { EMAIL_DOMAIN } from '@abate/shared/jurisdictions';
import { Transform } from 'class-transformer';
import { IsSingleLine } from '@abate/api/core';
import { OrganizationKind } from '../organization-kind.enum';
import { TITLE_MAX_CHARS, tooLongMessage } from '@abate/shared/limits';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

@InputType()
export class CreateOrganizationInput {
  @Field()
  @Transform(trim)
  @MinLength(2, { message: 'name must be at least 2 characters' })
  @MaxLength(TITLE_MAX_CHARS, { message: tooLongMessage('name', TITLE_MAX_CHARS) })
  @IsSingleLine({ message: 'name must be one line, without line breaks or control characters' })
  name!: string;

  @Field(() => OrganizationKind)
  @IsEnum(OrganizationKind)
  kind!: OrganizationKind;

  @Field({ description: 'Two-letter postal code, e.g. NC.' })
  @Matches(/^[A-Z]{2}$/, { message: 'state must be a two-letter postal code such as NC' })
  state!: string;

  @Field({ description: 'Five-digit FIPS code, e.g. 37001 for Alamance County, NC.' })
  @Matches(/^\d{5}$/, { message: 'fipsCode must be five digits' })
  fipsCode!: string;

  @Field(() => Int)
  @IsInt()
  @Min(0, { message: 'population must not be negative' })
  @Max(100_000_000, { message: 'population must be at most 100,000,000' })
  population!: number;

  @Field(() => [String], {
    nullable: true,
    description: 'E-mail domains the organization claims (just-in-time accounts for verified provider sign-ins).',
  })
  @IsOptional()
  @ArrayMaxSize(20, { message: 'emailDomains may list at most 20 domains' })
  @Transform(({ value }: { value: unknown }) =>
    Array.isArray(value) ? value.map((v) => (typeof v === 'string' ? v.trim().toLowerCase() : v)) : value,
  )
  @Matches(EMAIL_DOMAIN, { each: true, message: 'emailDomains must be domain names such as alamancecountync.gov' })
  emailDomains?: string[];
}
