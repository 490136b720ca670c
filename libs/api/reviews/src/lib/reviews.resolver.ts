import { Args, Context, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Allow, CurrentUser, IdArg, mapPage, OptionalIdArg, requestLoader } from '@abate/api/core';
import type { AuthUser, GqlContext } from '@abate/api/core';
import { ApplicationModel, ApplicationsLoader, ApplicationsService } from '@abate/api/applications';
import { FundingRoundModel, RoundsService } from '@abate/api/rounds';
import { UserModel } from '@abate/api/organizations';
import type { UserEntity } from '@abate/api/organizations';
import { ReviewsService } from './reviews.service';
import { AssignReviewersService } from './assign-reviewers.service';
import { DeclareConflictService } from './declare-conflict.service';
import { ScoreReviewService } from './score-review.service';
import { SubmitReviewService } from './submit-review.service';
import { ReviewVisibilityService } from './review-visibility.service';
import { ReviewInput } from './dto/review.input';
import { ReviewQueueArgs } from './dto/review-queue.args';
import {
  ApplicationReviewModel,
  ItemScoreModel,
  ReviewAssignmentConnection,
  ReviewAssignmentModel,
  ReviewerLoadModel,
} from './models/review.model';
import type { ReviewAssignmentEntity } from './entities/review-assignment.entity';
import { AssignmentStatus } from './review-status';
import { REVIEWS_FIELD_VISIBILITY, REVIEWS_POLICY } from './reviews.policy';

/** GraphQL for reviews: each operation delegates to the service of its use case. */
@Resolver(() => ReviewAssignmentModel)
export class ReviewsResolver {
  constructor(
    private readonly service: ReviewsService,
    private readonly assigning: AssignReviewersService,
    private readonly declaring: DeclareConflictService,
    private readonly scoring: ScoreReviewService,
    private readonly submitting: SubmitReviewService,
    private readonly visibility: ReviewVisibilityService,
    private readonly applications: ApplicationsService,
    private readonly loader: ApplicationsLoader,
    private readonly roundsService: RoundsService,
  ) {}

  @Allow(REVIEWS_POLICY.assignReviewers)
  @Mutation(() => [ReviewAssignmentModel], {
    description:
      'Balanced assignment of every submitted application; keeps existing assignments; never a reviewer of the applicant’s own organization.',
  })
  async assignReviewers(
    @IdArg('roundId') roundId: string,
    @Args('reviewerIds', { type: () => [ID] }) reviewerIds: string[],
    @Args('perApplication', { type: () => Int }) perApplication: number,
  ): Promise<ReviewAssignmentModel[]> {
    return (await this.assigning.assignMany(roundId, reviewerIds, perApplication)).map(ReviewAssignmentModel.from);
  }

  @Allow(REVIEWS_POLICY.assignReviewer)
  @Mutation(() => ReviewAssignmentModel)
  async assignReviewer(
    @IdArg('applicationId') applicationId: string,
    @IdArg('reviewerId') reviewerId: string,
  ): Promise<ReviewAssignmentModel> {
    return ReviewAssignmentModel.from(await this.assigning.assignOne(applicationId, reviewerId));
  }

  @Allow(REVIEWS_POLICY.unassignReviewer)
  @Mutation(() => Boolean)
  async unassignReviewer(@IdArg('assignmentId') assignmentId: string): Promise<boolean> {
    await this.assigning.unassign(assignmentId);
    return true;
  }

  @Allow(REVIEWS_POLICY.myReviewAssignments)
  @Query(() => [ReviewAssignmentModel], { description: 'The caller’s review queue.' })
  async myReviewAssignments(
    @OptionalIdArg('roundId') roundId: string | undefined,
    @CurrentUser() actor: AuthUser,
  ): Promise<ReviewAssignmentModel[]> {
    return (await this.service.mine(actor, roundId)).map(ReviewAssignmentModel.summary);
  }

  @Allow(REVIEWS_POLICY.myReviewQueue)
  @Query(() => ReviewAssignmentConnection, {
    description: `The caller’s review queue a page at a time (oldest assignment first), with its totalCount.`,
  })
  async myReviewQueue(
    @Args() args: ReviewQueueArgs,
    @CurrentUser() actor: AuthUser,
    @Context() context: GqlContext,
  ): Promise<ReviewAssignmentConnection> {
    const page = await this.service.queue(actor, args);
    // The page's rounds in one batched load, each built once and shared by its assignments.
    const now = this.roundsService.now();
    const roundIds = [...new Set(page.nodes.map((n) => n.entity.roundId))];
    const rounds = new Map(
      (await Promise.all(roundIds.map((id) => this.loader.round(context, id)))).map((r) => [
        r.id,
        FundingRoundModel.from(r, now),
      ]),
    );
    return mapPage(page, (n) => ReviewAssignmentConnection.queued(n, rounds.get(n.entity.roundId)));
  }

