import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ApplicationReadGrant } from '@abate/api/core';
import { ApplicationsModule } from '@abate/api/applications';
import { ChecklistsModule } from '@abate/api/checklists';
import { RoundsModule } from '@abate/api/rounds';
import { OrganizationsModule } from '@abate/api/organizations';
import { NotificationsModule } from '@abate/api/notifications';
import { ReviewAssignmentEntity } from './entities/review-assignment.entity';
import { ReviewsService } from './reviews.service';
import { ReviewRounds } from './review-rules';
import { AssignReviewersService } from './assign-reviewers.service';
import { DeclareConflictService } from './declare-conflict.service';
import { ScoreReviewService } from './score-review.service';
import { SubmitReviewService } from './submit-review.service';
import { ReviewVisibilityService } from './review-visibility.service';
import { ApplicationReviewFieldsResolver, ReviewsResolver } from './reviews.resolver';

/**
 * Reviewer assignment, conflicts of interest, item-by-item scoring, and who may see which review:
 * one service per use case (assign, declare, score, submit, read visible reviews) and ReviewsService for reads.
 */
@Module({
  imports: [
    TypeOrmModule.forFeature([ReviewAssignmentEntity]),
    ApplicationsModule,
    ChecklistsModule,
    RoundsModule,
    OrganizationsModule,
    NotificationsModule,
  ],
  providers: [
    ReviewsService,
    ReviewRounds,
    AssignReviewersService,
    DeclareConflictService,
    ScoreReviewService,
    SubmitReviewService,
    ReviewVisibilityService,
    // A reviewer reads an application once they declared no conflict on it.
    { provide: ApplicationReadGrant, useExisting: DeclareConflictService },
    ReviewsResolver,
    ApplicationReviewFieldsResolver,
  ],
  exports: [ReviewsService, AssignReviewersService, DeclareConflictService, ScoreReviewService, SubmitReviewService],
})
export class ReviewsModule {}
