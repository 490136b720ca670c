import { ArgsType, Field, ID, InputType, Int, registerEnumType } from '@nestjs/graphql';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsEnum,
  IsInt,
  IsOptional,
  IsString,
  Matches,
  Max,
  MaxLength,
  Min,
  MinLength,
  ValidateBy,
  ValidateNested,
  ValidationOptions,
} from 'class-validator';
import { PageArgs, IsCalendarDate } from '@abate/api/core';
import { Cents } from '@abate/api/core';
import { SHORT_TEXT_MAX_CHARS, TITLE_MAX_CHARS, tooLongMessage } from '@abate/shared/limits';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);
export const ISO_DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;
// The shape, then a real day PostgreSQL holds (no 2026-02-30, no year 0): IsCalendarDate from the normalization layer.
const date =
  (name: string): PropertyDecorator =>
  (target, key) => {
    Matches(ISO_DATE, { message: `${name} must be a date like 2026-07-01` })(target, key);
    IsCalendarDate({ message: `${name} must be a real date like 2026-07-01, between 0001-01-01 and 9999-12-31` })(
      target,
      key,
    );
  };
/** The largest amount a ledger line may carry: $90 trillion, far beyond any fund, well inside bigint. */
export const MAX_LEDGER_CENTS = 9_000_000_000_000_000n;

/** A Cents value (bigint from the scalar) within 0 < v <= MAX (or >= 0 with allowZero). */
export function IsCents(options: { allowZero?: boolean } = {}, validationOptions?: ValidationOptions) {
  return ValidateBy(
    {
      name: 'isCents',
      validator: {
        validate: (value: unknown) =>
          typeof value === 'bigint' && (options.allowZero ? value >= 0n : value > 0n) && value <= MAX_LEDGER_CENTS,
        defaultMessage: (args) =>
          `${args?.property} must be ${options.allowZero ? 'zero or more' : 'more than zero'} cents, at most $90,000,000,000,000.00`,
      },
    },
    validationOptions,
  );
}

export enum ExpenditureClassification {
  REMEDIATION = 'REMEDIATION',
  NON_REMEDIATION = 'NON_REMEDIATION',
  ADMINISTRATIVE = 'ADMINISTRATIVE',
  AUDIT = 'AUDIT',
}
registerEnumType(ExpenditureClassification, {
  name: 'ExpenditureClassification',
  description:
    'REMEDIATION: an approved strategy; NON_REMEDIATION: other uses reported apart; ADMINISTRATIVE: common costs, pro-rated over strategies; AUDIT: audit costs.',
});

export enum LedgerEntryKind {
  OPENING = 'OPENING',
  RECEIPT = 'RECEIPT',
  INTEREST = 'INTEREST',
  EXPENDITURE = 'EXPENDITURE',
  ENCUMBRANCE = 'ENCUMBRANCE',
}
registerEnumType(LedgerEntryKind, { name: 'LedgerEntryKind' });

export enum FundReportKind {
  ANNUAL_FINANCIAL = 'ANNUAL_FINANCIAL',
  NON_REMEDIATION = 'NON_REMEDIATION',
  ADMIN_CAP = 'ADMIN_CAP',
  SPEND_DEADLINE = 'SPEND_DEADLINE',
  STRATEGY_SUMMARY = 'STRATEGY_SUMMARY',
  ROUND_ALLOCATIONS = 'ROUND_ALLOCATIONS',
}
registerEnumType(FundReportKind, {
  name: 'FundReportKind',
  description:
    'ANNUAL_FINANCIAL (NC Exhibit E shape), NON_REMEDIATION, ADMIN_CAP, SPEND_DEADLINE (FIFO aging), STRATEGY_SUMMARY (with the crosswalks), ROUND_ALLOCATIONS (the funding rounds the fund pays: budget, allocated, committed, paid).',
});

@InputType()
export class CreateSettlementFundInput {
  @Field()
  @Transform(trim)
  @MinLength(3, { message: 'name must be at least 3 characters' })
  @MaxLength(TITLE_MAX_CHARS, { message: tooLongMessage('name', TITLE_MAX_CHARS) })
  name!: string;

  @Field({ description: 'nc-moa-2021, pa-opioid-trust or generic (see ruleSets).' })
  @IsString()
  @MaxLength(64)
  ruleSetKey!: string;

  @Field(() => ID)
  @IsString()
  @MaxLength(64)
  organizationId!: string;

  @Field(() => Cents, { description: 'Money already in the fund when it comes into Abate (zero for a new fund).' })
  @IsCents({ allowZero: true })
  openingBalanceCents!: bigint;

  @Field({ description: 'LocalDate the fund was opened (or brought into Abate).' })
  @date('openedOn')
  openedOn!: string;
}

@InputType()
export class ReceiptInput {
  @Field({ description: 'A settlement key (see settlements), e.g. distributors.' })
  @IsString()
  @MaxLength(40)
  settlementKey!: string;

  @Field(() => Int, { description: 'The settlement payment year this money belongs to.' })
  @IsInt({ message: 'paymentYear must be a year such as 2024' })
  @Min(2000, { message: 'paymentYear must be a year such as 2024' })
  @Max(2100, { message: 'paymentYear must be a year such as 2024' })
  paymentYear!: number;