  @Allow(REVIEWS_POLICY.reviewAssignment)
  @Query(() => ReviewAssignmentModel, {
    description: 'One assignment: the reviewer’s own, or any for officers and auditors.',
  })
  async reviewAssignment(@IdArg('id') id: string, @CurrentUser() actor: AuthUser): Promise<ReviewAssignmentModel> {
    return ReviewAssignmentModel.from(await this.service.get(actor, id));
  }

  @Allow(REVIEWS_POLICY.reviewAssignments)
  @Query(() => [ReviewAssignmentModel], { description: 'Every assignment of a round.' })
  async reviewAssignments(@IdArg('roundId') roundId: string): Promise<ReviewAssignmentModel[]> {
    return (await this.service.forRound(roundId)).map(ReviewAssignmentModel.summary);
  }

  @Allow(REVIEWS_POLICY.reviewerLoads)
  @Query(() => [ReviewerLoadModel], { description: 'Each reviewer’s load in a round.' })
  async reviewerLoads(@IdArg('roundId') roundId: string): Promise<ReviewerLoadModel[]> {
    return (await this.service.loads(roundId)).map((l) => ({ ...l, reviewer: UserModel.from(l.reviewer) }));
  }

  @Allow(REVIEWS_POLICY.reviewers)
  @Query(() => [UserModel], { description: 'People with the reviewer role.' })
  async reviewers(): Promise<UserModel[]> {
    return (await this.assigning.reviewers()).map(UserModel.from);
  }

  @Allow(REVIEWS_POLICY.declareConflict)
  @Mutation(() => ReviewAssignmentModel, {
    description: 'hasConflict: true (with an explanation) closes the application to you for good; false opens it.',
  })
  async declareConflict(
    @IdArg('assignmentId') assignmentId: string,
    @Args('hasConflict') hasConflict: boolean,
    @Args('explanation', { type: () => String, nullable: true }) explanation: string | undefined,
    @CurrentUser() actor: AuthUser,
  ): Promise<ReviewAssignmentModel> {
    return ReviewAssignmentModel.from(await this.declaring.declare(actor, assignmentId, hasConflict, explanation));
  }

  @Allow(REVIEWS_POLICY.saveReview)
  @Mutation(() => ReviewAssignmentModel, {
    description: 'Partial update; CONFLICT when version is stale; a 0 rating needs a comment.',
  })
  async saveReview(
    @IdArg('assignmentId') assignmentId: string,
    @Args('version', { type: () => Int }) version: number,
    @Args('input') input: ReviewInput,
    @CurrentUser() actor: AuthUser,
  ): Promise<ReviewAssignmentModel> {
    return ReviewAssignmentModel.from(await this.scoring.save(actor, assignmentId, version, input));
  }

  @Allow(REVIEWS_POLICY.submitReview)
  @Mutation(() => ReviewAssignmentModel, { description: 'Needs every item rated; the review is then final.' })
  async submitReview(
    @IdArg('assignmentId') assignmentId: string,
    @CurrentUser() actor: AuthUser,
  ): Promise<ReviewAssignmentModel> {
    return ReviewAssignmentModel.from(await this.submitting.submit(actor, assignmentId));
  }

  @Allow(REVIEWS_POLICY.applicationReviews)
  @Query(() => [ApplicationReviewModel], {
    description:
      'Submitted reviews of an application. Reviewers: only after submitting their own. Applicants: after decisions are released. Names: officers and auditors only.',
  })
  async applicationReviews(
    @IdArg('applicationId') applicationId: string,
    @CurrentUser() actor: AuthUser,
  ): Promise<ApplicationReviewModel[]> {
    const visible = await this.visibility.visibleReviews(actor, applicationId);
    const users = visible.some((v) => v.showReviewer)
      ? await this.usersById(visible.map((v) => v.assignment.reviewerId))
      : new Map<string, UserEntity>();
    return visible.map(({ label, assignment, showReviewer }) => ({
      label,
      reviewer:
        showReviewer && users.has(assignment.reviewerId) ? UserModel.from(users.get(assignment.reviewerId)!) : null,
      scores: assignment.scores,
      overallComment: assignment.overallComment,
      submittedAt: assignment.submittedAt!,
    }));
  }

