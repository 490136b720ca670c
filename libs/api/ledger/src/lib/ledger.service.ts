import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import {
  AuditWriter,
  AuthUser,
  BadUserInputException,
  Clock,
  FingerprintCache,
  InvalidStateException,
  isUuid,
  NotFoundException,
  Page,
  paginate,
  Transactions,
} from '@abate/api/core';
import { OrganizationsService } from '@abate/api/organizations';
import { RoundsService } from '@abate/api/rounds';
import type { FundingRoundEntity } from '@abate/api/rounds';
import { formatCents, splitCents, sumCents } from '@abate/shared/money';
import {
  balances,
  EntryFact,
  EntryKind,
  fiscalYearRange,
  fundReport,
  FundBalances,
  FundReportData,
  isTaggable,
  ReportKind,
  RoundFact,
  RuleSet,
  ruleSet as findRuleSet,
  RULE_SETS,
  STRATEGY_TAXONOMIES,
  strategyCode as findStrategyCode,
  strategyLabel,
  taxonomy as findTaxonomy,
} from '@abate/shared/strategies';
import { SettlementFundEntity } from './entities/settlement-fund.entity';
import { mayOpenFundFor } from './ledger.policy';
import { SettlementEntity } from './entities/settlement.entity';
import { LedgerEntryEntity, LedgerEntrySplitEntity } from './entities/ledger-entry.entity';
import { SpendingAuthorizationEntity, SpendingAuthorizationLineEntity } from './entities/spending-authorization.entity';
import { RoundAllocationEntity, RoundFundingEntity } from './entities/round-funding.entity';
import {
  CreateSettlementFundInput,
  ExpenditureInput,
  InterestInput,
  isCalendarDate,
  LedgerEntriesArgs,
  ReceiptInput,
  RoundStrategyInput,
  SpendingAuthorizationInput,
} from './dto/ledger.input';
import { fitsLimit, SHORT_TEXT_MAX_CHARS, tooLongMessage } from '@abate/shared/limits';

export interface GrantPaymentInput {
  roundId: string;
  awardId: string;
  paymentRequestId: string;
  /** LocalDate */
  paidOn: string;
  payee: string;
  description: string;
  amountCents: bigint;
  actorId: string;
}

export interface AwardEncumbranceInput {
  roundId: string;
  awardId: string;
  amountCents: bigint;
  /** LocalDate the award was released; today when omitted. */
  on?: string;
  actorId: string | null;
}

/** bigint-safe copy of a row for the audit trail (jsonb has no bigint). */
const auditable = (value: object): object =>
  JSON.parse(JSON.stringify(value, (_k, v) => (typeof v === 'bigint' ? v.toString() : v)));

function checkDate(field: string, value: string): void {
  if (!isCalendarDate(value)) throw new BadUserInputException(field, `${value} is not a calendar date`);
}

/** A round linked to a fund cannot be published while its budget exceeds what is allocated to it. */
export async function assertRoundPublishable(manager: EntityManager, round: FundingRoundEntity): Promise<void> {
  const [funding] = await manager.query(
    `SELECT f.fund_id, fund.name FROM round_fundings f JOIN settlement_funds fund ON fund.id = f.fund_id WHERE f.round_id = $1`,
    [round.id],
  );
  if (!funding) return;
  const [{ allocated }] = await manager.query(
    `SELECT coalesce(sum(amount_cents), 0)::text AS allocated FROM round_allocations WHERE round_id = $1`,
    [round.id],
  );
  const budget = BigInt(round.budgetCents);
  if (budget > BigInt(allocated)) {
    throw new InvalidStateException(
      `The round’s budget ${formatCents(budget)} exceeds the ${formatCents(BigInt(allocated))} allocated to it from ${funding.name}; allocate the rest before publishing`,
    );
  }
}

/** Results kept per API process by fund and ledger revision (reports, sums, counts; each a few KB at most). */
const KEPT = 200;

