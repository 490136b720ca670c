import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { EntityManager, In, Repository } from 'typeorm';
import {
  ApplicationReadGrant,
  AuditWriter,
  BadUserInputException,
  InvalidStateException,
  Transactions,
} from '@abate/api/core';
import type { AuthUser } from '@abate/api/core';
import { OrganizationsService } from '@abate/api/organizations';
import { OutboxService } from '@abate/api/notifications';
import { fitsLimit, NARRATIVE_MAX_CHARS, tooLongMessage } from '@abate/shared/limits';
import { ReviewAssignmentEntity } from './entities/review-assignment.entity';
import { AssignmentStatus } from './review-status';
import { conflictDeclaredMail } from './mail/conflict-declared.mail';
import { CONFLICT_NOTIFIED_ROLE, isReviewer } from './reviews.policy';
import { lockOwnAssignment, ReviewRounds } from './review-rules';

/**
 * The reviewer's first step: declare a conflict of interest (closing the application to them for good
 * and telling the program officers) or none (opening it). The application read grant follows from it.
 */
@Injectable()
export class DeclareConflictService extends ApplicationReadGrant {
  constructor(
    @InjectRepository(ReviewAssignmentEntity) private readonly assignments: Repository<ReviewAssignmentEntity>,
    private readonly reviewRounds: ReviewRounds,
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
      const assignment = await lockOwnAssignment(manager, actor, id);
      if (assignment.status !== AssignmentStatus.PENDING_COI)
        throw new InvalidStateException('The conflict declaration for this assignment has already been made');
      const before = { status: assignment.status };
      assignment.status = hasConflict ? AssignmentStatus.CONFLICTED : AssignmentStatus.IN_PROGRESS;
      assignment.conflictExplanation = hasConflict ? note : null;
      assignment.declaredAt = this.reviewRounds.now();
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

  private async organizationNameOf(manager: EntityManager, applicationId: string): Promise<string> {
    const [row] = await manager.query(
      'SELECT o.name FROM applications a JOIN organizations o ON o.id = a.organization_id WHERE a.id = $1',
      [applicationId],
    );
    return row?.name ?? 'an applicant';
  }
}
