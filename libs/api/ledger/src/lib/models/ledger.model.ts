import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { Connection } from '@abate/api/core';
import type { FundBalances, FundReportData, RuleSet, StrategyTaxonomy } from '@abate/shared/strategies';
import { SOURCES } from '@abate/shared/strategies';
import { Cents } from '@abate/api/core';
import { ExpenditureClassification, FundReportKind, LedgerEntryKind } from '../dto/ledger.input';
import type { LedgerEntryEntity } from '../entities/ledger-entry.entity';
import type { SettlementFundEntity } from '../entities/settlement-fund.entity';
import type { SpendingAuthorizationEntity } from '../entities/spending-authorization.entity';

@ObjectType('DataSource', { description: 'Where a code or a number comes from.' })
export class DataSourceModel {
  @Field()
  id!: string;
  @Field()
  citation!: string;
  @Field(() => String, { nullable: true })
  url!: string | null;
}

const sourceOf = (id: string): DataSourceModel =>
  Object.assign(new DataSourceModel(), SOURCES[id] ?? { id, citation: id, url: null });

@ObjectType('StrategyCode')
export class StrategyCodeModel {
  @Field()
  code!: string;
  @Field()
  title!: string;
  @Field(() => String, { nullable: true })
  parent!: string | null;
  @Field({ description: 'False for headings (Schedule B Parts) that money is not tagged to.' })
  taggable!: boolean;
  @Field(() => DataSourceModel)
  source!: DataSourceModel;
}

@ObjectType('StrategyTaxonomy', { description: 'A versioned list of strategy codes money is tagged to.' })
export class StrategyTaxonomyModel {
  @Field()
  key!: string;
  @Field()
  version!: string;
  @Field()
  title!: string;
  @Field(() => DataSourceModel)
  source!: DataSourceModel;
  @Field(() => [StrategyCodeModel])
  codes!: StrategyCodeModel[];

  static from(t: StrategyTaxonomy): StrategyTaxonomyModel {
    return Object.assign(new StrategyTaxonomyModel(), {
      key: t.key,
      version: t.version,
      title: t.title,
      source: sourceOf(t.source),
      codes: t.codes.map((c) =>
        Object.assign(new StrategyCodeModel(), { ...c, taggable: !/^P\d$/.test(c.code), source: sourceOf(c.source) }),
      ),
    });
  }
}

@ObjectType('CrosswalkPair')
export class CrosswalkPairModel {
  @Field()
  from!: string;
  @Field()
  to!: string;
}

@ObjectType('StrategyCrosswalk')
export class StrategyCrosswalkModel {
  @Field()
  from!: string;
  @Field()
  to!: string;
  @Field()
  version!: string;
  @Field(() => DataSourceModel)
  source!: DataSourceModel;
  @Field(() => [CrosswalkPairModel])
  pairs!: CrosswalkPairModel[];

  static from(c: {
    from: string;
    to: string;
    version: string;
    source: string;
    pairs: Array<{ from: string; to: string }>;
  }): StrategyCrosswalkModel {
    return Object.assign(new StrategyCrosswalkModel(), { ...c, source: sourceOf(c.source) });
  }
}

@ObjectType('RuleSource')
export class RuleSourceModel {
  @Field()
  field!: string;
  @Field()
  citation!: string;
}

@ObjectType('RuleSet', { description: 'A jurisdiction’s rules for a settlement fund, as data.' })
export class RuleSetModel {
  @Field()
  key!: string;
  @Field()
  version!: string;
  @Field()
  title!: string;
  @Field(() => String, {
    nullable: true,
    description: 'Administration cap as a percentage of funds received ("3"); null when none.',
  })
  adminCapPercent!: string | null;
  @Field(() => String, {
    nullable: true,
    description: 'Least share of funds received that must go to remediation ("85"); null when none.',
  })
  remediationFloorPercent!: string | null;
  @Field(() => Int, { nullable: true })
  spendWithinMonths!: number | null;
  @Field(() => Int, { nullable: true })
  extensionMonths!: number | null;
  @Field()
  interestMayFundAdmin!: boolean;
  @Field({ description: 'Spending on a strategy needs an authorization line covering its date (NC).' })
  requiresAuthorization!: boolean;
  @Field(() => Int, { description: '1 = January ... 7 = July.' })
  fiscalYearStartMonth!: number;
  @Field()
  defaultTaxonomyKey!: string;
  @Field(() => [FundReportKind])
  reports!: FundReportKind[];
  @Field(() => [RuleSourceModel])
  sources!: RuleSourceModel[];

