import { Injectable } from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import { InjectRepository } from '@nestjs/typeorm';
import { EntityManager, In, QueryFailedError, Repository } from 'typeorm';
import {
  ApplicationReadGrant,
  AuditWriter,
  BadUserInputException,
  ConflictException,
  DeadlinePassedException,
  ForbiddenException,
  InvalidStateException,
  NotFoundException,
  Page,
  paginate,
  readsEverything,
  Transactions,
  versionedSave,
} from '@abate/api/core';
import type { AuthUser } from '@abate/api/core';
import { ChecklistsService } from '@abate/api/checklists';
import { RoundsService } from '@abate/api/rounds';
import type { FundingRoundEntity } from '@abate/api/rounds';
import { OrganizationsService } from '@abate/api/organizations';
import { OutboxService } from '@abate/api/notifications';
import { formatInZone, yearInZone } from '@abate/shared/calendar';
import { safeguardFlags, validateApplication } from '@abate/shared/checklist';
import { applicationReceivedMail } from './mail/application-received.mail';
import type { ApplicationValidation, ChecklistDefinition, SafeguardFlag } from '@abate/shared/checklist';
import { BUDGET_CATEGORY_KEYS, METRIC_KEYS } from '@abate/shared/metrics';
import { ApplicationEntity } from './entities/application.entity';
import { ApplicationStatus } from './application-enums';
import { ApplicationInput } from './dto/application.input';
import { ApplicationsArgs } from './dto/applications.args';

/** Audit actions on an application that only officers and auditors see in its activity. */
const OFFICE_ONLY_ACTIONS = ['application.decide', 'application.override', 'application.release'];

export interface Receipt {
  trackingId: string;
  submittedAt: Date;
  application: ApplicationEntity;
}

export interface ActivityEntry {
  at: Date;
  actorEmail: string | null;
  action: string;
  fields: string[];
}

@Injectable()
export class ApplicationsService {
  constructor(
    @InjectRepository(ApplicationEntity) private readonly applications: Repository<ApplicationEntity>,
    private readonly rounds: RoundsService,
    private readonly checklists: ChecklistsService,
    private readonly organizations: OrganizationsService,
    private readonly outbox: OutboxService,
    private readonly transactions: Transactions,
    private readonly audit: AuditWriter,
    private readonly moduleRef: ModuleRef,
  ) {}

  async create(actor: AuthUser, roundId: string, organizationId: string): Promise<ApplicationEntity> {
    await this.assertMember(actor, organizationId, 'organizationId');
    const round = await this.rounds.get(roundId, actor);
    this.assertAccepting(round);
    const organization = await this.organizations.get(organizationId);
    if (!round.eligibleKinds.includes(organization.kind)) {
      throw new BadUserInputException(
        'organizationId',
        `This round is open to ${round.eligibleKinds.join(', ').toLowerCase()} organizations; ${organization.name} is a ${organization.kind.toLowerCase()}`,
      );
    }
    try {
      return await this.transactions.run(async (manager) => {
        await this.assertNoLiveApplication(manager, roundId, organizationId);
        const saved = await manager.save(
          manager.create(ApplicationEntity, {
            roundId,
            organizationId,
            createdBy: actor.id,
            status: ApplicationStatus.DRAFT,
          }),
        );
        await this.audit.record(manager, {
          action: 'application.create',
          entityType: 'Application',
          entityId: saved.id,
          after: { roundId, organizationId },
        });
        return saved;
      });
    } catch (error) {
      // Two members creating at the same moment: the unique index decides, and the loser hears why.
      if (
        error instanceof QueryFailedError &&
        String((error as { constraint?: string }).constraint ?? error.message).includes(
          'applications_round_organization_key',
        )
      ) {
        throw new BadUserInputException('organizationId', 'This organization already has an application in this round');
      }
      throw error;
    }
  }

