import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { EntityManager, In, Repository } from 'typeorm';
import {
  AuditWriter,
  BadUserInputException,
  ForbiddenException,
  InvalidStateException,
  lockVersioned,
  NotFoundException,
  Transactions,
} from '@abate/api/core';
import type { AuthUser } from '@abate/api/core';
import { ApplicationsService } from '@abate/api/applications';
import { BUDGET_CATEGORIES, BUDGET_CATEGORY_KEYS } from '@abate/shared/metrics';
import { AwardEntity } from './entities/award.entity';
import { AwardBudgetLineEntity } from './entities/award-budget-line.entity';
import { AwardAmendmentEntity } from './entities/award-amendment.entity';
import type { AmendmentBudgetLine, AwardTerms } from './entities/award-amendment.entity';
import { AmendmentDecision, AwardAmendmentInput } from './dto/amendment.input';
import { formatCents, splitCents, sumCents } from '@abate/shared/money';
import { AwardsService } from './awards.service';
import { canDecideAmendment } from './awards.policy';
import { fitsLimit, NARRATIVE_MAX_CHARS, tooLongMessage } from '@abate/shared/limits';

export type CategoryAmounts = Map<string, bigint>;

/**
 * What other domains have committed against an award's budget per category (paid and
 * pending payment requests). The payments domain registers it at start-up: awards sits
 * below payments and never imports it.
 */
export interface BudgetCommitments {
  committedByCategory(manager: EntityManager, awardId: string): Promise<CategoryAmounts>;
}

const ORDER = new Map(BUDGET_CATEGORIES.map((c, i) => [c.key, i]));
const byCategoryOrder = (a: string, b: string) => (ORDER.get(a) ?? 99) - (ORDER.get(b) ?? 99);

/**
 * The budget an award may spend per SF-424A category: set when the award is made (the
 * application's request per category, scaled down when less is awarded), changed only by
 * approved amendments. The application's own request is never touched.
 */
export function defaultBudget(
  requestLines: ReadonlyArray<{ category: string; amountCents: number | string | bigint }>,
  awardCents: bigint,
): CategoryAmounts {
  const requested = new Map<string, bigint>();
  for (const line of requestLines) {
    if (!BUDGET_CATEGORY_KEYS.has(line.category)) continue;
    requested.set(line.category, (requested.get(line.category) ?? 0n) + BigInt(line.amountCents));
  }
  const categories = [...requested.keys()].filter((c) => requested.get(c)! > 0n).sort(byCategoryOrder);
  const total = sumCents(categories.map((c) => requested.get(c)!));
  // No usable request lines: the whole award is "other" until an amendment says otherwise.
  if (total === 0n) return new Map([['other', awardCents]]);
  if (total === awardCents) return new Map(categories.map((c) => [c, requested.get(c)!]));
  const parts = splitCents(
    awardCents,
    categories.map((c) => requested.get(c)!),
  );
  return new Map(categories.map((c, i) => [c, parts[i]]));
}

const asJson = (m: CategoryAmounts): AmendmentBudgetLine[] =>
  [...m]
    .sort(([a], [b]) => byCategoryOrder(a, b))
    .map(([category, cents]) => ({ category, amountCents: cents.toString() }));

@Injectable()
export class AwardBudgetService {
  private commitments: BudgetCommitments | null = null;

  constructor(
    @InjectRepository(AwardBudgetLineEntity) private readonly lines: Repository<AwardBudgetLineEntity>,
    @InjectRepository(AwardAmendmentEntity) private readonly amendments: Repository<AwardAmendmentEntity>,
    private readonly awards: AwardsService,
    private readonly applications: ApplicationsService,
    private readonly transactions: Transactions,
    private readonly auditWriter: AuditWriter,
  ) {}

  /** Called once by the payments domain; amendments then refuse to cut a category below what it has committed. */
  useCommitments(source: BudgetCommitments): void {
    this.commitments = source;
  }

