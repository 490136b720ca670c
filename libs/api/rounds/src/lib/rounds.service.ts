import { Inject, Injectable, Optional } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { EntityManager, In, Repository } from 'typeorm';
import {
  AuditWriter,
  AuthUser,
  BadUserInputException,
  Clock,
  InvalidStateException,
  lockVersioned,
  NotFoundException,
  Page,
  paginate,
  readsEverything,
  Transactions,
} from '@abate/api/core';
import { ChecklistsService } from '@abate/api/checklists';
import { isTimeZone } from '@abate/shared/calendar';
import { FundingRoundEntity } from './entities/funding-round.entity';
import { CreateFundingRoundInput, UpdateFundingRoundInput } from './dto/funding-round.input';
import { FundingRoundsArgs } from './dto/funding-rounds.args';
import { isAccepting, RoundStatus, roundStatus } from './round-status';
import { ROUND_FUNDING_GUARD } from './round-funding-guard';
import type { RoundFundingGuard } from './round-funding-guard';
import { fitsLimit, SHORT_TEXT_MAX_CHARS, tooLongMessage } from '@abate/shared/limits';

type RoundTerms = Pick<
  CreateFundingRoundInput,
  'timeZone' | 'opensAt' | 'closesAt' | 'minAwardCents' | 'maxAwardCents' | 'budgetCents' | 'grantStart' | 'grantEnd'
>;

// Once a round is published applicants rely on its terms; only these may still change.
const EDITABLE_WHEN_PUBLISHED = new Set(['title', 'description', 'closesAt']);

/** Officers and auditors see drafts; everyone else, the anonymous public included, sees published rounds. */
/** Drafts are for officers and auditors (the one shared rule, in @abate/api/core). */
const seesDrafts = (actor: AuthUser | null) => readsEverything(actor);

@Injectable()
export class RoundsService {
  constructor(
    @InjectRepository(FundingRoundEntity) private readonly rounds: Repository<FundingRoundEntity>,
    private readonly checklists: ChecklistsService,
    private readonly transactions: Transactions,
    private readonly audit: AuditWriter,
    private readonly clock: Clock,
    // Provided by the ledger when it is loaded; without it a round has no fund to check.
    @Optional() @Inject(ROUND_FUNDING_GUARD) private readonly fundingGuard?: RoundFundingGuard,
  ) {}

  now(): Date {
    return this.clock.now();
  }

  status(round: FundingRoundEntity): RoundStatus {
    return roundStatus(round, this.clock.now());
  }

  async create(input: CreateFundingRoundInput): Promise<FundingRoundEntity> {
    const checklist = await this.checklistFor(input.checklistKey, input.checklistVersion);
    this.checkTerms(input);
    return this.transactions.run(async (manager) => {
      const { checklistKey: _key, checklistVersion: _version, ...terms } = input;
      const saved = await manager.save(
        manager.create(FundingRoundEntity, { ...terms, checklistVersionId: checklist.id, stage: 'DRAFT' }),
      );
      await this.audit.record(manager, {
        action: 'round.create',
        entityType: 'FundingRound',
        entityId: saved.id,
        after: saved,
      });
      return saved;
    });
  }

  async update(id: string, version: number, input: UpdateFundingRoundInput): Promise<FundingRoundEntity> {
    const checklist =
      input.checklistKey || input.checklistVersion
        ? await this.checklistFor(input.checklistKey, input.checklistVersion, id)
        : null;
    return this.transactions.run(async (manager) => {
      const round = await lockVersioned(manager, FundingRoundEntity, id, version, 'Funding round');
      const status = this.status(round);
      const changed = Object.keys(input).filter((key) => (input as Record<string, unknown>)[key] !== undefined);
      if (status !== RoundStatus.DRAFT) {
        const locked = changed.find((key) => !EDITABLE_WHEN_PUBLISHED.has(key));
        if (status !== RoundStatus.PUBLISHED || locked) {
          throw new InvalidStateException(
            status === RoundStatus.PUBLISHED
              ? `${locked} cannot change once the round is published; only the title, description and a later deadline can`
              : `A round in ${status} can no longer be edited`,
          );
        }
        if (input.closesAt && input.closesAt.getTime() < round.closesAt.getTime()) {
          throw new BadUserInputException(
            'input.closesAt',
            'A published round’s deadline can only be extended, never brought forward',
          );
        }
      }
      const before = { ...round };
      const { checklistKey: _key, checklistVersion: _version, ...terms } = input;
      const merged = Object.assign(round, Object.fromEntries(Object.entries(terms).filter(([, v]) => v !== undefined)));
      if (checklist) merged.checklistVersionId = checklist.id;
      this.checkTerms(merged);
      const saved = await manager.save(merged);
      await this.audit.record(manager, {
        action: 'round.update',
        entityType: 'FundingRound',
        entityId: id,
        before,
        after: saved,
      });
      return saved;
    });
  }

