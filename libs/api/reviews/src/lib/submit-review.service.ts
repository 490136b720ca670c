import { Injectable } from '@nestjs/common';
import { AuditWriter, BadUserInputException, ForbiddenException, Transactions } from '@abate/api/core';
import type { AuthUser } from '@abate/api/core';
import type { ReviewAssignmentEntity } from './entities/review-assignment.entity';
import { AssignmentStatus } from './review-status';
import { ReviewsService } from './reviews.service';
import { assertWritable, lockOwnAssignment, ReviewRounds } from './review-rules';

/** The reviewer's last step: every item rated (and every 0 explained), the review is then frozen. */
@Injectable()
export class SubmitReviewService {
  constructor(
    private readonly reviews: ReviewsService,
    private readonly reviewRounds: ReviewRounds,
    private readonly transactions: Transactions,
    private readonly audit: AuditWriter,
  ) {}

  async submit(actor: AuthUser, id: string): Promise<ReviewAssignmentEntity> {
    const current = await this.reviews.get(actor, id);
    if (current.reviewerId !== actor.id) throw new ForbiddenException('Only the assigned reviewer submits the review');
    await this.reviewRounds.assertNotReleased(current.roundId);
    const checklist = await this.reviewRounds.checklistOf(current.roundId);
    return this.transactions.run(async (manager) => {
      const assignment = await lockOwnAssignment(manager, actor, id);
      if (assignment.status === AssignmentStatus.SUBMITTED) return assignment;
      assertWritable(assignment);
      const rated = new Map(assignment.scores.map((s) => [s.itemKey, s]));
      const missing = checklist.items.filter((item) => !rated.has(item.key));
      if (missing.length) {
        throw new BadUserInputException(
          `scores.${missing[0].key}`,
          `Rate every item before submitting: ${missing.length} of ${checklist.items.length} not rated yet (first: ${missing[0].title})`,
        );
      }
      assignment.status = AssignmentStatus.SUBMITTED;
      assignment.submittedAt = this.reviewRounds.now();
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
}
