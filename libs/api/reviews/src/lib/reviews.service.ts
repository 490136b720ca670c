import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { EntityManager, In, Repository } from 'typeorm';
import {
  ApplicationReadGrant,
  AuditWriter,
  BadUserInputException,
  ForbiddenException,
  InvalidStateException,
  isUuid,
  NotFoundException,
  readsEverything,
  Transactions,
  versionedSave,
} from '@abate/api/core';
import type { AuthUser } from '@abate/api/core';
import { conflictDeclaredMail } from './mail/conflict-declared.mail';
import { ApplicationsService, ApplicationStatus } from '@abate/api/applications';
import type { ApplicationEntity } from '@abate/api/applications';
import { ChecklistsService } from '@abate/api/checklists';
import { RoundsService, RoundStatus } from '@abate/api/rounds';
import type { FundingRoundEntity } from '@abate/api/rounds';
import { OrganizationsService } from '@abate/api/organizations';
import type { UserEntity } from '@abate/api/organizations';
import { OutboxService } from '@abate/api/notifications';
import type { ChecklistDefinition, SubmittedReview } from '@abate/shared/checklist';
import { ReviewAssignmentEntity } from './entities/review-assignment.entity';
import type { ItemScore } from './entities/review-assignment.entity';
import { AssignmentStatus } from './review-status';
import { ReviewInput } from './dto/review.input';
import { planAssignments } from './assignment-plan';
import {
  CONFLICT_NOTIFIED_ROLE,
  isReviewer,
  mayReview,
  REVIEWER_ROLE,
  REVIEWS_FIELD_VISIBILITY,
} from './reviews.policy';
import { fitsLimit, NARRATIVE_MAX_CHARS, tooLongMessage } from '@abate/shared/limits';

/** Counts that hold a reviewer's time: everything but a declared conflict. */
const ACTIVE = [AssignmentStatus.PENDING_COI, AssignmentStatus.IN_PROGRESS, AssignmentStatus.SUBMITTED];

/** An assignment read for a list: `scores` and `overallComment` are not loaded (see ReviewsService.summaries). */
export interface AssignmentSummary {
  entity: Omit<ReviewAssignmentEntity, 'scores' | 'overallComment'>;
  ratedCount: number;
}

export interface ReviewerLoad {
  reviewer: UserEntity;
  assigned: number;
  submitted: number;
  conflicted: number;
}

export interface VisibleReview {
  /** "Reviewer 1", "Reviewer 2"… in order of submission: never a name outside the officers' view. */
  label: string;
  assignment: ReviewAssignmentEntity;
  /** Only officers and auditors learn who wrote it. */
  showReviewer: boolean;
}

@Injectable()
export class ReviewsService extends ApplicationReadGrant {
  constructor(
    @InjectRepository(ReviewAssignmentEntity) private readonly assignments: Repository<ReviewAssignmentEntity>,
    private readonly applications: ApplicationsService,
    private readonly rounds: RoundsService,
    private readonly checklists: ChecklistsService,
    private readonly organizations: OrganizationsService,
    private readonly outbox: OutboxService,
    private readonly transactions: Transactions,
    private readonly audit: AuditWriter,
  ) {
    super();
  }

  /** A reviewer may read an application once they have declared no conflict on it. */
  async canRead(actor: AuthUser, applicationId: string): Promise<boolean> {
    if (!isReviewer(actor)) return false;
    return this.assignments.exists({
      where: {
        applicationId,
        reviewerId: actor.id,
        status: In([AssignmentStatus.IN_PROGRESS, AssignmentStatus.SUBMITTED]),
      },
    });
  }