  /** Partial update under optimistic concurrency: a stale version changes nothing. */
  async save(actor: AuthUser, id: string, version: number, input: ApplicationInput): Promise<ApplicationEntity> {
    const current = await this.getEditable(actor, id);
    const round = await this.rounds.get(current.roundId, actor);
    this.assertAccepting(round);
    const checklist = (await this.checklists.byId(round.checklistVersionId)).definition;
    this.checkInput(input, checklist);
    return this.transactions.run((manager) =>
      versionedSave(manager, this.audit, {
        target: ApplicationEntity,
        id,
        expectedVersion: version,
        label: 'Application',
        check: (app) => {
          if (app.status !== ApplicationStatus.DRAFT)
            throw new InvalidStateException('A submitted application is read-only');
        },
        stale: (now, sent) => this.stale(now, sent).message,
        audit: { action: 'application.save', entityType: 'Application' },
        merge: (app, change) => {
          for (const key of ['title', 'summary', 'requestedCents', 'lawEnforcementRole', 'warrantChecks'] as const) {
            if (input[key] !== undefined) change.set(key, (input[key] ?? null) as never);
          }
          if (input.responses) {
            const given = new Map(
              input.responses.map((r) => [
                r.itemKey,
                { itemKey: r.itemKey, narrative: r.narrative, selfRating: r.selfRating ?? null },
              ]),
            );
            change.note(
              'responses',
              app.responses.filter((r) => given.has(r.itemKey)),
              [...given.values()],
            );
            // Stored in checklist order so every reader sees the same order.
            const merged = new Map(app.responses.map((r) => [r.itemKey, r]));
            for (const [key, response] of given) merged.set(key, response);
            app.responses = checklist.items.flatMap((item) => merged.get(item.key) ?? []);
          }
          if (input.budgetLines)
            change.set(
              'budgetLines',
              input.budgetLines.map(({ category, description, amountCents }) => ({
                category,
                description,
                amountCents,
              })),
            );
          if (input.targets)
            change.set(
              'targets',
              input.targets.map(({ metricKey, value }) => ({ metricKey, value })),
            );
        },
      }),
    );
  }

  /**
   * Submits before the deadline (to the second, on the server's clock) when the
   * application has no errors. A repeat returns the first receipt.
   */
  async submit(actor: AuthUser, id: string, version: number): Promise<Receipt> {
    const current = await this.getEditable(actor, id, { allowSubmitted: true });
    const round = await this.rounds.get(current.roundId, actor);
    const checklist = (await this.checklists.byId(round.checklistVersionId)).definition;
    const members = await this.organizations.membersOf(current.organizationId);
    return this.transactions.run(async (manager) => {
      const app = await this.lock(manager, id);
      if (app.status === ApplicationStatus.SUBMITTED && app.trackingId && app.submittedAt) {
        return { trackingId: app.trackingId, submittedAt: app.submittedAt, application: app };
      }
      if (app.status !== ApplicationStatus.DRAFT)
        throw new InvalidStateException(`This application is ${app.status.toLowerCase()} and cannot be submitted`);
      const now = this.rounds.now();
      this.assertAccepting(round, now);
      if (app.version !== version) throw this.stale(app.version, version);
      const problems = this.validation(app, round, checklist).errors;
      if (problems.length) {
        const [first] = problems;
        throw new BadUserInputException(
          first.field,
          `${problems.length} ${problems.length === 1 ? 'problem needs' : 'problems need'} fixing before you can submit. First: ${first.message}`,
        );
      }
      const [{ n }] = (await manager.query(`SELECT nextval('application_tracking_seq') AS n`)) as Array<{ n: string }>;
      const before = { status: app.status };
      app.status = ApplicationStatus.SUBMITTED;
      app.trackingId = `ABT-${yearInZone(now, round.timeZone)}-${String(n).padStart(6, '0')}`;
      app.submittedAt = now;
      app.submittedBy = actor.id;
      const saved = await manager.save(app);
      await this.audit.record(manager, {
        action: 'application.submit',
        entityType: 'Application',
        entityId: id,
        before,
        after: { status: saved.status, trackingId: saved.trackingId, submittedAt: now },
      });
      await this.outbox.enqueue(
        manager,
        members.map((member) => ({
          kind: 'application.submitted',
          recipientUserId: member.userId,
          recipientEmail: member.email,
          ...applicationReceivedMail({
            recipientName: member.name,
            applicationTitle: saved.title,
            roundTitle: round.title,
            trackingId: saved.trackingId!,
            submittedAt: now,
            submittedBy: actor.email,
            requestedCents: saved.requestedCents ?? 0,
            closesAt: round.closesAt,
            timeZone: round.timeZone,
          }),
          dedupeKey: `application.submitted:${id}:${member.userId}`,
        })),
      );
      return { trackingId: saved.trackingId!, submittedAt: now, application: saved };
    });
  }