  /** Writes an award's first budget (in the transaction that creates the award). */
  async createForAward(
    manager: EntityManager,
    award: AwardEntity,
    requestLines: ReadonlyArray<{ category: string; amountCents: number | string | bigint }>,
  ): Promise<CategoryAmounts> {
    const budget = defaultBudget(requestLines, BigInt(award.amountCents));
    await manager
      .createQueryBuilder()
      .insert()
      .into(AwardBudgetLineEntity)
      .values([...budget].map(([category, awardedCents]) => ({ awardId: award.id, category, awardedCents })))
      .orIgnore()
      .execute();
    await this.auditWriter.record(manager, {
      action: 'award.budget.set',
      entityType: 'Award',
      entityId: award.id,
      after: { budgetLines: asJson(budget) },
    });
    return budget;
  }

  /**
   * Locks the award's budget rows (SELECT ... FOR UPDATE) until the transaction ends and
   * returns the awarded amount per category. Every use case that checks a payment against
   * the budget calls this first, so two such checks on one award never overlap.
   */
  async lockBudget(manager: EntityManager, awardId: string): Promise<CategoryAmounts> {
    await this.ensure(manager, awardId);
    const rows = await manager
      .getRepository(AwardBudgetLineEntity)
      .createQueryBuilder('line')
      .setLock('pessimistic_write')
      .where('line.award_id = :awardId', { awardId })
      .orderBy('line.category')
      .getMany();
    return new Map(rows.map((r) => [r.category, r.awardedCents]));
  }

  /** The awarded budget of each award, per category. */
  async budgetsOf(awardIds: readonly string[]): Promise<Map<string, CategoryAmounts>> {
    const ids = [...new Set(awardIds)];
    const out = new Map<string, CategoryAmounts>(ids.map((id) => [id, new Map()]));
    if (!ids.length) return out;
    const rows = await this.lines.find({ where: { awardId: In(ids) } });
    for (const row of rows) out.get(row.awardId)!.set(row.category, row.awardedCents);
    // Awards made before budgets existed get their default (written on first lock).
    const missing = ids.filter((id) => out.get(id)!.size === 0);
    if (missing.length) {
      const awards = await this.lines.manager.find(AwardEntity, { where: { id: In(missing) } });
      const apps = await this.applications.byIds(awards.map((a) => a.applicationId));
      for (const award of awards)
        out.set(award.id, defaultBudget(apps.get(award.applicationId)?.budgetLines ?? [], BigInt(award.amountCents)));
    }
    for (const [id, m] of out) out.set(id, new Map([...m].sort(([a], [b]) => byCategoryOrder(a, b))));
    return out;
  }

