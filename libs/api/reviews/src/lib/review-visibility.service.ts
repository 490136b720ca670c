import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { ForbiddenException, NotFoundException, readsEverything } from '@abate/api/core';
import type { AuthUser } from '@abate/api/core';
import { ApplicationsService } from '@abate/api/applications';
import { RoundsService, RoundStatus } from '@abate/api/rounds';
import { OrganizationsService } from '@abate/api/organizations';
import { ReviewAssignmentEntity } from './entities/review-assignment.entity';
import { AssignmentStatus } from './review-status';
import { isReviewer, REVIEWS_FIELD_VISIBILITY } from './reviews.policy';

export interface VisibleReview {
  /** "Reviewer 1", "Reviewer 2"… in order of submission: never a name outside the officers' view. */
  label: string;
  assignment: ReviewAssignmentEntity;
  /** Only officers and auditors learn who wrote it. */
  showReviewer: boolean;
}

/** Reading an application's submitted reviews: who may see them, when, and with or without names. */
@Injectable()
export class ReviewVisibilityService {
  constructor(
    @InjectRepository(ReviewAssignmentEntity) private readonly assignments: Repository<ReviewAssignmentEntity>,
    private readonly applications: ApplicationsService,
    private readonly rounds: RoundsService,
    private readonly organizations: OrganizationsService,
  ) {}

  /**
   * Submitted reviews of an application, as the caller may see them. Officers and
   * auditors: all, with names. A reviewer: only after submitting their own, labelled.
   * The applicant's members: after decisions are released, labelled. Anyone else: FORBIDDEN.
   */
  async visibleReviews(actor: AuthUser, applicationId: string): Promise<VisibleReview[]> {
    const app = (await this.applications.byIds([applicationId])).get(applicationId);
    if (!app) throw new NotFoundException('Application', 'applicationId');
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
}