  /** While the round accepts applications, members may withdraw a draft or a submitted application. */
  async withdraw(actor: AuthUser, id: string): Promise<ApplicationEntity> {
    const current = await this.getEditable(actor, id, { allowSubmitted: true });
    const round = await this.rounds.get(current.roundId, actor);
    return this.transactions.run(async (manager) => {
      const app = await this.lock(manager, id);
      if (app.status !== ApplicationStatus.DRAFT && app.status !== ApplicationStatus.SUBMITTED) {
        throw new InvalidStateException(`This application is ${app.status.toLowerCase()} and cannot be withdrawn`);
      }
      this.assertAccepting(round);
      const before = { status: app.status };
      app.status = ApplicationStatus.WITHDRAWN;
      app.withdrawnAt = this.rounds.now();
      const saved = await manager.save(app);
      await this.audit.record(manager, {
        action: 'application.withdraw',
        entityType: 'Application',
        entityId: id,
        before,
        after: { status: saved.status },
      });
      return saved;
    });
  }

  /** Officers and auditors: every application; applicants: their organizations'. */
  async list(actor: AuthUser, args: ApplicationsArgs): Promise<Page<ApplicationEntity>> {
    const query = this.applications.createQueryBuilder('app');
    if (!readsEverything(actor)) {
      query.andWhere('app.organization_id = ANY(CAST(:organizationIds AS uuid[]))', {
        organizationIds: await this.organizations.organizationIdsOfUser(actor.id),
      });
    }
    if (args.roundId) query.andWhere('app.round_id = :roundId', { roundId: args.roundId });
    if (args.status) query.andWhere('app.status = :status', { status: args.status });
    return paginate(query, args, { column: 'app.created_at', value: (a) => a.createdAt.toISOString() });
  }

  /**
   * An application the caller may read: its organization's members, officers and
   * auditors, and whoever a read grant opens it to (a reviewer who declared no conflict).
   * FORBIDDEN for anyone else.
   */
  async getReadable(actor: AuthUser, id: string): Promise<ApplicationEntity> {
    const app = await this.applications.findOne({ where: { id } });
    if (!app) throw new NotFoundException('Application', 'id');
    if (readsEverything(actor) || (await this.organizations.membershipRole(actor.id, app.organizationId))) return app;
    if (await this.readGrant()?.canRead(actor, id)) return app;
    throw new ForbiddenException('This application belongs to another organization');
  }

  private readGrant(): ApplicationReadGrant | null {
    try {
      return this.moduleRef.get(ApplicationReadGrant, { strict: false });
    } catch {
      return null; // no domain grants wider reads in this app
    }
  }

  /** For other domains (attachments): may this caller change this application's files right now? */
  async getEditable(actor: AuthUser, id: string, { allowSubmitted = false } = {}): Promise<ApplicationEntity> {
    const app = await this.applications.findOne({ where: { id } });
    if (!app) throw new NotFoundException('Application', 'id');
    await this.assertMember(actor, app.organizationId);
    if (!allowSubmitted && app.status !== ApplicationStatus.DRAFT)
      throw new InvalidStateException('A submitted application is read-only');
    return app;
  }

  validation(app: ApplicationEntity, round: FundingRoundEntity, checklist: ChecklistDefinition): ApplicationValidation {
    return validateApplication(app, checklist, round);
  }

  flags(app: ApplicationEntity, checklist: ChecklistDefinition): SafeguardFlag[] {
    return safeguardFlags(app, checklist);
  }

  async byIds(ids: readonly string[]): Promise<Map<string, ApplicationEntity>> {
    const rows = await this.applications.findBy({ id: In([...new Set(ids)]) });
    return new Map(rows.map((r) => [r.id, r]));
  }

  /**
   * The applications of a round with these statuses, without their narrative
   * responses (most of their size): `responses` is left undefined, and the
   * GraphQL field loads it when a query asks for it.
   */
  async ofRoundWithoutResponses(roundId: string, statuses: readonly ApplicationStatus[]): Promise<ApplicationEntity[]> {
    const columns = this.applications.metadata.columns
      .map((c) => c.propertyName)
      .filter((name) => name !== 'responses');
    return this.applications.find({
      select: Object.fromEntries(columns.map((name) => [name, true])) as Record<keyof ApplicationEntity, true>,
      where: { roundId, status: In([...statuses]) },
    });
  }