  /** Proposes a change; the award's version guards against proposing from a stale page. One pending amendment at a time. */
  async amend(
    actor: AuthUser,
    awardId: string,
    version: number,
    input: AwardAmendmentInput,
  ): Promise<AwardAmendmentEntity> {
    await this.awards.get(actor, awardId);
    if (input.amountCents === undefined && input.budgetLines === undefined && input.endDate === undefined) {
      throw new BadUserInputException('input', 'Propose a new amount, budget lines or end date');
    }
    if (input.amountCents !== undefined && (input.amountCents <= 0n || input.amountCents > 2_147_483_647n)) {
      throw new BadUserInputException(
        'input.amountCents',
        'amountCents must be more than zero and at most $21,474,836.47',
      );
    }
    const seen = new Set<string>();
    input.budgetLines?.forEach((line, i) => {
      if (!BUDGET_CATEGORY_KEYS.has(line.category))
        throw new BadUserInputException(
          `input.budgetLines.${i}.category`,
          `${line.category} is not a budget category (${[...BUDGET_CATEGORY_KEYS].join(', ')})`,
        );
      if (seen.has(line.category))
        throw new BadUserInputException(`input.budgetLines.${i}.category`, `${line.category} appears twice`);
      seen.add(line.category);
      if (line.amountCents < 0n)
        throw new BadUserInputException(`input.budgetLines.${i}.amountCents`, 'amountCents cannot be negative');
    });
    return this.transactions.run(async (manager) => {
      const award = await lockVersioned(manager, AwardEntity, awardId, version, 'Award', {
        field: 'awardId',
        stale: (now, sent) =>
          `This award was changed since you loaded it (now version ${now}, you sent ${sent}); reload and try again`,
      });
      if (award.status !== 'ACTIVE') throw new InvalidStateException('A closed award cannot be amended');
      if (input.endDate !== undefined && input.endDate < award.startDate)
        throw new BadUserInputException(
          'input.endDate',
          `The end date cannot be before the start of the grant (${award.startDate})`,
        );
      const pending = await manager.count(AwardAmendmentEntity, { where: { awardId, status: 'PENDING' } });
      if (pending) throw new InvalidStateException('This award already has an amendment waiting for a decision');
      const current = await this.lockBudget(manager, awardId);
      const amount = input.amountCents ?? BigInt(award.amountCents);
      if (input.budgetLines) {
        const total = sumCents(input.budgetLines.map((l) => l.amountCents));
        if (total !== amount)
          throw new BadUserInputException(
            'input.budgetLines',
            `The budget lines add up to ${formatCents(total)}, not the award's ${formatCents(amount)}`,
          );
      }
      const number = (await manager.count(AwardAmendmentEntity, { where: { awardId } })) + 1;
      const previous: AwardTerms = {
        amountCents: String(award.amountCents),
        endDate: award.endDate,
        budgetLines: asJson(current),
      };
      const saved = await manager.save(
        manager.create(AwardAmendmentEntity, {
          awardId,
          number,
          status: 'PENDING',
          amountCents: input.amountCents ?? null,
          endDate: input.endDate ?? null,
          budgetLines: input.budgetLines
            ? input.budgetLines.map((l) => ({ category: l.category, amountCents: l.amountCents.toString() }))
            : null,
          previous,
          reason: input.reason,
          proposedBy: actor.id,
        }),
      );
      await this.auditWriter.record(manager, {
        action: 'award.amend',
        entityType: 'AwardAmendment',
        entityId: saved.id,
        after: {
          awardId,
          number,
          amountCents: saved.amountCents?.toString() ?? null,
          endDate: saved.endDate,
          budgetLines: saved.budgetLines,
          reason: saved.reason,
        },
      });
      return saved;
    });
  }