  static from(r: RuleSet): RuleSetModel {
    return Object.assign(new RuleSetModel(), {
      ...r,
      reports: r.reports as FundReportKind[],
      sources: Object.entries(r.sources).map(([field, citation]) => ({ field, citation })),
    });
  }
}

@ObjectType('Settlement', { description: 'Reference data: a settlement or bankruptcy plan that pays into funds.' })
export class SettlementModel {
  @Field()
  key!: string;
  @Field()
  title!: string;
  @Field()
  agreementType!: string;
}

@ObjectType('FundBalances', {
  description: 'Each a sum over the fund’s entries at the time of the request; none is stored.',
})
export class FundBalancesModel {
  @Field(() => Cents)
  openingCents!: bigint;
  @Field(() => Cents)
  receivedCents!: bigint;
  @Field(() => Cents)
  interestCents!: bigint;
  @Field(() => Cents)
  authorizedCents!: bigint;
  @Field(() => Cents)
  allocatedCents!: bigint;
  @Field(() => Cents)
  encumberedCents!: bigint;
  @Field(() => Cents)
  expendedCents!: bigint;
  @Field(() => Cents, { description: 'Opening + received + interest - expended.' })
  cashCents!: bigint;
  @Field(() => Cents, { description: 'Cash not committed to awards: cash - encumbered.' })
  availableCents!: bigint;
  @Field(() => Cents, {
    description: 'Money in not yet named by an authorization (negative when authorizations anticipate receipts).',
  })
  unauthorizedCents!: bigint;

  static from(b: FundBalances): FundBalancesModel {
    return Object.assign(new FundBalancesModel(), b);
  }
}

@ObjectType('LedgerEntrySplit')
export class LedgerEntrySplitModel {
  @Field()
  taxonomyKey!: string;
  @Field()
  strategyCode!: string;
  @Field(() => Cents)
  amountCents!: bigint;
}

@ObjectType('LedgerEntry', {
  description: 'One immutable line of a fund’s journal; corrections are reversing entries (negative amounts).',
})
export class LedgerEntryModel {
  @Field(() => ID)
  id!: string;
  @Field(() => ID)
  fundId!: string;
  @Field(() => LedgerEntryKind)
  kind!: LedgerEntryKind;
  @Field(() => Cents, { description: 'Negative on a reversing entry and on an encumbrance’s liquidation.' })
  amountCents!: bigint;
  @Field({ description: 'LocalDate' })
  occurredOn!: string;
  @Field(() => ExpenditureClassification, { nullable: true })
  classification!: ExpenditureClassification | null;
  @Field(() => String, { nullable: true })
  settlementKey!: string | null;
  @Field(() => Int, { nullable: true })
  paymentYear!: number | null;
  @Field(() => String, { nullable: true })
  payer!: string | null;
  @Field(() => String, { nullable: true })
  reference!: string | null;
  @Field(() => String, { nullable: true })
  periodStart!: string | null;
  @Field(() => String, { nullable: true })
  periodEnd!: string | null;
  @Field(() => String, { nullable: true })
  payee!: string | null;
  @Field(() => String, { nullable: true })
  description!: string | null;
  @Field(() => ID, { nullable: true })
  reversesEntryId!: string | null;
  @Field(() => ID, { nullable: true, description: 'The entry that reverses this one, if any.' })
  reversedByEntryId!: string | null;
  @Field(() => String, { nullable: true })
  reason!: string | null;
  @Field(() => ID, { nullable: true })
  roundId!: string | null;
  @Field(() => ID, { nullable: true })
  awardId!: string | null;
  @Field(() => ID, { nullable: true })
  paymentRequestId!: string | null;
  @Field(() => [LedgerEntrySplitModel])
  splits!: LedgerEntrySplitModel[];
  @Field()
  createdAt!: Date;

