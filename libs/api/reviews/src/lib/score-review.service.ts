import { Injectable } from '@nestjs/common';
import { AuditWriter, BadUserInputException, ForbiddenException, Transactions, versionedSave } from '@abate/api/core';
import type { AuthUser } from '@abate/api/core';
import { ReviewAssignmentEntity } from './entities/review-assignment.entity';
import type { ItemScore } from './entities/review-assignment.entity';
import { ReviewInput } from './dto/review.input';
import { ReviewsService } from './reviews.service';
import { assertWritable, ReviewRounds } from './review-rules';

/** The reviewer's scoring: saves of ratings and comments, item by item, under optimistic concurrency (autosave). */
@Injectable()
export class ScoreReviewService {
  constructor(
    private readonly reviews: ReviewsService,
    private readonly reviewRounds: ReviewRounds,
    private readonly transactions: Transactions,
    private readonly audit: AuditWriter,
  ) {}

  /** Partial update of one's own review: scores merge by item key. */
  async save(actor: AuthUser, id: string, version: number, input: ReviewInput): Promise<ReviewAssignmentEntity> {
    const current = await this.reviews.get(actor, id);
    if (current.reviewerId !== actor.id) throw new ForbiddenException('Only the assigned reviewer writes the review');
    await this.reviewRounds.assertNotReleased(current.roundId);
    const checklist = await this.reviewRounds.checklistOf(current.roundId);
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
          assertWritable(assignment);
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
}