  @Field()
  @date('receivedOn')
  receivedOn!: string;

  @Field(() => Cents)
  @IsCents()
  amountCents!: bigint;

  @Field({ description: 'Who paid: the settlement administrator, the state, a county passing money through.' })
  @Transform(trim)
  @MinLength(2, { message: 'payer must be at least 2 characters' })
  @MaxLength(TITLE_MAX_CHARS)
  payer!: string;

  @Field({ nullable: true, description: 'Wire or deposit reference.' })
  @IsOptional()
  @IsString()
  @MaxLength(TITLE_MAX_CHARS)
  reference?: string;
}

@InputType()
export class InterestInput {
  @Field()
  @date('periodStart')
  periodStart!: string;

  @Field()
  @date('periodEnd')
  periodEnd!: string;

  @Field(() => Cents)
  @IsCents()
  amountCents!: bigint;
}

@InputType()
export class AuthorizationLineInput {
  @Field()
  @IsString()
  @MaxLength(64)
  taxonomyKey!: string;

  @Field()
  @IsString()
  @MaxLength(16)
  strategyCode!: string;

  @Field(() => Cents)
  @IsCents()
  amountCents!: bigint;

  @Field()
  @date('startsOn')
  startsOn!: string;

  @Field()
  @date('endsOn')
  endsOn!: string;
}

@InputType()
export class SpendingAuthorizationInput {
  @Field({ description: 'The governing body’s action, e.g. "Resolution 2025-14, Board of Commissioners".' })
  @Transform(trim)
  @MinLength(3, { message: 'authority must be at least 3 characters' })
  @MaxLength(300)
  authority!: string;

  @Field()
  @date('adoptedOn')
  adoptedOn!: string;

  @Field(() => [AuthorizationLineInput])
  @ArrayMinSize(1, { message: 'lines needs at least one strategy line' })
  @ArrayMaxSize(100)
  @ValidateNested({ each: true })
  @Type(() => AuthorizationLineInput)
  lines!: AuthorizationLineInput[];
}

@InputType()
export class ExpenditureSplitInput {
  @Field()
  @IsString()
  @MaxLength(64)
  taxonomyKey!: string;

  @Field()
  @IsString()
  @MaxLength(16)
  strategyCode!: string;

  @Field(() => Cents)
  @IsCents()
  amountCents!: bigint;
}

@InputType()
export class ExpenditureInput {
  @Field()
  @date('paidOn')
  paidOn!: string;

  @Field()
  @Transform(trim)
  @MinLength(2, { message: 'payee must be at least 2 characters' })
  @MaxLength(TITLE_MAX_CHARS)
  payee!: string;

  @Field()
  @Transform(trim)
  @MinLength(3, { message: 'description must be at least 3 characters' })
  @MaxLength(SHORT_TEXT_MAX_CHARS)
  description!: string;

  @Field(() => ExpenditureClassification)
  @IsEnum(ExpenditureClassification)
  classification!: ExpenditureClassification;

  @Field(() => Cents, {
    nullable: true,
    description: 'The whole amount; when given, the splits must add up to it. Defaults to the sum of the splits.',
  })
  @IsOptional()
  @IsCents()
  amountCents?: bigint;

  @Field(() => [ExpenditureSplitInput], {
    description: 'Strategy codes and amounts; required for REMEDIATION, optional for the other classifications.',
  })
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  @Type(() => ExpenditureSplitInput)
  splits!: ExpenditureSplitInput[];
}

@InputType()
export class RoundStrategyInput {
  @Field()
  @IsString()
  @MaxLength(64)
  taxonomyKey!: string;

  @Field(() => [String])
  @ArrayMinSize(1, { message: 'strategyCodes needs at least one code' })
  @ArrayMaxSize(50)
  @IsString({ each: true })
  @MaxLength(16, { each: true })
  strategyCodes!: string[];
}

@ArgsType()
export class LedgerEntriesArgs extends PageArgs {
  @Field(() => LedgerEntryKind, { nullable: true })
  @IsOptional()
  @IsEnum(LedgerEntryKind)
  kind?: LedgerEntryKind;

  @Field(() => ExpenditureClassification, { nullable: true })
  @IsOptional()
  @IsEnum(ExpenditureClassification)
  classification?: ExpenditureClassification;

  @Field({ nullable: true, description: 'LocalDate: entries on or after.' })
  @IsOptional()
  @date('from')
  from?: string;

  @Field({ nullable: true, description: 'LocalDate: entries on or before.' })
  @IsOptional()
  @date('to')
  to?: string;

  @Field({ nullable: true, description: 'Entries with a split on this strategy code.' })
  @IsOptional()
  @IsString()
  @MaxLength(16)
  strategyCode?: string;
}

/** A real calendar date (the pattern lets 2026-02-30 through). */
export function isCalendarDate(iso: string): boolean {
  if (!ISO_DATE.test(iso)) return false;
  // A fund's books start in this century or the last; year 0000 is not a date PostgreSQL takes.
  const year = Number(iso.slice(0, 4));
  if (year < 1900 || year > 2199) return false;
  const d = new Date(`${iso}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().startsWith(iso);
}