  static from(e: LedgerEntryEntity, reversedByEntryId: string | null = null): LedgerEntryModel {
    // Every column but created_by is a field of the same name; the enums and splits take their API shape.
    const { createdBy: _createdBy, splits, ...columns } = e;
    return Object.assign(new LedgerEntryModel(), columns, {
      kind: e.kind as LedgerEntryKind,
      classification: e.classification as ExpenditureClassification | null,
      reversedByEntryId,
      splits: [...(splits ?? [])]
        .sort((a, b) => a.position - b.position)
        .map((s) => ({ taxonomyKey: s.taxonomyKey, strategyCode: s.strategyCode, amountCents: s.amountCents })),
    });
  }
}

@ObjectType('LedgerEntryConnection')
export class LedgerEntryConnection extends Connection(LedgerEntryModel) {}

@ObjectType('SpendingAuthorizationLine')
export class SpendingAuthorizationLineModel {
  @Field(() => ID)
  id!: string;
  @Field()
  taxonomyKey!: string;
  @Field()
  strategyCode!: string;
  @Field(() => Cents)
  amountCents!: bigint;
  @Field()
  startsOn!: string;
  @Field()
  endsOn!: string;
  @Field(() => Cents, { description: 'Allocated from this line to funding rounds.' })
  allocatedCents!: bigint;
}

@ObjectType('SpendingAuthorization', {
  description: 'A governing body’s action authorizing spending by strategy, amount and period.',
})
export class SpendingAuthorizationModel {
  @Field(() => ID)
  id!: string;
  @Field(() => ID)
  fundId!: string;
  @Field()
  authority!: string;
  @Field()
  adoptedOn!: string;
  @Field(() => Cents)
  totalCents!: bigint;
  @Field(() => [SpendingAuthorizationLineModel])
  lines!: SpendingAuthorizationLineModel[];

  static from(a: SpendingAuthorizationEntity, allocated: Map<string, bigint> = new Map()): SpendingAuthorizationModel {
    const lines = (a.lines ?? []).sort((x, y) => x.position - y.position);
    return Object.assign(new SpendingAuthorizationModel(), {
      id: a.id,
      fundId: a.fundId,
      authority: a.authority,
      adoptedOn: a.adoptedOn,
      totalCents: lines.reduce((s, l) => s + l.amountCents, 0n),
      lines: lines.map((l) => ({
        id: l.id,
        taxonomyKey: l.taxonomyKey,
        strategyCode: l.strategyCode,
        amountCents: l.amountCents,
        startsOn: l.startsOn,
        endsOn: l.endsOn,
        allocatedCents: allocated.get(l.id) ?? 0n,
      })),
    });
  }
}

@ObjectType('FundedRound', { description: 'A funding round paid from the fund, drafts included.' })
export class FundedRoundModel {
  @Field(() => ID)
  roundId!: string;
  @Field()
  title!: string;
  @Field({ description: 'False while the round is a draft.' })
  published!: boolean;
  @Field(() => [String])
  strategyCodes!: string[];
  @Field(() => Cents)
  budgetCents!: bigint;
  @Field(() => Cents)
  allocatedCents!: bigint;
  @Field(() => Cents, { description: 'Outstanding commitments to its awards.' })
  committedCents!: bigint;
  @Field(() => Cents)
  paidCents!: bigint;
}

@ObjectType('SettlementFund', {
  description: 'A special revenue fund for settlement money; its balances are sums of its entries.',
})
export class SettlementFundModel {
  @Field(() => ID)
  id!: string;
  @Field()
  name!: string;
  @Field(() => ID)
  organizationId!: string;
  @Field()
  openedOn!: string;
  @Field(() => Int)
  version!: number;
  ruleSetKey!: string;
  /** Not in the schema: the fund's ledger revision as read with the fund (keys the kept sums). */
  ledgerRevision!: string;

  static from(f: SettlementFundEntity): SettlementFundModel {
    return Object.assign(new SettlementFundModel(), {
      id: f.id,
      name: f.name,
      organizationId: f.organizationId,
      openedOn: f.openedOn,
      version: f.version,
      ruleSetKey: f.ruleSetKey,
      ledgerRevision: f.ledgerRevision,
    });
  }
}

@ObjectType('SettlementFundConnection')
export class SettlementFundConnection extends Connection(SettlementFundModel) {}

@ObjectType('FundReportColumn')
export class FundReportColumnModel {
  @Field()
  label!: string;
  @Field({ description: 'TEXT, DATE or MONEY (values in cents as decimal strings).' })
  kind!: string;
}