  /**
   * Holds off a submission (which locks the row for update) until the caller's transaction
   * commits, and refuses once the application has left DRAFT: attachments change only drafts.
   */
  async lockDraftForShare(manager: EntityManager, id: string): Promise<void> {
    const app = await manager
      .getRepository(ApplicationEntity)
      .createQueryBuilder('app')
      .setLock('pessimistic_read')
      .where('app.id = :id', { id })
      .getOne();
    if (!app) throw new NotFoundException('Application', 'id');
    if (app.status !== ApplicationStatus.DRAFT) throw new InvalidStateException('A submitted application is read-only');
  }

  /** A round's submitted applications, for the awards domain's release (inside its transaction when given). */
  submittedOfRound(roundId: string, manager: EntityManager = this.applications.manager): Promise<ApplicationEntity[]> {
    return manager.find(ApplicationEntity, {
      where: { roundId, status: ApplicationStatus.SUBMITTED },
      order: { submittedAt: 'ASC', id: 'ASC' },
    });
  }

  /**
   * Records the released decision on submitted applications (AWARDED or DECLINED), in the
   * caller's transaction: the awards domain decides, this domain owns the status.
   */
  async recordDecisions(
    manager: EntityManager,
    outcomes: ReadonlyArray<{ applicationId: string; awarded: boolean }>,
  ): Promise<void> {
    for (const status of [ApplicationStatus.AWARDED, ApplicationStatus.DECLINED]) {
      const ids = outcomes
        .filter((o) => o.awarded === (status === ApplicationStatus.AWARDED))
        .map((o) => o.applicationId);
      if (!ids.length) continue;
      const result = await manager.update(
        ApplicationEntity,
        { id: In(ids), status: ApplicationStatus.SUBMITTED },
        { status },
      );
      if (result.affected !== ids.length)
        throw new ConflictException('An application changed while its decision was released; try again');
    }
  }

  /** The approved budget of an application (without its narratives), for checking reports against it. */
  async budgetLinesOf(
    id: string,
    manager: EntityManager = this.applications.manager,
  ): Promise<ApplicationEntity['budgetLines']> {
    return (await manager.findOneOrFail(ApplicationEntity, { select: { id: true, budgetLines: true }, where: { id } }))
      .budgetLines;
  }

  /** The organization of each application, without reading the applications' answers. */
  async organizationIdsOf(ids: readonly string[]): Promise<Map<string, string>> {
    const rows = await this.applications.find({
      select: { id: true, organizationId: true },
      where: { id: In([...new Set(ids)]) },
    });
    return new Map(rows.map((r) => [r.id, r.organizationId]));
  }

  /**
   * Who saved what, when: the application's audit trail, newest first. Officers and auditors see
   * every event; applicants and reviewers never see the decision events (their fact and time would
   * give an unreleased decision away; a released one is shown as the decision itself).
   */
  async activity(id: string, actor: AuthUser | null, limit = 50): Promise<ActivityEntry[]> {
    const hidden = actor && readsEverything(actor) ? [] : OFFICE_ONLY_ACTIONS;
    // Only what the trail shows: the changed fields' names are computed in the database, so an
    // application autosaved fifty times does not read back fifty snapshots of its narratives.
    const rows: Array<{ at: Date; actor_email: string | null; action: string; fields: string[] }> =
      await this.applications.query(ACTIVITY_SQL, [id, hidden, limit]);
    return rows.map((r) => ({ at: r.at, actorEmail: r.actor_email, action: r.action, fields: r.fields }));
  }

  private async lock(manager: EntityManager, id: string): Promise<ApplicationEntity> {
    const app = await manager
      .getRepository(ApplicationEntity)
      .createQueryBuilder('app')
      .setLock('pessimistic_write')
      .where('app.id = :id', { id })
      .getOne();
    if (!app) throw new NotFoundException('Application', 'id');
    return app;
  }

  private stale(now: number, sent: number): ConflictException {
    return new ConflictException(
      `Someone else saved this application since you loaded it (now version ${now}, you sent ${sent}). Reload to see their changes; your typing is kept on this device.`,
    );
  }

  private async assertMember(actor: AuthUser, organizationId: string, field?: string): Promise<void> {
    if (!(await this.organizations.membershipRole(actor.id, organizationId))) {
      throw field
        ? new ForbiddenException('You are not a member of this organization')
        : new ForbiddenException('This application belongs to another organization');
    }
  }

