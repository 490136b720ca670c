import { Injectable } from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import { InjectRepository } from '@nestjs/typeorm';
import { In, Repository } from 'typeorm';
import {
  AuditWriter,
  BadUserInputException,
  InvalidStateException,
  NotFoundException,
  Transactions,
} from '@abate/api/core';
import type { AuthUser } from '@abate/api/core';
import { decisionMail } from './mail/decision.mail';
import { ApplicationsService, ApplicationStatus } from '@abate/api/applications';
import type { ApplicationEntity } from '@abate/api/applications';
import { RoundsService, RoundStatus } from '@abate/api/rounds';
import type { FundingRoundEntity } from '@abate/api/rounds';
import { OrganizationsService } from '@abate/api/organizations';
import { OutboxService } from '@abate/api/notifications';
import { formatDollars } from '@abate/shared/checklist';
import { FundingDecisionEntity } from './entities/funding-decision.entity';
import { AwardEntity } from './entities/award.entity';
import { DecisionInput, DecisionKind } from './dto/decision.input';
import { RankingService } from './ranking.service';
import { AwardBudgetService } from './award-budget.service';
import { AwardsCreatedListener } from './award-lifecycle';
import { LedgerService } from '@abate/api/ledger';

@Injectable()
export class DecisionsService {
  constructor(
    @InjectRepository(FundingDecisionEntity) private readonly decisions: Repository<FundingDecisionEntity>,
    private readonly ranking: RankingService,
    private readonly applications: ApplicationsService,
    private readonly rounds: RoundsService,
    private readonly organizations: OrganizationsService,
    private readonly outbox: OutboxService,
    private readonly transactions: Transactions,
    private readonly audit: AuditWriter,
    private readonly budgets: AwardBudgetService,
    private readonly moduleRef: ModuleRef,
  ) {}

  /** The settlement fund ledger, when it is loaded (it encumbers awards of rounds it funds). */
  private ledger(): LedgerService | null {
    try {
      return this.moduleRef.get(LedgerService, { strict: false });
    } catch {
      return null;
    }
  }

  /** The domain that acts on new awards (reporting: their milestones); none when it is not loaded. */
  private awardsCreatedListener(): AwardsCreatedListener | null {
    try {
      return this.moduleRef.get(AwardsCreatedListener, { strict: false });
    } catch {
      return null;
    }
  }

  /**
   * Records (or changes, until release) the decision on a submitted application
   * of a round in review. Awarding past the ranking's advice (a critical gap, or
   * below the funding line) needs an override reason; awards never exceed the budget.
   */
  async decide(actor: AuthUser, applicationId: string, input: DecisionInput): Promise<ApplicationEntity> {
    const app = (await this.applications.byIds([applicationId])).get(applicationId);
    if (!app) throw new NotFoundException('Application', 'applicationId');
    const round = await this.rounds.get(app.roundId, null, { includeDrafts: true });
    this.assertInReview(round);
    if (app.status !== ApplicationStatus.SUBMITTED)
      throw new InvalidStateException(
        `Only submitted applications are decided; this one is ${app.status.toLowerCase()}`,
      );

    if (input.decision === DecisionKind.DECLINE) {
      if (!input.reason)
        throw new BadUserInputException('input.reason', 'Give the reason for declining: the applicant will read it');
    } else {
      const amount = input.amountCents;
      if (amount === undefined) throw new BadUserInputException('input.amountCents', 'Give the amount to award');
      if (amount < round.minAwardCents || amount > round.maxAwardCents) {
        throw new BadUserInputException(
          'input.amountCents',
          `Awards in this round are between ${formatDollars(round.minAwardCents)} and ${formatDollars(round.maxAwardCents)}`,
        );
      }
      if (amount > (app.requestedCents ?? 0n))
        throw new BadUserInputException(
          'input.amountCents',
          `The award cannot exceed the ${formatDollars(app.requestedCents ?? 0n)} requested`,
        );
      const ranking = await this.ranking.ranking(round.id);
      const row = ranking.rows.find((r) => r.applicationId === applicationId);
      const advice = row?.criticalGaps.length
        ? 'has a critical gap'
        : !row?.aboveFundingLine
          ? 'is below the funding line'
          : null;
      if (advice && !input.overrideReason)
        throw new BadUserInputException(
          'input.overrideReason',
          `This application ${advice}: record why you are awarding it anyway`,
        );
    }

    return this.transactions.run(async (manager) => {
      // Decisions of one round are made one at a time so the budget check sees them all.
      await this.rounds.lockRound(manager, round.id);
      const existing = await manager.findOne(FundingDecisionEntity, { where: { applicationId } });
      if (input.decision === DecisionKind.AWARD) {
        const [{ total }] = await manager.query(
          `SELECT coalesce(sum(amount_cents), 0)::bigint AS total FROM funding_decisions WHERE round_id = $1 AND decision = 'AWARD' AND application_id <> $2`,
          [round.id, applicationId],
        );
        const over = BigInt(total) + input.amountCents! - round.budgetCents;
        if (over > 0n)
          throw new BadUserInputException(
            'input.amountCents',
            `This award would take the round ${formatDollars(over)} over its ${formatDollars(round.budgetCents)} budget`,
          );
      }
      const values = {
        applicationId,
        roundId: round.id,
        decision: input.decision,
        amountCents: input.decision === DecisionKind.AWARD ? input.amountCents! : null,
        conditions: input.decision === DecisionKind.AWARD ? (input.conditions ?? null) : null,
        reason: input.decision === DecisionKind.DECLINE ? input.reason! : null,
        overrideReason: input.decision === DecisionKind.AWARD ? (input.overrideReason ?? null) : null,
        decidedBy: actor.id,
      };
      const saved: FundingDecisionEntity = await manager.save(
        existing ? Object.assign(existing, values) : manager.create(FundingDecisionEntity, values),
      );
      await this.audit.record(manager, {
        action: 'application.decide',
        entityType: 'Application',
        entityId: applicationId,
        before: existing
          ? { decision: existing.decision, amountCents: existing.amountCents, overrideReason: existing.overrideReason }
          : null,
        after: {
          decision: saved.decision,
          amountCents: saved.amountCents,
          conditions: saved.conditions,
          reason: saved.reason,
          overrideReason: saved.overrideReason,
        },
      });
      return app;
    });
  }