  async publish(id: string): Promise<FundingRoundEntity> {
    return this.transactions.run(async (manager) => {
      const round = await manager
        .getRepository(FundingRoundEntity)
        .createQueryBuilder('r')
        .setLock('pessimistic_write')
        .where('r.id = :id', { id })
        .getOne();
      if (!round) throw new NotFoundException('Funding round', 'id');
      if (round.stage !== 'DRAFT') throw new InvalidStateException('This round is already published');
      const now = this.clock.now();
      if (round.closesAt.getTime() <= now.getTime())
        throw new InvalidStateException('The round’s deadline has passed; set a later closesAt before publishing');
      await this.fundingGuard?.assertPublishable(manager, round);
      const before = { ...round };
      round.stage = 'PUBLISHED';
      round.publishedAt = now;
      const saved = await manager.save(round);
      await this.audit.record(manager, {
        action: 'round.publish',
        entityType: 'FundingRound',
        entityId: id,
        before,
        after: saved,
      });
      return saved;
    });
  }

  /**
   * Closes an accepting round now: its deadline becomes this instant (so submission, the
   * round's status and the reviewers' work follow exactly as if the deadline had passed),
   * audited with the officer's reason.
   */
  async closeNow(id: string, reason: string): Promise<FundingRoundEntity> {
    const why = typeof reason === 'string' ? reason.trim() : '';
    if (why.length < 3)
      throw new BadUserInputException('reason', 'Give a reason for closing the round early (at least 3 characters)');
    if (!fitsLimit(why, SHORT_TEXT_MAX_CHARS))
      throw new BadUserInputException('reason', tooLongMessage('reason', SHORT_TEXT_MAX_CHARS));
    return this.transactions.run(async (manager) => {
      const round = await manager
        .getRepository(FundingRoundEntity)
        .createQueryBuilder('r')
        .setLock('pessimistic_write')
        .where('r.id = :id', { id })
        .getOne();
      if (!round) throw new NotFoundException('Funding round', 'id');
      const now = this.clock.now();
      if (!isAccepting(round, now)) {
        const status = this.status(round);
        throw new InvalidStateException(
          status === RoundStatus.PUBLISHED
            ? 'This round has not opened yet; change its dates instead of closing it'
            : `Only a round that is accepting applications can be closed; this one is in ${status}`,
        );
      }
      const before = { closesAt: round.closesAt, version: round.version };
      // The window check wants closesAt after opensAt, which an accepting round's now always is.
      round.closesAt = now;
      const saved = await manager.save(round);
      await this.audit.record(manager, {
        action: 'round.close-early',
        entityType: 'FundingRound',
        entityId: id,
        before,
        after: { closesAt: saved.closesAt, version: saved.version, reason: why },
      });
      return saved;
    });
  }

  /** Decisions released: called inside the releasing transaction, which has locked the round. */
  async markDecided(manager: EntityManager, round: FundingRoundEntity): Promise<FundingRoundEntity> {
    const before = { stage: round.stage };
    round.stage = 'DECIDED';
    round.decidedAt = this.clock.now();
    const saved = await manager.save(round);
    await this.audit.record(manager, {
      action: 'round.release-decisions',
      entityType: 'FundingRound',
      entityId: round.id,
      before,
      after: { stage: saved.stage, decidedAt: saved.decidedAt },
    });
    return saved;
  }

