import { Injectable } from '@nestjs/common';
import {
  AuditWriter,
  BadUserInputException,
  InvalidStateException,
  isUuid,
  NotFoundException,
  Transactions,
} from '@abate/api/core';
import { ApplicationsService, ApplicationStatus } from '@abate/api/applications';
import type { ApplicationEntity } from '@abate/api/applications';
import { RoundsService } from '@abate/api/rounds';
import { OrganizationsService } from '@abate/api/organizations';
import type { UserEntity } from '@abate/api/organizations';
import { ReviewAssignmentEntity } from './entities/review-assignment.entity';
import { AssignmentStatus } from './review-status';
import { planAssignments } from './assignment-plan';
import { mayReview, REVIEWER_ROLE } from './reviews.policy';
import { ACTIVE_STATUSES, lockAssignment, ReviewRounds } from './review-rules';

/** The program officer's use case: who reviews which application (assign a round, assign one, unassign). */
@Injectable()
export class AssignReviewersService {
  constructor(
    private readonly applications: ApplicationsService,
    private readonly rounds: RoundsService,
    private readonly reviewRounds: ReviewRounds,
    private readonly organizations: OrganizationsService,
    private readonly transactions: Transactions,
    private readonly audit: AuditWriter,
  ) {}

  /** Active reviewers (people with the REVIEWER role), for the officer's assignment screen. */
  async reviewers(): Promise<UserEntity[]> {
    return this.organizations.activeUsersWithRole(REVIEWER_ROLE, 'name');
  }

  /**
   * Gives every submitted application of the round `perApplication` active
   * reviewers, keeping existing assignments, with loads as even as eligibility
   * allows (see planAssignments). Nobody reviews an application of an
   * organization they belong to, or one they declared a conflict on.
   */
  async assignMany(roundId: string, reviewerIds: string[], perApplication: number): Promise<ReviewAssignmentEntity[]> {
    const round = await this.rounds.get(roundId, null, { includeDrafts: true });
    this.reviewRounds.assertAssignable(round);
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
        if (ACTIVE_STATUSES.includes(a.status)) load.set(a.reviewerId, (load.get(a.reviewerId) ?? 0) + 1);
      const onApp = new Map<string, ReviewAssignmentEntity[]>();
      for (const a of existing) onApp.set(a.applicationId, [...(onApp.get(a.applicationId) ?? []), a]);
      const plan = planAssignments(
        apps.map((app) => {
          const current = onApp.get(app.id) ?? [];
          return {
            id: app.id,
            assigned: new Set(current.map((a) => a.reviewerId)),
            needed: Math.max(0, perApplication - current.filter((a) => ACTIVE_STATUSES.includes(a.status)).length),
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
    this.reviewRounds.assertAssignable(await this.rounds.get(app.roundId, null, { includeDrafts: true }));
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
      const assignment = await lockAssignment(manager, id);
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
}