@Injectable()
export class LedgerService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly transactions: Transactions,
    private readonly audit: AuditWriter,
    private readonly clock: Clock,
    private readonly rounds: RoundsService,
    private readonly organizations: OrganizationsService,
  ) {}

  today(): string {
    return this.clock.now().toISOString().slice(0, 10);
  }

  ruleSetOf(fund: SettlementFundEntity): RuleSet {
    return findRuleSet(fund.ruleSetKey) ?? RULE_SETS[RULE_SETS.length - 1];
  }

  // ---- funds -----------------------------------------------------------------------------

  async createFund(input: CreateSettlementFundInput, actor: AuthUser): Promise<SettlementFundEntity> {
    if (!findRuleSet(input.ruleSetKey))
      throw new BadUserInputException(
        'input.ruleSetKey',
        `${input.ruleSetKey} is not a rule set (${RULE_SETS.map((r) => r.key).join(', ')})`,
      );
    if (!isUuid(input.organizationId))
      throw new BadUserInputException('input.organizationId', 'organizationId is not an id');
    checkDate('input.openedOn', input.openedOn);
    const exists = await this.organizations.byIds([input.organizationId]);
    if (
      !exists.has(input.organizationId) ||
      !mayOpenFundFor(actor, await this.organizations.organizationIdsOfUser(actor.id), input.organizationId)
    ) {
      throw new BadUserInputException('input.organizationId', 'Open a fund for an organization you belong to');
    }
    return this.transactions.run(async (manager) => {
      const fund = await manager.save(
        manager.create(SettlementFundEntity, {
          name: input.name,
          ruleSetKey: input.ruleSetKey,
          organizationId: input.organizationId,
          openedOn: input.openedOn,
        }),
      );
      if (input.openingBalanceCents > 0n) {
        await this.insertEntry(
          manager,
          {
            fundId: fund.id,
            kind: 'OPENING',
            amountCents: input.openingBalanceCents,
            occurredOn: input.openedOn,
            description: 'Opening balance',
            createdBy: actor.id,
          },
          [],
        );
      }
      await this.audit.record(manager, {
        action: 'fund.create',
        entityType: 'SettlementFund',
        entityId: fund.id,
        after: auditable({ ...fund, openingBalanceCents: input.openingBalanceCents }),
      });
      return fund;
    });
  }

  async listFunds(args: { first: number; after?: string }): Promise<Page<SettlementFundEntity>> {
    return paginate(this.dataSource.getRepository(SettlementFundEntity).createQueryBuilder('fund'), args, {
      column: 'fund.name',
      value: (f) => f.name,
    });
  }

  async getFund(
    id: string,
    field = 'id',
    manager: EntityManager = this.dataSource.manager,
  ): Promise<SettlementFundEntity> {
    const fund = isUuid(id) ? await manager.findOne(SettlementFundEntity, { where: { id } }) : null;
    if (!fund) throw new NotFoundException('Settlement fund', field);
    return fund;
  }

  private async lockFund(manager: EntityManager, id: string, field = 'fundId'): Promise<SettlementFundEntity> {
    const fund = isUuid(id)
      ? await manager
          .getRepository(SettlementFundEntity)
          .createQueryBuilder('f')
          .setLock('pessimistic_write')
          .where('f.id = :id', { id })
          .getOne()
      : null;
    if (!fund) throw new NotFoundException('Settlement fund', field);
    return fund;
  }

  /**
   * The fund's balances. Outside a transaction the sums over its entries (50,000 rows in a
   * state's fund) are kept per ledger revision, read with the two small sums in one statement;
   * inside one (`manager`, a posting's cash check) they are summed afresh, so the transaction's
   * own rows count and nothing it has not committed is kept.
   */
  async balances(fundId: string, manager?: EntityManager): Promise<FundBalances> {
    const [fund]: Array<{ revision: string; authorized: string; allocated: string }> = await (
      manager ?? this.dataSource
    ).query(
      `SELECT f.ledger_revision::text AS revision,
              (SELECT coalesce(sum(l.amount_cents), 0) FROM spending_authorization_lines l WHERE l.fund_id = f.id)::text AS authorized,
              (SELECT coalesce(sum(a.amount_cents), 0) FROM round_allocations a WHERE a.fund_id = f.id)::text AS allocated
         FROM settlement_funds f WHERE f.id = $1`,
      [fundId],
    );
    if (!fund) return balances([], [], []);
    const sumByKind = (): Promise<Array<{ kind: EntryKind; total: string }>> =>
      (manager ?? this.dataSource).query(
        `SELECT kind, sum(amount_cents)::text AS total FROM ledger_entries WHERE fund_id = $1 GROUP BY kind`,
        [fundId],
      );
    const sums = manager ? await sumByKind() : await this.keep(`sums:${fundId}`, fund.revision, sumByKind);
    // The pure function sums per-kind subtotals the same way it sums entries.
    const facts: EntryFact[] = sums.map((s, i) => ({
      id: String(i),
      kind: s.kind,
      amountCents: BigInt(s.total),
      on: '0000-01-01',
      splits: [],
    }));
    return balances(facts, [{ amountCents: BigInt(fund.authorized) }], [{ amountCents: BigInt(fund.allocated) }]);
  }

  /**
   * Results kept per fund with the ledger revision as their fingerprint (reports, sums by kind,
   * entry counts and pages), at most KEPT per process (core's `FingerprintCache`: one build shared
   * by concurrent readers, a failed build dropped, least recently used first out). _Why this is
   * safe:_ entries and splits are insert-only and every insert raises the fund's `ledger_revision`
   * in the posting's transaction, so a committed revision names one ledger state. Only reads
   * outside a transaction are kept (a transaction's own uncommitted revision could be rolled back
   * and reached again by other rows).
   */
  private readonly kept = new FingerprintCache<unknown>(KEPT);

  private keep<T>(key: string, revision: string, build: () => Promise<T>): Promise<T> {
    return this.kept.get(key, revision, build) as Promise<T>;
  }

  async balancesMany(fundIds: readonly string[]): Promise<Map<string, FundBalances>> {
    return new Map(await Promise.all(fundIds.map(async (id) => [id, await this.balances(id)] as const)));
  }

  // ---- entries -----------------------------------------------------------------------------

  /**
   * A page of the fund's entries. With `revision` (the fund's ledger revision as read with it)
   * the count for these filters is kept per revision instead of counted on every page.
   */
  async entries(fundId: string, args: LedgerEntriesArgs, revision?: string): Promise<Page<LedgerEntryEntity>> {
    if (args.from && args.to && args.to < args.from)
      throw new BadUserInputException('to', `to (${args.to}) must not be before from (${args.from})`);
    if (args.strategyCode != null && !STRATEGY_TAXONOMIES.some((t) => findStrategyCode(t.key, args.strategyCode!)))
      throw new BadUserInputException('strategyCode', `${args.strategyCode} is not a code of any strategy list`);
    const q = this.dataSource
      .getRepository(LedgerEntryEntity)
      .createQueryBuilder('e')
      .where('e.fund_id = :fundId', { fundId });
    if (args.kind) q.andWhere('e.kind = :kind', { kind: args.kind });
    if (args.classification) q.andWhere('e.classification = :classification', { classification: args.classification });
    if (args.from) q.andWhere('e.occurred_on >= :from', { from: args.from });
    if (args.to) q.andWhere('e.occurred_on <= :to', { to: args.to });
    if (args.strategyCode)
      q.andWhere('EXISTS (SELECT 1 FROM ledger_entry_splits s WHERE s.entry_id = e.id AND s.strategy_code = :code)', {
        code: args.strategyCode,
      });
    const count = () => q.clone().getCount();
    const totalCount =
      revision === undefined
        ? await count()
        : await this.keep(
            `count:${fundId}:${JSON.stringify([args.kind, args.classification, args.from, args.to, args.strategyCode])}`,
            revision,
            count,
          );
    // Newest first: keyset on (occurred_on, created_at, id) descending.
    if (args.after) {
      let cursor: [string, string, string];
      try {
        cursor = JSON.parse(Buffer.from(args.after, 'base64url').toString('utf8'));
        if (
          !Array.isArray(cursor) ||
          cursor.length !== 3 ||
          !isCalendarDate(cursor[0]) ||
          Number.isNaN(Date.parse(cursor[1])) ||
          !isUuid(cursor[2])
        )
          throw new Error();
      } catch {
        throw new BadUserInputException('after', 'after is not a cursor this list returned');
      }
      q.andWhere('(e.occurred_on, e.created_at, e.id) < (:on, :at, :id)', {
        on: cursor[0],
        at: cursor[1],
        id: cursor[2],
      });
    }
    const rows = await q
      .orderBy('e.occurred_on', 'DESC')
      .addOrderBy('e.created_at', 'DESC')
      .addOrderBy('e.id', 'DESC')
      .take(args.first + 1)
      .getMany();
    const nodes = rows.slice(0, args.first);
    if (nodes.length) {
      const splits = await this.dataSource
        .getRepository(LedgerEntrySplitEntity)
        .createQueryBuilder('s')
        .where('s.entry_id IN (:...ids)', { ids: nodes.map((n) => n.id) })
        .getMany();
      for (const n of nodes) n.splits = splits.filter((s) => s.entryId === n.id);
    }
    const last = nodes.at(-1);
    return {
      nodes,
      totalCount,
      pageInfo: {
        hasNextPage: rows.length > args.first,
        endCursor: last
          ? Buffer.from(JSON.stringify([last.occurredOn, last.createdAt.toISOString(), last.id])).toString('base64url')
          : null,
      },
    };
  }

  /**
   * A page of entries and which later entries reverse them (entry id -> reversing entry id).
   * With `revision` the whole page is kept per ledger revision: a page's rows, their splits and
   * their reversals only change with a posting, which raises the revision.
   */
  async entriesPage(
    fundId: string,
    args: LedgerEntriesArgs,
    revision?: string,
  ): Promise<{ page: Page<LedgerEntryEntity>; reversed: Map<string, string> }> {
    const build = async () => {
      const page = await this.entries(fundId, args, revision);
      return { page, reversed: await this.reversalsOf(page.nodes.map((n) => n.id)) };
    };
    if (revision === undefined) return build();
    const { first, after, kind, classification, from, to, strategyCode } = args;
    return this.keep(
      `entries:${fundId}:${JSON.stringify([first, after, kind, classification, from, to, strategyCode])}`,
      revision,
      build,
    );
  }

  /** Which entries reverse the given ones: entry id -> reversing entry id. */
  async reversalsOf(ids: readonly string[]): Promise<Map<string, string>> {
    if (!ids.length) return new Map();
    const rows: Array<{ id: string; reverses_entry_id: string }> = await this.dataSource.query(
      `SELECT id, reverses_entry_id FROM ledger_entries WHERE reverses_entry_id = ANY($1::uuid[])`,
      [ids],
    );
    return new Map(rows.map((r) => [r.reverses_entry_id, r.id]));
  }

  private async insertEntry(
    manager: EntityManager,
    values: Partial<LedgerEntryEntity> & Pick<LedgerEntryEntity, 'fundId' | 'kind' | 'amountCents' | 'occurredOn'>,
    splits: Array<{ taxonomyKey: string; strategyCode: string; amountCents: bigint }>,
  ): Promise<LedgerEntryEntity> {
    const entry = await manager.save(manager.create(LedgerEntryEntity, values));
    if (splits.length) {
      await manager.insert(
        LedgerEntrySplitEntity,
        splits.map((s, position) => ({
          entryId: entry.id,
          position,
          taxonomyKey: s.taxonomyKey,
          strategyCode: s.strategyCode,
          amountCents: s.amountCents,
        })),
      );
    }
    entry.splits = splits.map((s, position) =>
      Object.assign(new LedgerEntrySplitEntity(), { entryId: entry.id, position, ...s }),
    );
    return entry;
  }

  async recordReceipt(fundId: string, input: ReceiptInput, actor: AuthUser): Promise<LedgerEntryEntity> {
    checkDate('input.receivedOn', input.receivedOn);
    if (!(await this.dataSource.manager.findOne(SettlementEntity, { where: { key: input.settlementKey } }))) {
      throw new BadUserInputException(
        'input.settlementKey',
        `${input.settlementKey} is not a settlement (see settlements)`,
      );
    }
    return this.transactions.run(async (manager) => {
      const fund = await this.lockFund(manager, fundId);
      if (input.receivedOn < fund.openedOn)
        throw new BadUserInputException(
          'input.receivedOn',
          `The fund was opened on ${fund.openedOn}; a receipt cannot be dated before it`,
        );
      const entry = await this.insertEntry(
        manager,
        {
          fundId,
          kind: 'RECEIPT',
          amountCents: input.amountCents,
          occurredOn: input.receivedOn,
          settlementKey: input.settlementKey,
          paymentYear: input.paymentYear,
          payer: input.payer,
          reference: input.reference ?? null,
          createdBy: actor.id,
        },
        [],
      );
      await this.audit.record(manager, {
        action: 'ledger.receipt',
        entityType: 'LedgerEntry',
        entityId: entry.id,
        after: auditable(entry),
      });
      return entry;
    });
  }

  async recordInterest(fundId: string, input: InterestInput, actor: AuthUser): Promise<LedgerEntryEntity> {
    checkDate('input.periodStart', input.periodStart);
    checkDate('input.periodEnd', input.periodEnd);
    if (input.periodEnd < input.periodStart)
      throw new BadUserInputException('input.periodEnd', 'periodEnd must not be before periodStart');
    return this.transactions.run(async (manager) => {
      const fund = await this.lockFund(manager, fundId);
      if (input.periodEnd < fund.openedOn)
        throw new BadUserInputException(
          'input.periodEnd',
          `The fund was opened on ${fund.openedOn}; interest cannot be earned before it`,
        );
      const entry = await this.insertEntry(
        manager,
        {
          fundId,
          kind: 'INTEREST',
          amountCents: input.amountCents,
          occurredOn: input.periodEnd,
          periodStart: input.periodStart,
          periodEnd: input.periodEnd,
          description: `Interest ${input.periodStart} to ${input.periodEnd}`,
          createdBy: actor.id,
        },
        [],
      );
      await this.audit.record(manager, {
        action: 'ledger.interest',
        entityType: 'LedgerEntry',
        entityId: entry.id,
        after: auditable(entry),
      });
      return entry;
    });
  }

  private checkCode(field: string, taxonomyKey: string, code: string): void {
    if (!findTaxonomy(taxonomyKey))
      throw new BadUserInputException(
        `${field}.taxonomyKey`,
        `${taxonomyKey} is not a strategy list (see strategyTaxonomies)`,
      );
    if (!findStrategyCode(taxonomyKey, code))
      throw new BadUserInputException(`${field}.strategyCode`, `${code} is not a code of ${taxonomyKey}`);
    if (!isTaggable(taxonomyKey, code))
      throw new BadUserInputException(
        `${field}.strategyCode`,
        `${code} is a heading; tag money to one of its categories`,
      );
  }

  // ---- authorizations ---------------------------------------------------------------------------

  async authorize(
    fundId: string,
    input: SpendingAuthorizationInput,
    actor: AuthUser,
  ): Promise<SpendingAuthorizationEntity> {
    checkDate('input.adoptedOn', input.adoptedOn);
    input.lines.forEach((line, i) => {
      const field = `input.lines.${i}`;
      this.checkCode(field, line.taxonomyKey, line.strategyCode);
      checkDate(`${field}.startsOn`, line.startsOn);
      checkDate(`${field}.endsOn`, line.endsOn);
      if (line.endsOn < line.startsOn)
        throw new BadUserInputException(`${field}.endsOn`, `Line ${i + 1} ends before it starts`);
      // A resolution names a strategy once per period: a second line for the same code and days is a slip.
      const same = input.lines.findIndex(
        (o, j) =>
          j < i &&
          o.taxonomyKey === line.taxonomyKey &&
          o.strategyCode === line.strategyCode &&
          o.startsOn <= line.endsOn &&
          line.startsOn <= o.endsOn,
      );
      if (same >= 0)
        throw new BadUserInputException(
          `${field}.strategyCode`,
          `Line ${i + 1} repeats strategy ${line.strategyCode} of line ${same + 1} for overlapping dates; put the amount on one line`,
        );
    });
    return this.transactions.run(async (manager) => {
      await this.lockFund(manager, fundId);
      const authorization = await manager.save(
        manager.create(SpendingAuthorizationEntity, {
          fundId,
          authority: input.authority,
          adoptedOn: input.adoptedOn,
          createdBy: actor.id,
        }),
      );
      authorization.lines = await manager.save(
        input.lines.map((line, position) =>
          manager.create(SpendingAuthorizationLineEntity, {
            authorizationId: authorization.id,
            fundId,
            position,
            ...line,
          }),
        ),
      );
      await this.audit.record(manager, {
        action: 'ledger.authorize',
        entityType: 'SpendingAuthorization',
        entityId: authorization.id,
        after: auditable({ ...authorization }),
      });
      return authorization;
    });
  }

  async authorizations(
    fundId: string,
  ): Promise<{ rows: SpendingAuthorizationEntity[]; allocated: Map<string, bigint> }> {
    const rows = await this.dataSource
      .getRepository(SpendingAuthorizationEntity)
      .find({ where: { fundId }, relations: { lines: true }, order: { adoptedOn: 'DESC', createdAt: 'DESC' } });
    const sums: Array<{ line: string; total: string }> = await this.dataSource.query(
      `SELECT authorization_line_id AS line, sum(amount_cents)::text AS total FROM round_allocations WHERE fund_id = $1 GROUP BY authorization_line_id`,
      [fundId],
    );
    return { rows, allocated: new Map(sums.map((s) => [s.line, BigInt(s.total)])) };
  }

  // ---- rounds ---------------------------------------------------------------------------

  async setRoundFunding(roundId: string, fundId: string, strategies: RoundStrategyInput): Promise<FundingRoundEntity> {
    for (const code of strategies.strategyCodes) {
      if (!findTaxonomy(strategies.taxonomyKey))
        throw new BadUserInputException(
          'strategies.taxonomyKey',
          `${strategies.taxonomyKey} is not a strategy list (see strategyTaxonomies)`,
        );
      if (!isTaggable(strategies.taxonomyKey, code))
        throw new BadUserInputException(
          'strategies.strategyCodes',
          `${code} is not a code money can be tagged to on ${strategies.taxonomyKey}`,
        );
    }
    if (new Set(strategies.strategyCodes).size !== strategies.strategyCodes.length)
      throw new BadUserInputException('strategies.strategyCodes', 'Each strategy code once');
    const round = await this.rounds.get(roundId, null, { includeDrafts: true }).catch(() => {
      throw new NotFoundException('Funding round', 'roundId');
    });
    return this.transactions.run(async (manager) => {
      await this.lockFund(manager, fundId);
      const existing = await manager
        .getRepository(RoundFundingEntity)
        .createQueryBuilder('f')
        .setLock('pessimistic_write')
        .where('f.round_id = :roundId', { roundId })
        .getOne();
      const allocations = await manager.find(RoundAllocationEntity, {
        where: { roundId },
        relations: { authorizationLine: true },
      });
      if (allocations.some((a) => a.fundId !== fundId))
        throw new InvalidStateException('Money from another fund is already allocated to this round');
      const allocatedCodes = new Set(
        allocations.map((a) => `${a.authorizationLine!.taxonomyKey}:${a.authorizationLine!.strategyCode}`),
      );
      const kept = new Set(strategies.strategyCodes.map((c) => `${strategies.taxonomyKey}:${c}`));
      const dropped = [...allocatedCodes].find((c) => !kept.has(c));
      if (dropped)
        throw new BadUserInputException(
          'strategies.strategyCodes',
          `Money is allocated to this round for ${dropped.replace(':', ' ')}; keep that code`,
        );
      const before = existing ? { ...existing } : null;
      const saved = await manager.save(
        Object.assign(existing ?? manager.create(RoundFundingEntity, { roundId }), {
          fundId,
          taxonomyKey: strategies.taxonomyKey,
          strategyCodes: strategies.strategyCodes,
        }),
      );
      await this.audit.record(manager, {
        action: 'round.funding',
        entityType: 'FundingRound',
        entityId: roundId,
        before,
        after: { ...saved },
      });
      return round;
    });
  }

  /** Whether the round draws on a settlement fund, read in the caller's transaction. */
  async isRoundFunded(manager: EntityManager, roundId: string): Promise<boolean> {
    return (await manager.count(RoundFundingEntity, { where: { roundId } })) > 0;
  }

  async roundFunding(
    roundIds: readonly string[],
  ): Promise<Map<string, { funding: RoundFundingEntity; fundName: string; allocations: RoundAllocationEntity[] }>> {
    if (!roundIds.length) return new Map();
    const fundings = await this.dataSource
      .getRepository(RoundFundingEntity)
      .createQueryBuilder('f')
      .leftJoinAndSelect('f.fund', 'fund')
      .where('f.round_id IN (:...ids)', { ids: [...new Set(roundIds)] })
      .getMany();
    const allocations = fundings.length
      ? await this.dataSource
          .getRepository(RoundAllocationEntity)
          .createQueryBuilder('a')
          .where('a.round_id IN (:...ids)', { ids: fundings.map((f) => f.roundId) })
          .orderBy('a.created_at')
          .getMany()
      : [];
    return new Map(
      fundings.map((f) => [
        f.roundId,
        { funding: f, fundName: f.fund?.name ?? '', allocations: allocations.filter((a) => a.roundId === f.roundId) },
      ]),
    );
  }

  async allocateToRound(
    roundId: string,
    authorizationLineId: string,
    amountCents: bigint,
    actor: AuthUser,
  ): Promise<FundingRoundEntity> {
    if (amountCents <= 0n) throw new BadUserInputException('amountCents', 'amountCents must be more than zero');
    if (!isUuid(authorizationLineId)) throw new NotFoundException('Authorization line', 'authorizationLineId');
    const round = await this.rounds.get(roundId, null, { includeDrafts: true }).catch(() => {
      throw new NotFoundException('Funding round', 'roundId');
    });
    const line = await this.dataSource.manager.findOne(SpendingAuthorizationLineEntity, {
      where: { id: authorizationLineId },
    });
    if (!line) throw new NotFoundException('Authorization line', 'authorizationLineId');
    return this.transactions.run(async (manager) => {
      await this.lockFund(manager, line.fundId, 'authorizationLineId');
      const [{ used }] = await manager.query(
        `SELECT coalesce(sum(amount_cents), 0)::text AS used FROM round_allocations WHERE authorization_line_id = $1`,
        [line.id],
      );
      const left = line.amountCents - BigInt(used);
      if (amountCents > left)
        throw new BadUserInputException(
          'amountCents',
          `Only ${formatCents(left)} of this authorization line is left to allocate`,
        );
      const funding = await manager
        .getRepository(RoundFundingEntity)
        .createQueryBuilder('f')
        .setLock('pessimistic_write')
        .where('f.round_id = :roundId', { roundId })
        .getOne();
      if (funding && funding.fundId !== line.fundId)
        throw new BadUserInputException('authorizationLineId', 'This round is paid from another fund');
      if (funding && funding.taxonomyKey !== line.taxonomyKey)
        throw new BadUserInputException(
          'authorizationLineId',
          `This round’s strategies are on ${funding.taxonomyKey}, the line on ${line.taxonomyKey}`,
        );
      if (!funding) {
        await manager.save(
          manager.create(RoundFundingEntity, {
            roundId,
            fundId: line.fundId,
            taxonomyKey: line.taxonomyKey,
            strategyCodes: [line.strategyCode],
          }),
        );
      } else if (!funding.strategyCodes.includes(line.strategyCode)) {
        funding.strategyCodes = [...funding.strategyCodes, line.strategyCode];
        await manager.save(funding);
      }
      const allocation = await manager.save(
        manager.create(RoundAllocationEntity, {
          roundId,
          fundId: line.fundId,
          authorizationLineId: line.id,
          amountCents,
          createdBy: actor.id,
        }),
      );
      await this.audit.record(manager, {
        action: 'ledger.allocate',
        entityType: 'RoundAllocation',
        entityId: allocation.id,
        after: auditable(allocation),
      });
      return round;
    });
  }

  /** The publish guard (see RoundFundingGuard): inside the publishing transaction. */
  assertPublishable(manager: EntityManager, round: FundingRoundEntity): Promise<void> {
    return assertRoundPublishable(manager, round);
  }

  // ---- expenditures ---------------------------------------------------------------------------

  async recordExpenditure(fundId: string, input: ExpenditureInput, actor: AuthUser): Promise<LedgerEntryEntity> {
    checkDate('input.paidOn', input.paidOn);
    const seen = new Set<string>();
    input.splits.forEach((split, i) => {
      this.checkCode(`input.splits.${i}`, split.taxonomyKey, split.strategyCode);
      const key = `${split.taxonomyKey}:${split.strategyCode}`;
      if (seen.has(key))
        throw new BadUserInputException(
          `input.splits.${i}.strategyCode`,
          `${split.strategyCode} appears twice; put its amounts on one split`,
        );
      seen.add(key);
    });
    if (input.classification === 'REMEDIATION' && input.splits.length === 0)
      throw new BadUserInputException('input.splits', 'A remediation expenditure names at least one strategy');
    const splitTotal = sumCents(input.splits.map((s) => s.amountCents));
    const amountCents = input.amountCents ?? splitTotal;
    if (amountCents <= 0n)
      throw new BadUserInputException('input.amountCents', 'Give the amount, or splits that add up to it');
    if (input.splits.length && splitTotal !== amountCents) {
      const last = input.splits.length - 1;
      throw new BadUserInputException(
        `input.splits.${last}.amountCents`,
        `The splits add up to ${formatCents(splitTotal)}, not the expenditure’s ${formatCents(amountCents)}`,
      );
    }
    return this.transactions.run(async (manager) => {
      const fund = await this.lockFund(manager, fundId);
      if (input.paidOn < fund.openedOn)
        throw new BadUserInputException(
          'input.paidOn',
          `Only costs after the fund opened (${fund.openedOn}) may be paid from it`,
        );
      const b = await this.balances(fundId, manager);
      if (amountCents > b.availableCents)
        throw new BadUserInputException(
          'input.amountCents',
          `${formatCents(amountCents)} exceeds the ${formatCents(b.availableCents)} available (cash not committed to awards)`,
        );
      const rules = this.ruleSetOf(fund);
      if (rules.requiresAuthorization && input.classification === 'REMEDIATION')
        await this.checkAuthorized(manager, fundId, input);
      const entry = await this.insertEntry(
        manager,
        {
          fundId,
          kind: 'EXPENDITURE',
          amountCents,
          occurredOn: input.paidOn,
          classification: input.classification,
          payee: input.payee,
          description: input.description,
          createdBy: actor.id,
        },
        input.splits.map((s) => ({
          taxonomyKey: s.taxonomyKey,
          strategyCode: s.strategyCode,
          amountCents: s.amountCents,
        })),
      );
      await this.audit.record(manager, {
        action: 'ledger.expenditure',
        entityType: 'LedgerEntry',
        entityId: entry.id,
        after: auditable(entry),
      });
      return entry;
    });
  }

  /**
   * NC: spending on a strategy needs an authorization line for it covering the date. What is
   * left on those lines is their amount less what is allocated from them to rounds and the
   * direct (non-round) spending on that code within their periods.
   */
  private async checkAuthorized(manager: EntityManager, fundId: string, input: ExpenditureInput): Promise<void> {
    for (const [i, split] of input.splits.entries()) {
      const lines = await manager.find(SpendingAuthorizationLineEntity, {
        where: { fundId, taxonomyKey: split.taxonomyKey, strategyCode: split.strategyCode },
      });
      const covering = lines.filter((l) => l.startsOn <= input.paidOn && input.paidOn <= l.endsOn);
      if (!covering.length) {
        throw new BadUserInputException(
          `input.splits.${i}.strategyCode`,
          `No spending authorization covers ${strategyLabel(split.taxonomyKey, split.strategyCode)} on ${input.paidOn}; the governing body authorizes spending first`,
        );
      }
      const from = covering.map((l) => l.startsOn).sort()[0];
      const to = covering
        .map((l) => l.endsOn)
        .sort()
        .at(-1)!;
      const [{ allocated }] = await manager.query(
        `SELECT coalesce(sum(amount_cents), 0)::text AS allocated FROM round_allocations WHERE authorization_line_id = ANY($1::uuid[])`,
        [covering.map((l) => l.id)],
      );
      const [{ spent }] = await manager.query(
        `SELECT coalesce(sum(s.amount_cents), 0)::text AS spent FROM ledger_entry_splits s JOIN ledger_entries e ON e.id = s.entry_id
          WHERE e.fund_id = $1 AND e.kind = 'EXPENDITURE' AND e.round_id IS NULL AND s.taxonomy_key = $2 AND s.strategy_code = $3 AND e.occurred_on BETWEEN $4 AND $5`,
        [fundId, split.taxonomyKey, split.strategyCode, from, to],
      );
      const left = sumCents(covering.map((l) => l.amountCents)) - BigInt(allocated) - BigInt(spent);
      if (split.amountCents > left) {
        throw new BadUserInputException(
          `input.splits.${i}.amountCents`,
          `Only ${formatCents(left > 0n ? left : 0n)} of the authorization for ${strategyLabel(split.taxonomyKey, split.strategyCode)} is left`,
        );
      }
    }
  }

  async reverse(entryId: string, reason: string, actor: AuthUser): Promise<LedgerEntryEntity> {
    const trimmed = reason.trim();
    if (trimmed.length < 3)
      throw new BadUserInputException('reason', 'Say why the entry is reversed (at least 3 characters)');
    if (!fitsLimit(trimmed, SHORT_TEXT_MAX_CHARS))
      throw new BadUserInputException('reason', tooLongMessage('reason', SHORT_TEXT_MAX_CHARS));
    const original = isUuid(entryId)
      ? await this.dataSource
          .getRepository(LedgerEntryEntity)
          .findOne({ where: { id: entryId }, relations: { splits: true } })
      : null;
    if (!original) throw new NotFoundException('Ledger entry', 'entryId');
    if (original.reversesEntryId)
      throw new InvalidStateException(
        'This entry is itself a reversal; post a new entry instead of reversing a reversal',
      );
    return this.transactions.run(async (manager) => {
      await this.lockFund(manager, original.fundId, 'entryId');
      const [already] = await manager.query(`SELECT id FROM ledger_entries WHERE reverses_entry_id = $1`, [
        original.id,
      ]);
      if (already) throw new InvalidStateException('This entry is already reversed');
      const today = this.today();
      const entry = await this.insertEntry(
        manager,
        {
          fundId: original.fundId,
          kind: original.kind,
          amountCents: -original.amountCents,
          occurredOn: today < original.occurredOn ? original.occurredOn : today,
          classification: original.classification,
          settlementKey: original.settlementKey,
          paymentYear: original.paymentYear,
          payer: original.payer,
          reference: original.reference,
          periodStart: original.periodStart,
          periodEnd: original.periodEnd,
          payee: original.payee,
          description: original.description,
          roundId: original.roundId,
          awardId: original.awardId,
          reversesEntryId: original.id,
          reason: trimmed,
          createdBy: actor.id,
        },
        (original.splits ?? [])
          .sort((a, b) => a.position - b.position)
          .map((s) => ({ taxonomyKey: s.taxonomyKey, strategyCode: s.strategyCode, amountCents: -s.amountCents })),
      );
      await this.audit.record(manager, {
        action: 'ledger.reverse',
        entityType: 'LedgerEntry',
        entityId: entry.id,
        before: auditable(original),
        after: auditable(entry),
      });
      return entry;
    });
  }

  // ---- awards and payments ----------------------------------------------------------------

  /** Splits an amount over the round's strategy codes, weighted by what is allocated to each (equal weights when nothing is). */
  private async roundSplits(manager: EntityManager, funding: RoundFundingEntity, amountCents: bigint) {
    const rows: Array<{ code: string; total: string }> = await manager.query(
      `SELECT l.strategy_code AS code, sum(a.amount_cents)::text AS total FROM round_allocations a JOIN spending_authorization_lines l ON l.id = a.authorization_line_id WHERE a.round_id = $1 GROUP BY l.strategy_code`,
      [funding.roundId],
    );
    const codes = [...funding.strategyCodes].sort((a, b) => a.localeCompare(b, 'en', { numeric: true }));
    const weights = codes.map((c) => BigInt(rows.find((r) => r.code === c)?.total ?? '0'));
    const parts = splitCents(amountCents, weights.some((w) => w > 0n) ? weights : codes.map(() => 1n));
    return codes
      .map((code, i) => ({ taxonomyKey: funding.taxonomyKey, strategyCode: code, amountCents: parts[i] }))
      .filter((s) => s.amountCents !== 0n);
  }

  /**
   * Called by awards inside the transaction that releases a round's decisions: commits the
   * award's amount in the round's fund (an ENCUMBRANCE entry tagged like the round). A round
   * with no fund records nothing.
   */
  async encumberAward(manager: EntityManager, input: AwardEncumbranceInput): Promise<{ entryId: string } | null> {
    const funding = await manager.findOne(RoundFundingEntity, { where: { roundId: input.roundId } });
    if (!funding || input.amountCents <= 0n) return null;
    await this.lockFund(manager, funding.fundId);
    const entry = await this.insertEntry(
      manager,
      {
        fundId: funding.fundId,
        kind: 'ENCUMBRANCE',
        amountCents: input.amountCents,
        occurredOn: input.on ?? this.today(),
        roundId: input.roundId,
        awardId: input.awardId,
        description: 'Award released',
        createdBy: input.actorId,
      },
      await this.roundSplits(manager, funding, input.amountCents),
    );
    await this.audit.record(manager, {
      action: 'ledger.encumber',
      entityType: 'LedgerEntry',
      entityId: entry.id,
      after: auditable(entry),
    });
    return { entryId: entry.id };
  }

  /**
   * The payments domain posts a paid request here, inside its own transaction: an EXPENDITURE
   * tagged with the round's strategy codes (split with splitCents, weighted by the round's
   * allocations), and the same amount released from the award's encumbrance (never more than
   * is outstanding). Idempotent per paymentRequestId: a second call returns the first entry.
   */
  async postGrantPayment(manager: EntityManager, input: GrantPaymentInput): Promise<{ entryId: string }> {
    const [existing] = await manager.query(`SELECT id FROM ledger_entries WHERE payment_request_id = $1`, [
      input.paymentRequestId,
    ]);
    if (existing) return { entryId: existing.id };
    if (input.amountCents <= 0n) throw new BadUserInputException('amountCents', 'A payment must be more than zero');
    checkDate('paidOn', input.paidOn);
    const funding = await manager.findOne(RoundFundingEntity, { where: { roundId: input.roundId } });
    if (!funding) throw new InvalidStateException('This award’s round is not linked to a settlement fund');
    await this.lockFund(manager, funding.fundId);
    const [again] = await manager.query(`SELECT id FROM ledger_entries WHERE payment_request_id = $1`, [
      input.paymentRequestId,
    ]);
    if (again) return { entryId: again.id };
    const b = await this.balances(funding.fundId, manager);
    if (input.amountCents > b.cashCents)
      throw new InvalidStateException(
        `The fund holds ${formatCents(b.cashCents)}; it cannot pay ${formatCents(input.amountCents)}`,
      );
    const splits = await this.roundSplits(manager, funding, input.amountCents);
    const entry = await this.insertEntry(
      manager,
      {
        fundId: funding.fundId,
        kind: 'EXPENDITURE',
        classification: 'REMEDIATION',
        amountCents: input.amountCents,
        occurredOn: input.paidOn,
        payee: input.payee.slice(0, 200),
        description: input.description,
        roundId: input.roundId,
        awardId: input.awardId,
        paymentRequestId: input.paymentRequestId,
        createdBy: input.actorId,
      },
      splits,
    );
    const [{ outstanding }] = await manager.query(
      `SELECT coalesce(sum(amount_cents), 0)::text AS outstanding FROM ledger_entries WHERE award_id = $1 AND kind = 'ENCUMBRANCE'`,
      [input.awardId],
    );
    const release = input.amountCents < BigInt(outstanding) ? input.amountCents : BigInt(outstanding);
    if (release > 0n) {
      await this.insertEntry(
        manager,
        {
          fundId: funding.fundId,
          kind: 'ENCUMBRANCE',
          amountCents: -release,
          occurredOn: input.paidOn,
          roundId: input.roundId,
          awardId: input.awardId,
          description: 'Liquidated by payment',
          reference: input.paymentRequestId,
          createdBy: input.actorId,
        },
        (await this.roundSplits(manager, funding, release)).map((s) => ({ ...s, amountCents: -s.amountCents })),
      );
    }
    await this.audit.record(manager, {
      action: 'ledger.grant-payment',
      entityType: 'LedgerEntry',
      entityId: entry.id,
      after: auditable(entry),
      actor: null,
    });
    return { entryId: entry.id };
  }

  // ---- reports ---------------------------------------------------------------------------

  /** Every entry of the fund as facts for the report maths (one query for entries, one for splits). */
  async facts(fundId: string, upTo?: string): Promise<EntryFact[]> {
    const rows: Array<{
      id: string;
      kind: EntryKind;
      amount: string;
      on: string;
      classification: string | null;
      settlement_key: string | null;
      payee: string | null;
      description: string | null;
      reverses_entry_id: string | null;
    }> = await this.dataSource.query(
      `SELECT id, kind, amount_cents::text AS amount, to_char(occurred_on, 'YYYY-MM-DD') AS on, classification, settlement_key, payee, description, reverses_entry_id
         FROM ledger_entries WHERE fund_id = $1 AND kind <> 'ENCUMBRANCE' ${upTo ? 'AND occurred_on <= $2' : ''} ORDER BY occurred_on, id`,
      upTo ? [fundId, upTo] : [fundId],
    );
    const splits: Array<{ entry_id: string; taxonomy_key: string; strategy_code: string; amount: string }> =
      await this.dataSource.query(
        `SELECT s.entry_id, s.taxonomy_key, s.strategy_code, s.amount_cents::text AS amount FROM ledger_entry_splits s JOIN ledger_entries e ON e.id = s.entry_id
        WHERE e.fund_id = $1 AND e.kind = 'EXPENDITURE' ${upTo ? 'AND e.occurred_on <= $2' : ''} ORDER BY s.entry_id, s.position`,
        upTo ? [fundId, upTo] : [fundId],
      );
    const byEntry = new Map<string, EntryFact['splits']>();
    for (const s of splits) {
      const list = byEntry.get(s.entry_id) ?? [];
      list.push({ taxonomyKey: s.taxonomy_key, strategyCode: s.strategy_code, amountCents: BigInt(s.amount) });
      byEntry.set(s.entry_id, list);
    }
    return rows.map((r) => ({
      id: r.id,
      kind: r.kind,
      amountCents: BigInt(r.amount),
      on: r.on,
      classification: r.classification as EntryFact['classification'],
      settlementKey: r.settlement_key,
      payee: r.payee,
      description: r.description,
      reversesEntryId: r.reverses_entry_id,
      splits: byEntry.get(r.id) ?? [],
    }));
  }

  async report(fundId: string, kind: ReportKind, fiscalYear: number): Promise<FundReportData> {
    if (!Number.isInteger(fiscalYear) || fiscalYear < 2000 || fiscalYear > 2100)
      throw new BadUserInputException('fiscalYear', 'fiscalYear must be a year such as 2025');
    const fund = await this.getFund(fundId, 'fundId');
    const rules = this.ruleSetOf(fund);
    const { end } = fiscalYearRange(fiscalYear, rules.fiscalYearStartMonth);
    const today = this.today();
    // The rounds report reads round budgets and allocations, which change without a ledger
    // entry: it is built on every read (a fund pays a few rounds, so it is small).
    if (kind === 'ROUND_ALLOCATIONS') {
      return fundReport(kind, {
        fundName: fund.name,
        ruleSet: rules,
        entries: await this.facts(fundId, end),
        fiscalYear,
        today,
        rounds: await this.roundFacts(fundId, end),
      });
    }
    // A report reads every entry up to the year's end (50,000 in a state's fund): built once
    // and kept while nothing it reads changes. Entries and their splits are immutable (a
    // trigger refuses UPDATE and DELETE) and each insert raises the fund's ledger revision,
    // read with the fund; the fund's version changes with its name or rule set; the day
    // changes the report's checks.
    return this.keep(
      `report:${JSON.stringify([fund.id, kind, fiscalYear])}`,
      JSON.stringify([fund.ledgerRevision, fund.version, today]),
      async () =>
        fundReport(kind, {
          fundName: fund.name,
          ruleSet: rules,
          entries: await this.facts(fund.id, end),
          fiscalYear,
          today,
        }),
    );
  }

  /**
   * The rounds the fund pays (drafts included: they are allocated before they are published), their
   * allocations, commitments and payments up to `upTo` (budgets as they stand), by title.
   */
  async roundFacts(fundId: string, upTo = '9999-12-31'): Promise<Array<RoundFact & { roundId: string }>> {
    const fundings = await this.dataSource.getRepository(RoundFundingEntity).findBy({ fundId });
    if (!fundings.length) return [];
    const ids = fundings.map((f) => f.roundId);
    const sums: Array<{ round_id: string; allocated: string; committed: string; paid: string }> =
      await this.dataSource.query(
        `SELECT r.id AS round_id,
                (SELECT coalesce(sum(a.amount_cents), 0)::text FROM round_allocations a
                  WHERE a.round_id = r.id AND a.created_at::date <= $2::date) AS allocated,
                (SELECT coalesce(sum(e.amount_cents), 0)::text FROM ledger_entries e
                  WHERE e.fund_id = $3 AND e.round_id = r.id AND e.kind = 'ENCUMBRANCE' AND e.occurred_on <= $2::date) AS committed,
                (SELECT coalesce(sum(e.amount_cents), 0)::text FROM ledger_entries e
                  WHERE e.fund_id = $3 AND e.round_id = r.id AND e.kind = 'EXPENDITURE' AND e.occurred_on <= $2::date) AS paid
           FROM unnest($1::uuid[]) AS r(id)`,
        [ids, upTo, fundId],
      );
    const rounds = await this.rounds.byIds(ids);
    return fundings
      .flatMap((f) => {
        const round = rounds.get(f.roundId);
        const sum = sums.find((s) => s.round_id === f.roundId);
        if (!round || !sum) return [];
        return [
          {
            roundId: round.id,
            title: round.title,
            published: round.stage !== 'DRAFT',
            strategyCodes: f.strategyCodes,
            budgetCents: round.budgetCents,
            allocatedCents: BigInt(sum.allocated),
            committedCents: BigInt(sum.committed),
            paidCents: BigInt(sum.paid),
          },
        ];
      })
      .sort((a, b) => a.title.localeCompare(b.title));
  }

  // ---- public ---------------------------------------------------------------------------

  async publicSpending(fundId?: string) {
    if (fundId !== undefined && !isUuid(fundId)) throw new NotFoundException('Settlement fund', 'fundId');
    const funds = await this.dataSource
      .getRepository(SettlementFundEntity)
      .find({ where: fundId ? { id: fundId } : {}, order: { name: 'ASC' } });
    if (fundId && !funds.length) throw new NotFoundException('Settlement fund', 'fundId');
    return Promise.all(funds.map((fund) => this.publicFund(fund)));
  }

  private async publicFund(fund: SettlementFundEntity) {
    const rules = this.ruleSetOf(fund);
    const offset = (13 - rules.fiscalYearStartMonth) % 12;
    const fy = `extract(year from (e.occurred_on + interval '${offset} months'))::int`;
    const totals: Array<{ fy: number; kind: EntryKind; classification: string | null; total: string }> =
      await this.dataSource.query(
        `SELECT ${fy} AS fy, e.kind, e.classification, sum(e.amount_cents)::text AS total FROM ledger_entries e WHERE e.fund_id = $1 GROUP BY 1, 2, 3`,
        [fund.id],
      );
    const byStrategy: Array<{
      fy: number;
      kind: EntryKind;
      taxonomy_key: string;
      strategy_code: string;
      total: string;
    }> = await this.dataSource.query(
      `SELECT ${fy} AS fy, e.kind, s.taxonomy_key, s.strategy_code, sum(s.amount_cents)::text AS total FROM ledger_entry_splits s JOIN ledger_entries e ON e.id = s.entry_id
        WHERE e.fund_id = $1 AND e.kind IN ('EXPENDITURE', 'ENCUMBRANCE') AND e.classification IS DISTINCT FROM 'NON_REMEDIATION' GROUP BY 1, 2, 3, 4`,
      [fund.id],
    );
    const authorized: Array<{ fy: number; total: string }> = await this.dataSource.query(
      `SELECT extract(year from (a.adopted_on + interval '${offset} months'))::int AS fy, sum(l.amount_cents)::text AS total FROM spending_authorization_lines l JOIN spending_authorizations a ON a.id = l.authorization_id WHERE l.fund_id = $1 GROUP BY 1`,
      [fund.id],
    );
    const years = [...new Set([...totals.map((t) => t.fy), ...authorized.map((a) => a.fy)])].sort((a, b) => a - b);
    const sum = (pred: (t: (typeof totals)[number]) => boolean) =>
      sumCents(totals.filter(pred).map((t) => BigInt(t.total)));
    return {
      fundId: fund.id,
      fundName: fund.name,
      ruleSetTitle: rules.title,
      years: years.map((year) => {
        const { start, end } = fiscalYearRange(year, rules.fiscalYearStartMonth);
        const keys = [
          ...new Set(byStrategy.filter((s) => s.fy <= year).map((s) => `${s.taxonomy_key}\u0000${s.strategy_code}`)),
        ].sort((a, b) => a.localeCompare(b, 'en', { numeric: true }));
        const strategies = keys
          .map((key) => {
            const [taxonomyKey, strategyCode] = key.split('\u0000');
            const match = (s: (typeof byStrategy)[number]) =>
              s.taxonomy_key === taxonomyKey && s.strategy_code === strategyCode;
            return {
              taxonomyKey,
              strategyCode,
              title: strategyLabel(taxonomyKey, strategyCode),
              spentCents: sumCents(
                byStrategy
                  .filter((s) => match(s) && s.fy === year && s.kind === 'EXPENDITURE')
                  .map((s) => BigInt(s.total)),
              ),
              committedCents: sumCents(
                byStrategy
                  .filter((s) => match(s) && s.fy <= year && s.kind === 'ENCUMBRANCE')
                  .map((s) => BigInt(s.total)),
              ),
            };
          })
          .filter((s) => s.spentCents !== 0n || s.committedCents !== 0n);
        return {
          fiscalYear: year,
          periodStart: start,
          periodEnd: end,
          receivedCents: sum((t) => t.fy === year && (t.kind === 'RECEIPT' || t.kind === 'OPENING')),
          interestCents: sum((t) => t.fy === year && t.kind === 'INTEREST'),
          authorizedCents: sumCents(authorized.filter((a) => a.fy === year).map((a) => BigInt(a.total))),
          committedCents: sum((t) => t.fy <= year && t.kind === 'ENCUMBRANCE'),
          spentCents: sum((t) => t.fy === year && t.kind === 'EXPENDITURE'),
          administrativeCents: sum((t) => t.fy === year && t.classification === 'ADMINISTRATIVE'),
          auditCents: sum((t) => t.fy === year && t.classification === 'AUDIT'),
          nonRemediationCents: sum((t) => t.fy === year && t.classification === 'NON_REMEDIATION'),
          strategies,
        };
      }),
    };
  }
}