@ObjectType('FundReportRow')
export class FundReportRowModel {
  @Field()
  label!: string;
  @Field(() => [String])
  values!: string[];
}

@ObjectType('FundReportTotal')
export class FundReportTotalModel {
  @Field()
  label!: string;
  @Field(() => Cents)
  amountCents!: bigint;
}

@ObjectType('FundReportCheck')
export class FundReportCheckModel {
  @Field()
  code!: string;
  @Field()
  ok!: boolean;
  @Field()
  message!: string;
}

/** A fiscal year and its dates (LocalDates, inclusive): what a report or a public year covers. */
@ObjectType({ isAbstract: true })
abstract class FiscalPeriodModel {
  @Field(() => Int, { description: 'Named by the calendar year it ends in.' })
  fiscalYear!: number;
  @Field()
  periodStart!: string;
  @Field()
  periodEnd!: string;
}

@ObjectType('FundReport')
export class FundReportModel extends FiscalPeriodModel {
  @Field(() => FundReportKind)
  kind!: FundReportKind;
  @Field()
  title!: string;
  @Field(() => [FundReportColumnModel])
  columns!: FundReportColumnModel[];
  @Field(() => [FundReportRowModel])
  rows!: FundReportRowModel[];
  @Field(() => [FundReportTotalModel])
  totals!: FundReportTotalModel[];
  @Field(() => [FundReportCheckModel])
  checks!: FundReportCheckModel[];

  static from(r: FundReportData): FundReportModel {
    return Object.assign(new FundReportModel(), { ...r, kind: r.kind as FundReportKind });
  }
}

@ObjectType('RoundAllocation')
export class RoundAllocationModel {
  @Field(() => ID)
  id!: string;
  @Field(() => ID)
  authorizationLineId!: string;
  @Field(() => Cents)
  amountCents!: bigint;
  @Field()
  createdAt!: Date;
}

@ObjectType('RoundFunding', {
  description: 'The fund that pays a round, the strategy codes it funds, and what is allocated to it.',
})
export class RoundFundingModel {
  @Field(() => ID)
  fundId!: string;
  @Field()
  fundName!: string;
  @Field()
  taxonomyKey!: string;
  @Field(() => [String])
  strategyCodes!: string[];
  @Field(() => Cents)
  allocatedCents!: bigint;
  @Field(() => [RoundAllocationModel])
  allocations!: RoundAllocationModel[];
}

@ObjectType('PublicStrategySpending')
export class PublicStrategySpendingModel {
  @Field()
  taxonomyKey!: string;
  @Field()
  strategyCode!: string;
  @Field()
  title!: string;
  @Field(() => Cents)
  spentCents!: bigint;
  @Field(() => Cents, { description: 'Committed to awards and not yet paid at the end of the year.' })
  committedCents!: bigint;
}

@ObjectType('PublicFundYear')
export class PublicFundYearModel extends FiscalPeriodModel {
  @Field(() => Cents)
  receivedCents!: bigint;
  @Field(() => Cents)
  interestCents!: bigint;
  @Field(() => Cents)
  authorizedCents!: bigint;
  @Field(() => Cents, { description: 'Outstanding commitments to awards at the end of the year.' })
  committedCents!: bigint;
  @Field(() => Cents, { description: 'All spending in the year, non-remediation included.' })
  spentCents!: bigint;
  @Field(() => Cents)
  administrativeCents!: bigint;
  @Field(() => Cents)
  auditCents!: bigint;
  @Field(() => Cents, { description: 'Non-remediation uses, shown apart.' })
  nonRemediationCents!: bigint;
  @Field(() => [PublicStrategySpendingModel])
  strategies!: PublicStrategySpendingModel[];
}

@ObjectType('PublicFundSpending')
export class PublicFundSpendingModel {
  @Field(() => ID)
  fundId!: string;
  @Field()
  fundName!: string;
  @Field()
  ruleSetTitle!: string;
  @Field(() => [PublicFundYearModel])
  years!: PublicFundYearModel[];
}

@ObjectType('PublicSpending', {
  description: 'Anonymous: what each fund received and spent, by fiscal year and strategy. No payees, no people.',
})
export class PublicSpendingModel {
  @Field(() => [PublicFundSpendingModel])
  funds!: PublicFundSpendingModel[];
}