  /** Locks the round row for a use case that changes its stage. */
  async lockRound(manager: EntityManager, id: string): Promise<FundingRoundEntity> {
    const round = await manager
      .getRepository(FundingRoundEntity)
      .createQueryBuilder('r')
      .setLock('pessimistic_write')
      .where('r.id = :id', { id })
      .getOne();
    if (!round) throw new NotFoundException('Funding round', 'roundId');
    return round;
  }

  async list(actor: AuthUser | null, args: FundingRoundsArgs): Promise<Page<FundingRoundEntity>> {
    const query = this.rounds.createQueryBuilder('round');
    if (!seesDrafts(actor)) query.andWhere(`round.stage <> 'DRAFT'`);
    const now = this.clock.now();
    switch (args.status) {
      case RoundStatus.DRAFT:
      case RoundStatus.DECIDED:
        query.andWhere('round.stage = :stage', { stage: args.status });
        break;
      case RoundStatus.PUBLISHED:
        query.andWhere(`round.stage = 'PUBLISHED' AND round.closes_at > :now`, { now });
        break;
      case RoundStatus.REVIEW:
        query.andWhere(`round.stage = 'PUBLISHED' AND round.closes_at <= :now`, { now });
        break;
    }
    return paginate(query, args, { column: 'round.closes_at', value: (r) => r.closesAt.toISOString() });
  }

  /** A round the caller may see (drafts only for officers and auditors). */
  async get(id: string, actor: AuthUser | null = null, { includeDrafts = false } = {}): Promise<FundingRoundEntity> {
    const round = await this.rounds.findOne({ where: { id } });
    if (!round || (round.stage === 'DRAFT' && !includeDrafts && !seesDrafts(actor)))
      throw new NotFoundException('Funding round', 'id');
    return round;
  }

  async byIds(ids: readonly string[]): Promise<Map<string, FundingRoundEntity>> {
    const rows = await this.rounds.findBy({ id: In([...new Set(ids)]) });
    return new Map(rows.map((r) => [r.id, r]));
  }

  private async checklistFor(key: string | undefined, label: string | undefined, roundId?: string) {
    if (!key || !label) {
      // Changing one half of the pair keeps the other from the stored round.
      const current = roundId
        ? await this.checklists.byId((await this.get(roundId, null, { includeDrafts: true })).checklistVersionId)
        : null;
      key ??= current?.key;
      label ??= current?.label;
    }
    try {
      return await this.checklists.find(key ?? '', label ?? '');
    } catch {
      throw new BadUserInputException('input.checklistVersion', `Checklist ${key} version ${label} is not published`);
    }
  }

  /** The rules that relate fields; each error names the field to fix. */
  private checkTerms(t: RoundTerms): void {
    if (!isTimeZone(t.timeZone))
      throw new BadUserInputException(
        'input.timeZone',
        `${t.timeZone} is not an IANA time zone such as America/New_York`,
      );
    if (t.closesAt.getTime() <= t.opensAt.getTime())
      throw new BadUserInputException('input.closesAt', 'closesAt must be after opensAt');
    if (t.minAwardCents > t.maxAwardCents)
      throw new BadUserInputException('input.minAwardCents', 'The minimum award must not exceed the maximum award');
    if (t.maxAwardCents > t.budgetCents)
      throw new BadUserInputException('input.maxAwardCents', 'The maximum award must not exceed the round’s budget');
    if (!validDate(t.grantStart))
      throw new BadUserInputException('input.grantStart', `${t.grantStart} is not a calendar date`);
    if (!validDate(t.grantEnd))
      throw new BadUserInputException('input.grantEnd', `${t.grantEnd} is not a calendar date`);
    if (t.grantEnd <= t.grantStart)
      throw new BadUserInputException('input.grantEnd', 'grantEnd must be after grantStart');
  }
}

function validDate(iso: string): boolean {
  const date = new Date(`${iso}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(iso);
}
