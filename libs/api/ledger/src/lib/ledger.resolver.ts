import { Args, Context, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Allow, CurrentUser, IdArg, mapPage, OptionalIdArg, PageArgs, requestLoader } from '@abate/api/core';
import type { AuthUser, GqlContext } from '@abate/api/core';
import { FundingRoundModel, RoundsService } from '@abate/api/rounds';
import { CROSSWALKS, crosswalk, RULE_SETS, STRATEGY_TAXONOMIES } from '@abate/shared/strategies';
import { BadUserInputException, NotFoundException } from '@abate/api/core';
import { Cents } from '@abate/api/core';
import { LEDGER_POLICY } from './ledger.policy';
import { LedgerService } from './ledger.service';
import {
  CreateSettlementFundInput,
  ExpenditureInput,
  FundReportKind,
  InterestInput,
  LedgerEntriesArgs,
  ReceiptInput,
  RoundStrategyInput,
  SpendingAuthorizationInput,
} from './dto/ledger.input';
import {
  FundBalancesModel,
  FundedRoundModel,
  FundReportModel,
  LedgerEntryConnection,
  LedgerEntryModel,
  PublicSpendingModel,
  RoundFundingModel,
  RuleSetModel,
  SettlementFundConnection,
  SettlementFundModel,
  SettlementModel,
  SpendingAuthorizationModel,
  StrategyCrosswalkModel,
  StrategyTaxonomyModel,
} from './models/ledger.model';
import { SettlementEntity } from './entities/settlement.entity';
import { DataSource } from 'typeorm';
import { OrganizationsService } from '@abate/api/organizations';
import { ruleSet as findRuleSet } from '@abate/shared/strategies';

@Resolver(() => SettlementFundModel)
export class LedgerResolver {
  constructor(
    private readonly ledger: LedgerService,
    private readonly rounds: RoundsService,
    private readonly dataSource: DataSource,
    private readonly organizations: OrganizationsService,
  ) {}

  @Allow(LEDGER_POLICY.strategyTaxonomies)
  @Query(() => [StrategyTaxonomyModel], {
    description: 'The strategy lists money is tagged to: Exhibit E Schedules A and B, NC MOA Exhibit A.',
  })
  strategyTaxonomies(): StrategyTaxonomyModel[] {
    return STRATEGY_TAXONOMIES.map(StrategyTaxonomyModel.from);
  }

  @Allow(LEDGER_POLICY.strategyCrosswalk)
  @Query(() => StrategyCrosswalkModel, {
    description: 'How a state list maps onto a national one (e.g. from nc-moa-exhibit-a to exhibit-e-schedule-b).',
  })
  strategyCrosswalk(@Args('from') from: string, @Args('to') to: string): StrategyCrosswalkModel {
    const found = crosswalk(from, to);
    if (!found)
      throw new NotFoundException(
        `Crosswalk (${CROSSWALKS.map((c) => `${c.from} -> ${c.to}`).join(', ')} exist)`,
        'from',
      );
    return StrategyCrosswalkModel.from(found);
  }

  @Allow(LEDGER_POLICY.ruleSets)
  @Query(() => [RuleSetModel])
  ruleSets(): RuleSetModel[] {
    return RULE_SETS.map(RuleSetModel.from);
  }

  @Allow(LEDGER_POLICY.settlements)
  @Query(() => [SettlementModel])
  async settlements(): Promise<SettlementModel[]> {
    return (await this.dataSource.getRepository(SettlementEntity).find({ order: { title: 'ASC' } })).map((s) =>
      Object.assign(new SettlementModel(), s),
    );
  }

  @Allow(LEDGER_POLICY.settlementFunds)
  @Query(() => SettlementFundConnection)
  async settlementFunds(@Args() args: PageArgs): Promise<SettlementFundConnection> {
    return mapPage(await this.ledger.listFunds(args), SettlementFundModel.from);
  }

  @Allow(LEDGER_POLICY.settlementFund)
  @Query(() => SettlementFundModel)
  async settlementFund(@IdArg('id') id: string): Promise<SettlementFundModel> {
    return SettlementFundModel.from(await this.ledger.getFund(id));
  }

  @Allow(LEDGER_POLICY.createSettlementFund)
  @Mutation(() => SettlementFundModel)
  async createSettlementFund(
    @Args('input') input: CreateSettlementFundInput,
    @CurrentUser() actor: AuthUser,
  ): Promise<SettlementFundModel> {
    return SettlementFundModel.from(await this.ledger.createFund(input, actor));
  }

