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
import { ApplicationReviewFieldsResolver, ReviewsResolver } from './reviews.resolver';

/** Reviewer assignment, conflicts of interest, item-by-item scoring, and who may see which review. */
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
    { provide: ApplicationReadGrant, useExisting: ReviewsService },
    ReviewsResolver,
    ApplicationReviewFieldsResolver,
  ],
  exports: [ReviewsService],
})
export class ReviewsModule {}
