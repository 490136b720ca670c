import { Field, InputType, Int } from '@nestjs/graphql';
import { ArrayMaxSize, IsEnum, IsInt, IsOptional, Matches, Max, MaxLength, Min, MinLength } from 'class-validator';
import { Transform } from 'class-transformer';
import { EMAIL_DOMAIN } from '@abate/shared/jurisdictions';
import { OrganizationKind } from '../organization-kind.enum';
import { TITLE_MAX_CHARS, tooLongMessage } from '@abate/shared/limits';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

const lowerAll = ({ value }: { value: unknown }) =>
  Array.isArray(value) ? value.map((v) => (typeof v === 'string' ? v.trim().toLowerCase() : v)) : value;

@InputType()
export class UpdateOrganizationInput {
  @Field({ nullable: true })
  @IsOptional()
  @Transform(trim)
  @MinLength(2, { message: 'name must be at least 2 characters' })
  @MaxLength(TITLE_MAX_CHARS, { message: tooLongMessage('name', TITLE_MAX_CHARS) })
  name?: string;

  @Field(() => OrganizationKind, { nullable: true })
  @IsOptional()
  @IsEnum(OrganizationKind)
  kind?: OrganizationKind;

  @Field({ nullable: true })
  @IsOptional()
  @Matches(/^[A-Z]{2}$/, { message: 'state must be a two-letter postal code such as NC' })
  state?: string;

  @Field({ nullable: true })
  @IsOptional()
  @Matches(/^\d{5}$/, { message: 'fipsCode must be five digits' })
  fipsCode?: string;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(0, { message: 'population must not be negative' })
  @Max(100_000_000, { message: 'population must be at most 100,000,000' })
  population?: number;

  @Field(() => [String], {
    nullable: true,
    description:
      'E-mail domains the organization claims, e.g. alamancecountync.gov: verified sign-ins from them get an account here.',
  })
  @IsOptional()
  @ArrayMaxSize(20, { message: 'emailDomains may list at most 20 domains' })
  @Transform(lowerAll)
  @Matches(EMAIL_DOMAIN, { each: true, message: 'emailDomains must be domain names such as alamancecountync.gov' })
  emailDomains?: string[];
}