  /**
   * Gives every submitted application of the round `perApplication` active
   * reviewers, keeping existing assignments, with loads as even as eligibility
   * allows (see planAssignments). Nobody reviews an application of an
   * organization they belong to, or one they declared a conflict on.
   */
  async assignMany(roundId: string, reviewerIds: string[], perApplication: number): Promise<ReviewAssignmentEntity[]> {
    const round = await this.rounds.get(roundId, null, { includeDrafts: true });
    this.assertAssignable(round);
    const reviewers = await this.reviewersByIds(reviewerIds, 'reviewerIds');
    if (perApplication < 1 || perApplication > reviewers.length) {
      throw new BadUserInputException(
        'perApplication',
        `perApplication must be between 1 and the number of reviewers (${reviewers.length})`,
      );
    }
    const memberships = await this.organizations.membershipsOfUsers(reviewers.map((r) => r.id));
    return this.transactions.run(async (manager) => {
      // One assignment run per round at a time: concurrent runs would both see the old loads.
      await manager.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`assign:${roundId}`]);
      const apps = await this.applications.submittedOfRound(roundId, manager);
      const existing = await manager.find(ReviewAssignmentEntity, { where: { roundId } });
      const load = new Map<string, number>();
      for (const a of existing)
        if (ACTIVE.includes(a.status)) load.set(a.reviewerId, (load.get(a.reviewerId) ?? 0) + 1);
      const onApp = new Map<string, ReviewAssignmentEntity[]>();
      for (const a of existing) onApp.set(a.applicationId, [...(onApp.get(a.applicationId) ?? []), a]);
      const plan = planAssignments(
        apps.map((app) => {
          const current = onApp.get(app.id) ?? [];
          return {
            id: app.id,
            assigned: new Set(current.map((a) => a.reviewerId)),
            needed: Math.max(0, perApplication - current.filter((a) => ACTIVE.includes(a.status)).length),
            eligible: (reviewerId: string) =>
              !(memberships.get(reviewerId) ?? []).some((m) => m.organizationId === app.organizationId),
          };
        }),
        reviewers.map((r) => r.id),
        load,
      );
      const created = plan.map((p) =>
        manager.create(ReviewAssignmentEntity, {
          applicationId: p.applicationId,
          roundId,
          reviewerId: p.reviewerId,
          status: AssignmentStatus.PENDING_COI,
        }),
      );
      const saved = created.length ? await manager.save(created) : [];
      await this.audit.record(manager, {
        action: 'review.assign',
        entityType: 'FundingRound',
        entityId: roundId,
        after: {
          perApplication,
          reviewerIds,
          created: saved.map((a) => ({ applicationId: a.applicationId, reviewerId: a.reviewerId })),
        },
      });
      return manager.find(ReviewAssignmentEntity, { where: { roundId }, order: { createdAt: 'ASC', id: 'ASC' } });
    });
  }

  async assignOne(applicationId: string, reviewerId: string): Promise<ReviewAssignmentEntity> {
    const app = await this.applicationOf(applicationId);
    if (app.status !== ApplicationStatus.SUBMITTED)
      throw new InvalidStateException('Only submitted applications are reviewed');
    this.assertAssignable(await this.rounds.get(app.roundId, null, { includeDrafts: true }));
    const [reviewer] = await this.reviewersByIds([reviewerId], 'reviewerId');
    if (await this.organizations.membershipRole(reviewer.id, app.organizationId)) {
      throw new BadUserInputException(
        'reviewerId',
        `${reviewer.name} belongs to the applicant organization and cannot review its application`,
      );
    }
    return this.transactions.run(async (manager) => {
      const previous = await manager.findOne(ReviewAssignmentEntity, { where: { applicationId, reviewerId } });
      if (previous) {
        throw new BadUserInputException(
          'reviewerId',
          previous.status === AssignmentStatus.CONFLICTED
            ? `${reviewer.name} declared a conflict on this application`
            : `${reviewer.name} is already assigned`,
        );
      }
      const saved = await manager.save(
        manager.create(ReviewAssignmentEntity, {
          applicationId,
          roundId: app.roundId,
          reviewerId,
          status: AssignmentStatus.PENDING_COI,
        }),
      );
      await this.audit.record(manager, {
        action: 'review.assign',
        entityType: 'ReviewAssignment',
        entityId: saved.id,
        after: { applicationId, reviewerId },
      });
      return saved;
    });
  }

  /** A submitted review stays; so does a declared conflict, which keeps the reviewer away for good. */
  async unassign(id: string): Promise<void> {
    await this.transactions.run(async (manager) => {
      const assignment = await this.lock(manager, id);
      if (assignment.status === AssignmentStatus.SUBMITTED)
        throw new InvalidStateException('A submitted review cannot be unassigned');
      if (assignment.status === AssignmentStatus.CONFLICTED)
        throw new InvalidStateException('A declared conflict stays on record; assign another reviewer instead');
      await manager.delete(ReviewAssignmentEntity, { id });
      await this.audit.record(manager, {
        action: 'review.unassign',
        entityType: 'ReviewAssignment',
        entityId: id,
        before: {
          applicationId: assignment.applicationId,
          reviewerId: assignment.reviewerId,
          status: assignment.status,
        },
      });
    });
  }

  async mine(actor: AuthUser, roundId?: string): Promise<AssignmentSummary[]> {
    return this.summaries(roundId ? { reviewerId: actor.id, roundId } : { reviewerId: actor.id });
  }

  async forRound(roundId: string): Promise<AssignmentSummary[]> {
    return this.summaries({ roundId });
  }

  /** Whole assignments, ratings and comments included, by id (for summaries whose ratings a query asks for). */
  async byIds(ids: readonly string[]): Promise<Map<string, ReviewAssignmentEntity>> {
    const rows = await this.assignments.find({ where: { id: In([...new Set(ids)]) } });
    return new Map(rows.map((r) => [r.id, r]));
  }

  /**
   * Lists of assignments without their ratings and comments, which are most of a submitted
   * review's size (a queue of 100 reviews carried 300 KB of them to show a count): the
   * database counts the ratings, and the GraphQL fields load them when a query asks.
   */
  private async summaries(where: { reviewerId?: string; roundId?: string }): Promise<AssignmentSummary[]> {
    const columns = this.assignments.metadata.columns.filter(
      (c) => c.propertyName !== 'scores' && c.propertyName !== 'overallComment',
    );
    const query = this.assignments
      .createQueryBuilder('a')
      .select(columns.map((c) => `a.${c.propertyPath}`))
      .addSelect('jsonb_array_length(a.scores)', 'rated_count')
      .orderBy('a.created_at', 'ASC')
      .addOrderBy('a.id', 'ASC');
    if (where.reviewerId) query.andWhere('a.reviewer_id = :reviewerId', { reviewerId: where.reviewerId });
    if (where.roundId) query.andWhere('a.round_id = :roundId', { roundId: where.roundId });
    const { entities, raw } = await query.getRawAndEntities<{ rated_count: number }>();
    return entities.map((entity, i) => ({ entity, ratedCount: Number(raw[i].rated_count) }));
  }

  async get(actor: AuthUser, id: string): Promise<ReviewAssignmentEntity> {
    const assignment = await this.assignments.findOne({ where: { id } });
    if (!assignment) throw new NotFoundException('Review assignment', 'assignmentId');
    if (assignment.reviewerId !== actor.id && !readsEverything(actor))
      throw new ForbiddenException('This assignment belongs to another reviewer');
    return assignment;
  }

  async declare(
    actor: AuthUser,
    id: string,
    hasConflict: boolean,
    explanation: string | undefined,
  ): Promise<ReviewAssignmentEntity> {
    const note = explanation?.trim() ?? '';
    if (!fitsLimit(note, NARRATIVE_MAX_CHARS))
      throw new BadUserInputException('explanation', tooLongMessage('explanation', NARRATIVE_MAX_CHARS));
    if (hasConflict && !note)
      throw new BadUserInputException(
        'explanation',
        'Explain the conflict (for example, a relationship with the applicant) so the program officer can reassign the review',
      );
    const officers = hasConflict ? await this.organizations.activeUsersWithRole(CONFLICT_NOTIFIED_ROLE) : [];
    return this.transactions.run(async (manager) => {
      const assignment = await this.lockOwn(manager, actor, id);
      if (assignment.status !== AssignmentStatus.PENDING_COI)
        throw new InvalidStateException('The conflict declaration for this assignment has already been made');
      const before = { status: assignment.status };
      assignment.status = hasConflict ? AssignmentStatus.CONFLICTED : AssignmentStatus.IN_PROGRESS;
      assignment.conflictExplanation = hasConflict ? note : null;
      assignment.declaredAt = this.rounds.now();
      const saved = await manager.save(assignment);
      await this.audit.record(manager, {
        action: 'review.declare-conflict',
        entityType: 'ReviewAssignment',
        entityId: id,
        before,
        after: { status: saved.status, hasConflict, explanation: saved.conflictExplanation },
      });
      if (hasConflict) {
        const org = await this.organizationNameOf(manager, assignment.applicationId);
        await this.outbox.enqueue(
          manager,
          officers.map((officer) => ({
            kind: 'review.conflict-declared',
            recipientUserId: officer.id,
            recipientEmail: officer.email,
            ...conflictDeclaredMail({ reviewerName: actor.name, organizationName: org, explanation: note }),
            dedupeKey: `review.conflict-declared:${id}:${officer.id}`,
          })),
        );
      }
      return saved;
    });
  }

  /** Partial update of one's own review under optimistic concurrency: scores merge by item key. */
  async save(actor: AuthUser, id: string, version: number, input: ReviewInput): Promise<ReviewAssignmentEntity> {
    const current = await this.get(actor, id);
    if (current.reviewerId !== actor.id) throw new ForbiddenException('Only the assigned reviewer writes the review');
    await this.assertNotReleased(current.roundId);
    const checklist = await this.checklistOfRound(current.roundId);
    const items = new Set(checklist.items.map((i) => i.key));
    const seen = new Set<string>();
    input.scores?.forEach((score, i) => {
      if (!items.has(score.itemKey))
        throw new BadUserInputException(
          `input.scores.${i}.itemKey`,
          `${score.itemKey} is not an item of the round's checklist`,
        );
      if (seen.has(score.itemKey))
        throw new BadUserInputException(`input.scores.${i}.itemKey`, `${score.itemKey} is scored twice`);
      seen.add(score.itemKey);
      if (score.rating === 0 && !score.comment)
        throw new BadUserInputException(
          `input.scores.${i}.comment`,
          'A rating of 0 needs a comment saying what is missing',
        );
    });
    return this.transactions.run((manager) =>
      versionedSave(manager, this.audit, {
        target: ReviewAssignmentEntity,
        id,
        expectedVersion: version,
        label: 'Review assignment',
        idField: 'assignmentId',
        check: (assignment) => {
          if (assignment.reviewerId !== actor.id)
            throw new ForbiddenException('This assignment belongs to another reviewer');
          this.assertWritable(assignment);
        },
        stale: (now, sent) =>
          `This review was saved elsewhere since you loaded it (now version ${now}, you sent ${sent}); reload to continue`,
        audit: { action: 'review.save', entityType: 'ReviewAssignment' },
        merge: (assignment, change) => {
          if (input.scores) {
            const given = new Map<string, ItemScore>(
              input.scores.map((s) => [s.itemKey, { itemKey: s.itemKey, rating: s.rating, comment: s.comment ?? '' }]),
            );
            change.note(
              'scores',
              assignment.scores.filter((s) => given.has(s.itemKey)),
              [...given.values()],
            );
            const merged = new Map(assignment.scores.map((s) => [s.itemKey, s]));
            for (const [key, score] of given) merged.set(key, score);
            assignment.scores = checklist.items.flatMap((item) => merged.get(item.key) ?? []);
          }
          if (input.overallComment !== undefined) change.set('overallComment', input.overallComment ?? null);
        },
      }),
    );
  }

  /** Every item rated (and every 0 explained): the review is then frozen. */
  async submit(actor: AuthUser, id: string): Promise<ReviewAssignmentEntity> {
    const current = await this.get(actor, id);
    if (current.reviewerId !== actor.id) throw new ForbiddenException('Only the assigned reviewer submits the review');
    await this.assertNotReleased(current.roundId);
    const checklist = await this.checklistOfRound(current.roundId);
    return this.transactions.run(async (manager) => {
      const assignment = await this.lockOwn(manager, actor, id);
      if (assignment.status === AssignmentStatus.SUBMITTED) return assignment;
      this.assertWritable(assignment);
      const rated = new Map(assignment.scores.map((s) => [s.itemKey, s]));
      const missing = checklist.items.filter((item) => !rated.has(item.key));
      if (missing.length) {
        throw new BadUserInputException(
          `scores.${missing[0].key}`,
          `Rate every item before submitting: ${missing.length} of ${checklist.items.length} not rated yet (first: ${missing[0].title})`,
        );
      }
      assignment.status = AssignmentStatus.SUBMITTED;
      assignment.submittedAt = this.rounds.now();
      const saved = await manager.save(assignment);
      await this.audit.record(manager, {
        action: 'review.submit',
        entityType: 'ReviewAssignment',
        entityId: id,
        before: { status: AssignmentStatus.IN_PROGRESS },
        after: { status: saved.status },
      });
      return saved;
    });
  }

  /**
   * Submitted reviews of an application, as the caller may see them. Officers and
   * auditors: all, with names. A reviewer: only after submitting their own, labelled.
   * The applicant's members: after decisions are released, labelled. Anyone else: FORBIDDEN.
   */
  async visibleReviews(actor: AuthUser, applicationId: string): Promise<VisibleReview[]> {
    const app = await this.applicationOf(applicationId);
    const reviews = await this.assignments.find({
      where: { applicationId, status: AssignmentStatus.SUBMITTED },
      order: { submittedAt: 'ASC', id: 'ASC' },
    });
    const labelled = (showReviewer: boolean) =>
      reviews.map((assignment, i) => ({ label: `Reviewer ${i + 1}`, assignment, showReviewer }));
    if (readsEverything(actor)) return labelled(REVIEWS_FIELD_VISIBILITY.applicationReviewReviewer(actor));
    if (isReviewer(actor)) {
      const own = await this.assignments.findOne({ where: { applicationId, reviewerId: actor.id } });
      if (own?.status === AssignmentStatus.SUBMITTED) return labelled(false);
      if (own && own.status !== AssignmentStatus.CONFLICTED)
        throw new ForbiddenException('Submit your own review first: other reviewers’ scores stay hidden until then');
    }
    if (await this.organizations.membershipRole(actor.id, app.organizationId)) {
      const round = await this.rounds.get(app.roundId, actor);
      if (this.rounds.status(round) === RoundStatus.DECIDED) return labelled(false);
      throw new ForbiddenException('Reviews are shared with the applicant when decisions are released');
    }
    throw new ForbiddenException('You may not read these reviews');
  }

  async loads(roundId: string): Promise<ReviewerLoad[]> {
    const rows: Array<{ reviewer_id: string; assigned: number; submitted: number; conflicted: number }> =
      await this.assignments
        .createQueryBuilder('a')
        .select('a.reviewer_id', 'reviewer_id')
        .addSelect(`count(*) FILTER (WHERE a.status <> 'CONFLICTED')::int`, 'assigned')
        .addSelect(`count(*) FILTER (WHERE a.status = 'SUBMITTED')::int`, 'submitted')
        .addSelect(`count(*) FILTER (WHERE a.status = 'CONFLICTED')::int`, 'conflicted')
        .where('a.round_id = :roundId', { roundId })
        .groupBy('a.reviewer_id')
        .getRawMany();
    const users = new Map((await this.organizations.usersByIds(rows.map((r) => r.reviewer_id))).map((u) => [u.id, u]));
    return rows
      .flatMap((r) =>
        users.has(r.reviewer_id)
          ? [
              {
                reviewer: users.get(r.reviewer_id)!,
                assigned: r.assigned,
                submitted: r.submitted,
                conflicted: r.conflicted,
              },
            ]
          : [],
      )
      .sort((x, y) => x.reviewer.name.localeCompare(y.reviewer.name));
  }

  usersByIds(ids: readonly string[]): Promise<UserEntity[]> {
    return this.organizations.usersByIds(ids);
  }

  /** Active reviewers (people with the REVIEWER role), for the officer's assignment screen. */
  async reviewers(): Promise<UserEntity[]> {
    return this.organizations.activeUsersWithRole(REVIEWER_ROLE, 'name');
  }

  /** Reviews still needed per application: the round's reviewersPerApplication less active assignments. */
  async stillNeeded(applicationIds: readonly string[]): Promise<Map<string, number>> {
    const rows: Array<{ application_id: string; active: number; per: number }> = await this.assignments.manager
      .createQueryBuilder()
      .select('app.id', 'application_id')
      .addSelect('round.reviewers_per_application', 'per')
      .addSelect(
        `(SELECT count(*)::int FROM review_assignments a WHERE a.application_id = app.id AND a.status <> 'CONFLICTED')`,
        'active',
      )
      .from('applications', 'app')
      .innerJoin('funding_rounds', 'round', 'round.id = app.round_id')
      .where('app.id IN (:...ids)', { ids: [...applicationIds] })
      .getRawMany();
    return new Map(rows.map((r) => [r.application_id, Math.max(0, r.per - r.active)]));
  }

  /** The submitted reviews of a round that count: not conflicted (a conflict is never SUBMITTED). */
  async submittedReviewsOfRound(roundId: string): Promise<SubmittedReview[]> {
    // Only the ratings: a 1,000-application round has 4,000 reviews, and their comments are most of each row.
    const rows: Array<{ reviewer_id: string; application_id: string; ratings: Array<[string, number]> | null }> =
      await this.assignments
        .createQueryBuilder('a')
        .select('a.reviewer_id', 'reviewer_id')
        .addSelect('a.application_id', 'application_id')
        .addSelect(
          `(SELECT jsonb_agg(jsonb_build_array(s->>'itemKey', s->'rating')) FROM jsonb_array_elements(a.scores) s)`,
          'ratings',
        )
        .where('a.round_id = :roundId AND a.status = :status', { roundId, status: AssignmentStatus.SUBMITTED })
        .getRawMany();
    return rows.map((a) => ({
      reviewerId: a.reviewer_id,
      applicationId: a.application_id,
      ratings: new Map(a.ratings ?? []),
    }));
  }

  async checklistOfRound(roundId: string): Promise<ChecklistDefinition> {
    const round = await this.rounds.get(roundId, null, { includeDrafts: true });
    return (await this.checklists.byId(round.checklistVersionId)).definition;
  }

  private assertAssignable(round: FundingRoundEntity): void {
    const status = this.rounds.status(round);
    if (status !== RoundStatus.PUBLISHED && status !== RoundStatus.REVIEW)
      throw new InvalidStateException(`Reviewers are assigned to a published round, not one in ${status}`);
  }

  /** Once decisions are released, the reviews they rest on (and applicants now read) are closed. */
  private async assertNotReleased(roundId: string): Promise<void> {
    const round = await this.rounds.get(roundId, null, { includeDrafts: true });
    if (this.rounds.status(round) === RoundStatus.DECIDED)
      throw new InvalidStateException(
        'Decisions for this round are released: its reviews can no longer be changed or submitted',
      );
  }

  private assertWritable(assignment: ReviewAssignmentEntity): void {
    if (assignment.status === AssignmentStatus.PENDING_COI)
      throw new InvalidStateException('Declare whether you have a conflict of interest before reviewing');
    if (assignment.status === AssignmentStatus.CONFLICTED)
      throw new InvalidStateException('You declared a conflict on this application');
    if (assignment.status === AssignmentStatus.SUBMITTED)
      throw new InvalidStateException('A submitted review is final');
  }

  private async reviewersByIds(ids: string[], field: string): Promise<UserEntity[]> {
    ids.forEach((id, i) => {
      if (!isUuid(id))
        throw new BadUserInputException(
          field === 'reviewerIds' ? `reviewerIds.${i}` : field,
          `${field} must hold reviewer ids`,
        );
    });
    const unique = [...new Set(ids.map((id) => id.toLowerCase()))];
    if (!unique.length) throw new BadUserInputException(field, 'Choose at least one reviewer');
    const found = new Map((await this.organizations.usersByIds(unique)).map((u) => [u.id, u]));
    return unique.map((id, i) => {
      const user = found.get(id);
      const path = field === 'reviewerIds' ? `reviewerIds.${i}` : field;
      if (!user || !user.active) throw new BadUserInputException(path, 'No such reviewer');
      if (!mayReview(user)) throw new BadUserInputException(path, `${user.name} is not a reviewer`);
      return user;
    });
  }

  private async applicationOf(id: string): Promise<ApplicationEntity> {
    const app = (await this.applications.byIds([id])).get(id);
    if (!app) throw new NotFoundException('Application', 'applicationId');
    return app;
  }

  private async organizationNameOf(manager: EntityManager, applicationId: string): Promise<string> {
    const [row] = await manager.query(
      'SELECT o.name FROM applications a JOIN organizations o ON o.id = a.organization_id WHERE a.id = $1',
      [applicationId],
    );
    return row?.name ?? 'an applicant';
  }

  private async lock(manager: EntityManager, id: string): Promise<ReviewAssignmentEntity> {
    const row = await manager
      .getRepository(ReviewAssignmentEntity)
      .createQueryBuilder('a')
      .setLock('pessimistic_write')
      .where('a.id = :id', { id })
      .getOne();
    if (!row) throw new NotFoundException('Review assignment', 'assignmentId');
    return row;
  }

  private async lockOwn(manager: EntityManager, actor: AuthUser, id: string): Promise<ReviewAssignmentEntity> {
    const row = await this.lock(manager, id);
    if (row.reviewerId !== actor.id) throw new ForbiddenException('This assignment belongs to another reviewer');
    return row;
  }
}