  private assertAccepting(round: FundingRoundEntity, now = this.rounds.now()): void {
    if (round.stage !== 'PUBLISHED' || now.getTime() < round.opensAt.getTime()) {
      throw new InvalidStateException(
        round.stage === 'PUBLISHED'
          ? `This round opens on ${formatInZone(round.opensAt, round.timeZone)}`
          : 'This round is not accepting applications',
      );
    }
    if (now.getTime() >= round.closesAt.getTime()) {
      throw new DeadlinePassedException(
        `The deadline for ${round.title} was ${formatInZone(round.closesAt, round.timeZone)}`,
      );
    }
  }

  private async assertNoLiveApplication(
    manager: EntityManager,
    roundId: string,
    organizationId: string,
  ): Promise<void> {
    const existing = await manager
      .getRepository(ApplicationEntity)
      .createQueryBuilder('app')
      .where('app.round_id = :roundId AND app.organization_id = :organizationId AND app.status <> :withdrawn', {
        roundId,
        organizationId,
        withdrawn: ApplicationStatus.WITHDRAWN,
      })
      .getOne();
    if (existing)
      throw new BadUserInputException(
        'organizationId',
        'This organization already has an application in this round: open it from your dashboard',
      );
  }

  /** Keys, categories and metrics must exist; each refusal names the input path. */
  private checkInput(input: ApplicationInput, checklist: ChecklistDefinition): void {
    const items = new Set(checklist.items.map((i) => i.key));
    const seenItems = new Set<string>();
    input.responses?.forEach((r, i) => {
      if (!items.has(r.itemKey))
        throw new BadUserInputException(
          `input.responses.${i}.itemKey`,
          `${r.itemKey} is not an item of checklist ${checklist.key} ${checklist.version}`,
        );
      if (seenItems.has(r.itemKey))
        throw new BadUserInputException(`input.responses.${i}.itemKey`, `${r.itemKey} is answered twice`);
      seenItems.add(r.itemKey);
    });
    input.budgetLines?.forEach((line, i) => {
      if (!BUDGET_CATEGORY_KEYS.has(line.category))
        throw new BadUserInputException(
          `input.budgetLines.${i}.category`,
          `${line.category} is not a budget category (${[...BUDGET_CATEGORY_KEYS].join(', ')})`,
        );
      if (!line.description)
        throw new BadUserInputException(`input.budgetLines.${i}.description`, 'Each budget line needs a description');
    });
    const seenMetrics = new Set<string>();
    input.targets?.forEach((target, i) => {
      if (!METRIC_KEYS.has(target.metricKey))
        throw new BadUserInputException(
          `input.targets.${i}.metricKey`,
          `${target.metricKey} is not a quarterly metric`,
        );
      if (seenMetrics.has(target.metricKey))
        throw new BadUserInputException(`input.targets.${i}.metricKey`, `${target.metricKey} has two targets`);
      seenMetrics.add(target.metricKey);
    });
  }
}

/** The parts of an application a save changed, for the activity list. */
/**
 * An application's audit trail, newest first, with the fields each change touched: the keys of
 * `after` in its stored order, and `responses.<itemKey>` for each response it carried.
 * $1: application id, $2: actions hidden from the caller, $3: how many.
 */
const ACTIVITY_SQL = `
SELECT e.occurred_at AS at, e.actor_email, e.action,
  coalesce((
    SELECT array_agg(x.field ORDER BY x.k, x.n) FROM (
      SELECT kv.n AS k, r.n AS n, 'responses.' || coalesce(r.v->>'itemKey', '') AS field
      FROM jsonb_each(CASE WHEN jsonb_typeof(e.after) = 'object' THEN e.after END) WITH ORDINALITY kv(key, value, n)
      CROSS JOIN LATERAL jsonb_array_elements(CASE WHEN jsonb_typeof(kv.value) = 'array' THEN kv.value END) WITH ORDINALITY r(v, n)
      WHERE kv.key = 'responses'
      UNION ALL
      SELECT kv.n, 0, kv.key
      FROM jsonb_each(CASE WHEN jsonb_typeof(e.after) = 'object' THEN e.after END) WITH ORDINALITY kv(key, value, n)
      WHERE NOT (kv.key = 'responses' AND jsonb_typeof(kv.value) = 'array')
    ) x
  ), '{}') AS fields
FROM audit_events e
WHERE e.entity_type = 'Application' AND e.entity_id = $1 AND NOT (e.action = ANY($2::text[]))
ORDER BY e.occurred_at DESC
LIMIT $3`;