  /** The officer approves (the award's terms and budget change) or rejects (nothing changes); both are kept and audited. */
  async decide(
    actor: AuthUser,
    id: string,
    decision: AmendmentDecision,
    note: string | undefined,
  ): Promise<AwardAmendmentEntity> {
    const text = note?.trim() ?? '';
    if (!fitsLimit(text, NARRATIVE_MAX_CHARS))
      throw new BadUserInputException('note', tooLongMessage('note', NARRATIVE_MAX_CHARS));
    if (decision === AmendmentDecision.REJECT && !text)
      throw new BadUserInputException('note', 'Say why the amendment is rejected: the grantee reads this note');
    return this.transactions.run(async (manager) => {
      const amendment = await manager
        .getRepository(AwardAmendmentEntity)
        .createQueryBuilder('a')
        .setLock('pessimistic_write')
        .where('a.id = :id', { id })
        .getOne();
      if (!amendment) throw new NotFoundException('Award amendment', 'id');
      if (amendment.status !== 'PENDING')
        throw new InvalidStateException(`This amendment was already ${amendment.status.toLowerCase()}`);
      if (!canDecideAmendment(actor, amendment))
        throw new ForbiddenException(
          'An officer does not decide an amendment they proposed; another officer decides it',
        );
      const award = await manager
        .getRepository(AwardEntity)
        .createQueryBuilder('a')
        .setLock('pessimistic_write')
        .where('a.id = :awardId', { awardId: amendment.awardId })
        .getOne();
      if (!award) throw new NotFoundException('Award', 'id');
      const current = await this.lockBudget(manager, award.id);
      amendment.status = decision === AmendmentDecision.APPROVE ? 'APPROVED' : 'REJECTED';
      amendment.decidedBy = actor.id;
      amendment.decidedAt = new Date();
      amendment.decisionNote = text || null;
      let after: object = { status: amendment.status, note: amendment.decisionNote };
      if (decision === AmendmentDecision.APPROVE) {
        const amount = amendment.amountCents ?? BigInt(award.amountCents);
        const next: CategoryAmounts = amendment.budgetLines
          ? new Map(amendment.budgetLines.map((l) => [l.category, BigInt(l.amountCents)]))
          : amount === sumCents(current.values())
            ? current
            : (() => {
                const cats = [...current.keys()];
                const parts = splitCents(
                  amount,
                  cats.map((c) => current.get(c)!),
                );
                return new Map(cats.map((c, i) => [c, parts[i]]));
              })();
        const committed = this.commitments
          ? await this.commitments.committedByCategory(manager, award.id)
          : new Map<string, bigint>();
        for (const [category, cents] of committed) {
          if (cents > (next.get(category) ?? 0n)) {
            throw new InvalidStateException(
              `${category}: ${formatCents(cents)} is already paid or requested, more than the amended ${formatCents(next.get(category) ?? 0n)}`,
            );
          }
        }
        for (const category of new Set([...current.keys(), ...next.keys()])) {
          const cents = next.get(category) ?? 0n;
          await manager
            .createQueryBuilder()
            .insert()
            .into(AwardBudgetLineEntity)
            .values({ awardId: award.id, category, awardedCents: cents })
            .orUpdate(['awarded_cents'], ['award_id', 'category'])
            .execute();
        }
        // Keeps updated_at/version honest for the upsert above.
        await manager.query(
          `UPDATE award_budget_lines SET updated_at = now(), version = version + 1 WHERE award_id = $1`,
          [award.id],
        );
        const before = { amountCents: String(award.amountCents), endDate: award.endDate, budgetLines: asJson(current) };
        award.amountCents = amount;
        if (amendment.endDate) award.endDate = amendment.endDate;
        await manager.save(award);
        after = { ...after, amountCents: String(award.amountCents), endDate: award.endDate, budgetLines: asJson(next) };
        await this.auditWriter.record(manager, {
          action: 'award.budget.set',
          entityType: 'Award',
          entityId: award.id,
          before,
          after: { amountCents: String(award.amountCents), endDate: award.endDate, budgetLines: asJson(next) },
        });
      }
      const saved = await manager.save(amendment);
      await this.auditWriter.record(manager, {
        action: 'award.amendment.decide',
        entityType: 'AwardAmendment',
        entityId: id,
        before: { status: 'PENDING' },
        after,
      });
      return saved;
    });
  }

  async amendmentsOf(awardIds: readonly string[]): Promise<Map<string, AwardAmendmentEntity[]>> {
    const out = new Map<string, AwardAmendmentEntity[]>(awardIds.map((id) => [id, []]));
    if (!awardIds.length) return out;
    const rows = await this.amendments.find({
      where: { awardId: In([...new Set(awardIds)]) },
      order: { number: 'ASC' },
    });
    for (const row of rows) out.get(row.awardId)?.push(row);
    return out;
  }

  /** Ensures the award has budget rows (awards made before budgets existed get the default). */
  private async ensure(manager: EntityManager, awardId: string): Promise<void> {
    const [{ n }] = await manager.query(`SELECT count(*)::int AS n FROM award_budget_lines WHERE award_id = $1`, [
      awardId,
    ]);
    if (n > 0) return;
    const award = await manager.findOne(AwardEntity, { where: { id: awardId } });
    if (!award) throw new NotFoundException('Award', 'awardId');
    // In the caller's transaction (on the embedded database a read on another connection would wait for it).
    await this.createForAward(manager, award, await this.applications.budgetLinesOf(award.applicationId, manager));
  }
}