  @ResolveField(() => FundingRoundModel)
  async round(@Parent() assignment: ReviewAssignmentModel, @Context() context: GqlContext): Promise<FundingRoundModel> {
    if (assignment.round) return assignment.round;
    return FundingRoundModel.from(await this.loader.round(context, assignment.roundId), this.roundsService.now());
  }

  @ResolveField(() => String, {
    description: 'The applicant organization’s name: all a reviewer sees before declaring.',
  })
  async organizationName(@Parent() assignment: ReviewAssignmentModel, @Context() context: GqlContext): Promise<string> {
    if (assignment.organizationName !== undefined) return assignment.organizationName;
    // Only the organization's id: the whole application (every narrative) would be read and parsed for one name.
    const organizationId = await requestLoader(
      context,
      'application-organization-id',
      async (ids: readonly string[]) => {
        const found = await this.applications.organizationIdsOf(ids);
        return ids.map((i) => found.get(i) ?? new Error(`Application ${i} not found`));
      },
    ).load(assignment.applicationId);
    return (await this.loader.organization(context, organizationId)).name;
  }

  @ResolveField(() => [ItemScoreModel])
  async scores(@Parent() assignment: ReviewAssignmentModel, @Context() context: GqlContext): Promise<ItemScoreModel[]> {
    return assignment.scores ?? (await this.wholeAssignment(context, assignment.id)).scores;
  }

  @ResolveField(() => String, { nullable: true })
  async overallComment(
    @Parent() assignment: ReviewAssignmentModel,
    @Context() context: GqlContext,
  ): Promise<string | null> {
    return assignment.overallComment !== undefined
      ? assignment.overallComment
      : (await this.wholeAssignment(context, assignment.id)).overallComment;
  }

  @ResolveField(() => ApplicationModel, {
    nullable: true,
    description: 'Null until the reviewer declares no conflict, and for good after a declared conflict.',
  })
  async application(
    @Parent() assignment: ReviewAssignmentModel,
    @Context() context: GqlContext,
    @CurrentUser() actor: AuthUser,
  ): Promise<ApplicationModel | null> {
    const opened =
      assignment.status === AssignmentStatus.IN_PROGRESS || assignment.status === AssignmentStatus.SUBMITTED;
    if (!REVIEWS_FIELD_VISIBILITY.assignmentApplication(actor, assignment, opened)) return null;
    return ApplicationModel.from(await this.applicationEntity(context, assignment.applicationId));
  }

  @ResolveField(() => UserModel, { nullable: true, description: 'Officers, auditors and the reviewer themself.' })
  async reviewer(
    @Parent() assignment: ReviewAssignmentModel,
    @Context() context: GqlContext,
    @CurrentUser() actor: AuthUser,
  ): Promise<UserModel | null> {
    if (!REVIEWS_FIELD_VISIBILITY.assignmentReviewer(actor, assignment)) return null;
    const users = await requestLoader(context, 'user-by-id', async (ids: readonly string[]) => {
      const found = await this.usersById(ids);
      return ids.map((id) => found.get(id) ?? new Error(`User ${id} not found`));
    }).load(assignment.reviewerId);
    return UserModel.from(users);
  }

  /** The ratings and comments of assignments listed without them, in one batch per request. */
  private wholeAssignment(context: GqlContext, id: string): Promise<ReviewAssignmentEntity> {
    return requestLoader(context, 'assignment-by-id', async (ids: readonly string[]) => {
      const found = await this.service.byIds(ids);
      return ids.map((i) => found.get(i) ?? new Error(`Review assignment ${i} not found`));
    }).load(id);
  }

  private applicationEntity(context: GqlContext, id: string) {
    return requestLoader(context, 'application-by-id', async (ids: readonly string[]) => {
      const found = await this.applications.byIds(ids);
      return ids.map((i) => found.get(i) ?? new Error(`Application ${i} not found`));
    }).load(id);
  }

  private async usersById(ids: readonly string[]): Promise<Map<string, UserEntity>> {
    return new Map((await this.service.usersByIds(ids)).map((u) => [u.id, u]));
  }
}

/** Review fields on the application itself. */
@Resolver(() => ApplicationModel)
export class ApplicationReviewFieldsResolver {
  constructor(private readonly service: ReviewsService) {}

  @ResolveField(() => Int, {
    description: 'Reviews the round still needs for this application (declared conflicts do not count).',
  })
  async reviewsStillNeeded(@Parent() app: ApplicationModel, @Context() context: GqlContext): Promise<number> {
    return requestLoader(context, 'reviews-still-needed', async (ids: readonly string[]) => {
      const found = await this.service.stillNeeded(ids);
      return ids.map((id) => found.get(id) ?? 0);
    }).load(app.id);
  }
}