  /**
   * Makes the decisions final: the round becomes DECIDED, each award is created,
   * applicants can read their decision and the reviewers' comments, and a message
   * to each applicant organization's members goes to the outbox.
   */
  async release(roundId: string): Promise<FundingRoundEntity> {
    const preview = await this.rounds.get(roundId, null, { includeDrafts: true });
    this.assertInReview(preview);
    // Read outside the transaction: on the embedded database a second connection waits for the first.
    const submitted = await this.applications.submittedOfRound(roundId);
    const membersOf = new Map(
      await Promise.all(
        submitted.map(async (a) => [a.organizationId, await this.organizations.membersOf(a.organizationId)] as const),
      ),
    );
    return this.transactions.run(async (manager) => {
      const round = await this.rounds.lockRound(manager, roundId);
      this.assertInReview(round);
      const apps = await this.applications.submittedOfRound(roundId, manager);
      const decisions = new Map(
        (await manager.find(FundingDecisionEntity, { where: { roundId } })).map((d) => [d.applicationId, d]),
      );
      const undecided = apps.filter((a) => !decisions.has(a.id));
      if (undecided.length) {
        throw new InvalidStateException(
          `${undecided.length} submitted ${undecided.length === 1 ? 'application has' : 'applications have'} no decision yet (first: ${undecided[0].trackingId})`,
        );
      }
      // The applications domain owns their status: it records the outcome.
      await this.applications.recordDecisions(
        manager,
        apps.map((app) => ({ applicationId: app.id, awarded: decisions.get(app.id)!.decision === 'AWARD' })),
      );
      const created: AwardEntity[] = [];
      for (const app of apps) {
        const decision = decisions.get(app.id)!;
        if (decision.decision === 'AWARD') {
          const award = await manager.save(
            manager.create(AwardEntity, {
              applicationId: app.id,
              roundId,
              organizationId: app.organizationId,
              amountCents: decision.amountCents!,
              conditions: decision.conditions,
              startDate: round.grantStart,
              endDate: round.grantEnd,
              status: 'ACTIVE',
            }),
          );
          // The award's own budget per category: the request, scaled down when less is awarded.
          await this.budgets.createForAward(manager, award, app.budgetLines);
          await this.audit.record(manager, {
            action: 'award.create',
            entityType: 'Award',
            entityId: award.id,
            before: null,
            after: {
              applicationId: app.id,
              roundId,
              organizationId: app.organizationId,
              amountCents: award.amountCents,
              conditions: award.conditions,
              startDate: award.startDate,
              endDate: award.endDate,
              status: award.status,
            },
          });
          created.push(award);
        }
        await this.outbox.enqueue(
          manager,
          (membersOf.get(app.organizationId) ?? []).map((member) => ({
            kind: 'application.decided',
            recipientUserId: member.userId,
            recipientEmail: member.email,
            ...decisionMail({
              recipientName: member.name,
              trackingId: app.trackingId,
              applicationTitle: app.title,
              round,
              outcome:
                decision.decision === 'AWARD'
                  ? { decision: 'AWARD', amountCents: decision.amountCents!, conditions: decision.conditions }
                  : { decision: 'DECLINE', reason: decision.reason },
            }),
            dedupeKey: `application.decided:${app.id}:${member.userId}`,
          })),
        );
      }
      // The reports each award owes are the reporting domain's (its milestones), scheduled in this transaction.
      if (created.length) await this.awardsCreatedListener()?.awardsCreated(manager, created);
      // A round paid from a settlement fund commits each award's amount there (the ledger's entries, written by the ledger).
      const ledger = this.ledger();
      for (const award of created)
        await ledger?.encumberAward(manager, {
          roundId,
          awardId: award.id,
          amountCents: BigInt(award.amountCents),
          actorId: null,
        });
      return this.rounds.markDecided(manager, round);
    });
  }

  /** Decisions of many applications, for the Application.decision field. */
  async byApplicationIds(ids: readonly string[]): Promise<Map<string, FundingDecisionEntity>> {
    const rows = await this.decisions.findBy({ applicationId: In([...new Set(ids)]) });
    return new Map(rows.map((d) => [d.applicationId, d]));
  }

  private assertInReview(round: FundingRoundEntity): void {
    const status = this.rounds.status(round);
    if (status !== RoundStatus.REVIEW) {
      throw new InvalidStateException(
        status === RoundStatus.PUBLISHED
          ? 'Decisions are made after the round closes'
          : `Decisions cannot change once a round is ${status.toLowerCase()}`,
      );
    }
  }
}
