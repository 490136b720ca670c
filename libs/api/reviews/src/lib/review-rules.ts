import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { ForbiddenException, InvalidStateException, NotFoundException } from '@abate/api/core';
import type { AuthUser } from '@abate/api/core';
import { ChecklistsService } from '@abate/api/checklists';
import { RoundsService, RoundStatus } from '@abate/api/rounds';
import type { FundingRoundEntity } from '@abate/api/rounds';
import type { ChecklistDefinition } from '@abate/shared/checklist';
import { ReviewAssignmentEntity } from './entities/review-assignment.entity';
import { AssignmentStatus } from './review-status';

/** Counts that hold a reviewer's time: everything but a declared conflict. */
export const ACTIVE_STATUSES = [AssignmentStatus.PENDING_COI, AssignmentStatus.IN_PROGRESS, AssignmentStatus.SUBMITTED];

/** Locks an assignment for the rest of the caller's transaction. */
export async function lockAssignment(manager: EntityManager, id: string): Promise<ReviewAssignmentEntity> {
  const row = await manager
    .getRepository(ReviewAssignmentEntity)
    .createQueryBuilder('a')
    .setLock('pessimistic_write')
    .where('a.id = :id', { id })
    .getOne();
  if (!row) throw new NotFoundException('Review assignment', 'assignmentId');
  return row;
}

/** Locks the caller's own assignment (FORBIDDEN for another reviewer's). */
export async function lockOwnAssignment(
  manager: EntityManager,
  actor: AuthUser,
  id: string,
): Promise<ReviewAssignmentEntity> {
  const row = await lockAssignment(manager, id);
  if (row.reviewerId !== actor.id) throw new ForbiddenException('This assignment belongs to another reviewer');
  return row;
}

/** Scores are written only between the declaration of no conflict and the submission. */
export function assertWritable(assignment: ReviewAssignmentEntity): void {
  if (assignment.status === AssignmentStatus.PENDING_COI)
    throw new InvalidStateException('Declare whether you have a conflict of interest before reviewing');
  if (assignment.status === AssignmentStatus.CONFLICTED)
    throw new InvalidStateException('You declared a conflict on this application');
  if (assignment.status === AssignmentStatus.SUBMITTED) throw new InvalidStateException('A submitted review is final');
}

/** The round's side of the review rules, shared by the use cases: when reviewers are assigned, when reviews close, which checklist they rate. */
@Injectable()
export class ReviewRounds {
  constructor(
    private readonly rounds: RoundsService,
    private readonly checklists: ChecklistsService,
  ) {}

  now(): Date {
    return this.rounds.now();
  }

  async checklistOf(roundId: string): Promise<ChecklistDefinition> {
    const round = await this.rounds.get(roundId, null, { includeDrafts: true });
    return (await this.checklists.byId(round.checklistVersionId)).definition;
  }

  assertAssignable(round: FundingRoundEntity): void {
    const status = this.rounds.status(round);
    if (status !== RoundStatus.PUBLISHED && status !== RoundStatus.REVIEW)
      throw new InvalidStateException(`Reviewers are assigned to a published round, not one in ${status}`);
  }

  /** Once decisions are released, the reviews they rest on (and applicants now read) are closed. */
  async assertNotReleased(roundId: string): Promise<void> {
    const round = await this.rounds.get(roundId, null, { includeDrafts: true });
    if (this.rounds.status(round) === RoundStatus.DECIDED)
      throw new InvalidStateException(
        'Decisions for this round are released: its reviews can no longer be changed or submitted',
      );
  }
}
