import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { Connection } from '@abate/api/core';
import { UserModel } from '@abate/api/organizations';
import type { FundingRoundModel } from '@abate/api/rounds';
import { AssignmentStatus } from '../review-status';
import type { ReviewAssignmentEntity } from '../entities/review-assignment.entity';
import type { AssignmentSummary, QueuedAssignment } from '../reviews.service';

@ObjectType('ItemScore')
export class ItemScoreModel {
  @Field()
  itemKey!: string;

  @Field(() => Int)
  rating!: number;

  @Field()
  comment!: string;
}

@ObjectType('ReviewAssignment', {
  description:
    'A reviewer’s assignment. Before the conflict declaration only the applicant’s name and the round are visible; after a declared conflict, never the application.',
})
export class ReviewAssignmentModel {
  @Field(() => ID)
  id!: string;

  @Field(() => AssignmentStatus)
  status!: AssignmentStatus;

  @Field(() => Int, { description: 'Send it back with saveReview.' })
  version!: number;

  @Field(() => ID)
  applicationId!: string;

  @Field(() => String, { nullable: true, description: 'Seen by the officer and the reviewer who wrote it.' })
  conflictExplanation!: string | null;

  @Field(() => Date, { nullable: true })
  declaredAt!: Date | null;

  /** Resolved by ReviewsResolver: undefined on an assignment read for a list. */
  scores?: ItemScoreModel[];

  /** Resolved by ReviewsResolver: undefined on an assignment read for a list. */
  overallComment?: string | null;

  @Field(() => Int, { description: 'Items rated so far.' })
  ratedCount!: number;

  @Field(() => Date, { nullable: true })
  submittedAt!: Date | null;

  roundId!: string;
  reviewerId!: string;

  /** Read with the assignment by the queue's statement; otherwise the resolver loads it. */
  organizationName?: string;

  /** Built once per round for a page of the queue; otherwise the resolver loads it. */
  round?: FundingRoundModel;

  static from(entity: ReviewAssignmentEntity): ReviewAssignmentModel {
    return Object.assign(ReviewAssignmentModel.summary({ entity, ratedCount: entity.scores.length }), {
      scores: entity.scores,
      overallComment: entity.overallComment,
    });
  }

  /** An assignment of a list, read without its ratings and comments: the resolver loads them if asked. */
  static summary({ entity, ratedCount }: AssignmentSummary): ReviewAssignmentModel {
    const { id, status, version, applicationId, conflictExplanation, declaredAt, submittedAt, roundId, reviewerId } =
      entity;
    return Object.assign(new ReviewAssignmentModel(), {
      id,
      status,
      version,
      applicationId,
      conflictExplanation,
      declaredAt,
      ratedCount,
      submittedAt,
      roundId,
      reviewerId,
    });
  }
}

/** A page of the reviewer's queue. */
@ObjectType('ReviewAssignmentConnection')
export class ReviewAssignmentConnection extends Connection(ReviewAssignmentModel) {
  /** A queued assignment with what its page read alongside: the applicant's name and the round. */
  static queued(queued: QueuedAssignment, round: FundingRoundModel | undefined): ReviewAssignmentModel {
    return Object.assign(ReviewAssignmentModel.summary(queued), { organizationName: queued.organizationName, round });
  }
}

@ObjectType('ReviewerLoad')
export class ReviewerLoadModel {
  @Field(() => UserModel)
  reviewer!: UserModel;

  @Field(() => Int, { description: 'Assignments that are not declared conflicts.' })
  assigned!: number;

  @Field(() => Int)
  submitted!: number;

  @Field(() => Int)
  conflicted!: number;
}

@ObjectType('ApplicationReview', {
  description: 'A submitted review as the caller may see it: named only for officers and auditors.',
})
export class ApplicationReviewModel {
  @Field({ description: '"Reviewer 1", "Reviewer 2"… in order of submission.' })
  label!: string;

  @Field(() => UserModel, { nullable: true, description: 'Officers and auditors only.' })
  reviewer!: UserModel | null;

  @Field(() => [ItemScoreModel])
  scores!: ItemScoreModel[];

  @Field(() => String, { nullable: true })
  overallComment!: string | null;

  @Field()
  submittedAt!: Date;
}