  @Allow(LEDGER_POLICY.recordReceipt)
  @Mutation(() => LedgerEntryModel)
  async recordReceipt(
    @IdArg('fundId') fundId: string,
    @Args('input') input: ReceiptInput,
    @CurrentUser() actor: AuthUser,
  ): Promise<LedgerEntryModel> {
    return LedgerEntryModel.from(await this.ledger.recordReceipt(fundId, input, actor));
  }

  @Allow(LEDGER_POLICY.recordInterest)
  @Mutation(() => LedgerEntryModel)
  async recordInterest(
    @IdArg('fundId') fundId: string,
    @Args('input') input: InterestInput,
    @CurrentUser() actor: AuthUser,
  ): Promise<LedgerEntryModel> {
    return LedgerEntryModel.from(await this.ledger.recordInterest(fundId, input, actor));
  }

  @Allow(LEDGER_POLICY.authorizeSpending)
  @Mutation(() => SpendingAuthorizationModel)
  async authorizeSpending(
    @IdArg('fundId') fundId: string,
    @Args('input') input: SpendingAuthorizationInput,
    @CurrentUser() actor: AuthUser,
  ): Promise<SpendingAuthorizationModel> {
    return SpendingAuthorizationModel.from(await this.ledger.authorize(fundId, input, actor));
  }

  @Allow(LEDGER_POLICY.allocateToRound)
  @Mutation(() => FundingRoundModel, {
    description:
      'Sets part of an authorization line aside for a round; the round then names the line’s fund and strategy.',
  })
  async allocateToRound(
    @IdArg('roundId') roundId: string,
    @IdArg('authorizationLineId') authorizationLineId: string,
    @Args('amountCents', { type: () => Cents }) amountCents: bigint,
    @CurrentUser() actor: AuthUser,
  ): Promise<FundingRoundModel> {
    return FundingRoundModel.from(
      await this.ledger.allocateToRound(roundId, authorizationLineId, amountCents, actor),
      this.rounds.now(),
    );
  }

  @Allow(LEDGER_POLICY.setRoundFunding)
  @Mutation(() => FundingRoundModel, {
    description: 'Names the fund that pays a round and the strategy codes it funds (the round form).',
  })
  async setRoundFunding(
    @IdArg('roundId') roundId: string,
    @IdArg('fundId') fundId: string,
    @Args('strategies') strategies: RoundStrategyInput,
  ): Promise<FundingRoundModel> {
    return FundingRoundModel.from(await this.ledger.setRoundFunding(roundId, fundId, strategies), this.rounds.now());
  }

  @Allow(LEDGER_POLICY.recordExpenditure)
  @Mutation(() => LedgerEntryModel, {
    description: 'BAD_USER_INPUT names the split when the splits do not add up to amountCents.',
  })
  async recordExpenditure(
    @IdArg('fundId') fundId: string,
    @Args('input') input: ExpenditureInput,
    @CurrentUser() actor: AuthUser,
  ): Promise<LedgerEntryModel> {
    return LedgerEntryModel.from(await this.ledger.recordExpenditure(fundId, input, actor));
  }

  @Allow(LEDGER_POLICY.reverseLedgerEntry)
  @Mutation(() => LedgerEntryModel, {
    description:
      'Posts the reversing entry (same kind, amount negated). A reversal cannot itself be reversed, and an entry is reversed once.',
  })
  async reverseLedgerEntry(
    @IdArg('entryId') entryId: string,
    @Args('reason') reason: string,
    @CurrentUser() actor: AuthUser,
  ): Promise<LedgerEntryModel> {
    return LedgerEntryModel.from(await this.ledger.reverse(entryId, reason, actor));
  }

  @Allow(LEDGER_POLICY.fundReport)
  @Query(() => FundReportModel, {
    description:
      'A report computed from the entries, with its pass/fail checks. Downloads: GET /exports/funds/:id/reports/:kind/:fiscalYear.(csv|xlsx).',
  })
  async fundReport(
    @IdArg('fundId') fundId: string,
    @Args('kind', { type: () => FundReportKind }) kind: FundReportKind,
    @Args('fiscalYear', { type: () => Int }) fiscalYear: number,
  ): Promise<FundReportModel> {
    return FundReportModel.from(await this.ledger.report(fundId, kind, fiscalYear));
  }

  @Allow(LEDGER_POLICY.publicSpending)
  @Query(() => PublicSpendingModel, {
    description:
      'Anonymous: received, interest, authorized, committed and spent by strategy per fiscal year; non-remediation apart. No payees.',
  })
  async publicSpending(@OptionalIdArg('fundId') fundId?: string | null): Promise<PublicSpendingModel> {
    return { funds: await this.ledger.publicSpending(fundId ?? undefined) };
  }

  @ResolveField(() => RuleSetModel)
  ruleSet(@Parent() fund: SettlementFundModel): RuleSetModel {
    const found = findRuleSet(fund.ruleSetKey);
    if (!found) throw new BadUserInputException('ruleSetKey', `Unknown rule set ${fund.ruleSetKey}`);
    return RuleSetModel.from(found);
  }

  @ResolveField(() => FundBalancesModel, { description: 'Sums over the entries, computed on each request.' })
  async balances(@Parent() fund: SettlementFundModel, @Context() context: GqlContext): Promise<FundBalancesModel> {
    const loader = requestLoader(context, 'fund-balances', async (ids: readonly string[]) => {
      const found = await this.ledger.balancesMany(ids);
      return ids.map((id) => found.get(id)!);
    });
    return FundBalancesModel.from(await loader.load(fund.id));
  }

  @ResolveField(() => LedgerEntryConnection, {
    description: 'Newest first; filter by kind, classification, dates and strategy code.',
  })
  async entries(@Parent() fund: SettlementFundModel, @Args() args: LedgerEntriesArgs): Promise<LedgerEntryConnection> {
    const { page, reversed } = await this.ledger.entriesPage(fund.id, args, fund.ledgerRevision);
    return mapPage(page, (e) => LedgerEntryModel.from(e, reversed.get(e.id) ?? null));
  }

  @ResolveField(() => [SpendingAuthorizationModel])
  async authorizations(@Parent() fund: SettlementFundModel): Promise<SpendingAuthorizationModel[]> {
    const { rows, allocated } = await this.ledger.authorizations(fund.id);
    return rows.map((a) => SpendingAuthorizationModel.from(a, allocated));
  }

  @ResolveField(() => [FundedRoundModel], {
    description: 'The funding rounds the fund pays, drafts included (a draft is allocated before it is published).',
  })
  async fundedRounds(@Parent() fund: SettlementFundModel): Promise<FundedRoundModel[]> {
    return (await this.ledger.roundFacts(fund.id)).map((r) =>
      Object.assign(new FundedRoundModel(), { ...r, strategyCodes: [...r.strategyCodes] }),
    );
  }

  @ResolveField(() => String)
  async organizationName(@Parent() fund: SettlementFundModel, @Context() context: GqlContext): Promise<string> {
    const loader = requestLoader(context, 'fund-organization-name', async (ids: readonly string[]) => {
      const found = await this.organizations.byIds(ids);
      return ids.map((id) => found.get(id)?.name ?? '');
    });
    return loader.load(fund.organizationId);
  }
}

/** The round's fund, strategies and allocations, on FundingRound (owned here, not by rounds). */
@Resolver(() => FundingRoundModel)
export class RoundFundingResolver {
  constructor(private readonly ledger: LedgerService) {}

  @ResolveField(() => RoundFundingModel, {
    nullable: true,
    description: 'The settlement fund that pays this round and the strategies it funds; null when none.',
  })
  async funding(@Parent() round: FundingRoundModel, @Context() context: GqlContext): Promise<RoundFundingModel | null> {
    const loader = requestLoader(context, 'round-funding', async (ids: readonly string[]) => {
      const found = await this.ledger.roundFunding(ids);
      return ids.map((id) => found.get(id) ?? null);
    });
    const found = await loader.load(round.id);
    if (!found) return null;
    return Object.assign(new RoundFundingModel(), {
      fundId: found.funding.fundId,
      fundName: found.fundName,
      taxonomyKey: found.funding.taxonomyKey,
      strategyCodes: found.funding.strategyCodes,
      allocatedCents: found.allocations.reduce((s, a) => s + a.amountCents, 0n),
      allocations: found.allocations.map((a) => ({
        id: a.id,
        authorizationLineId: a.authorizationLineId,
        amountCents: a.amountCents,
        createdAt: a.createdAt,
      })),
    });
  }
}
