/** Test factories for reviews (`@abate/testing/reviews`): submitted applications, assignments, reviews. */
import { Role, runWithRequestContext, SYSTEM_ACTOR } from '@abate/api/core';
import type { AuthUser } from '@abate/api/core';
import type { TestApp } from '@abate/api/testing';
import { ApplicationsService } from '@abate/api/applications';
import type { ApplicationEntity } from '@abate/api/applications';
import { MembershipRole } from '@abate/api/organizations';
import type { UserEntity } from '@abate/api/organizations';
import { createOrganization, createUser } from '@abate/testing/organizations';
import type { TestUser } from '@abate/testing/organizations';
import { completeAnswers } from '@abate/testing/applications';
import { PORP_CHECKLIST_2023 } from '@abate/shared/checklist';
import { AssignReviewersService } from './lib/assign-reviewers.service';
import { DeclareConflictService } from './lib/declare-conflict.service';
import { ScoreReviewService } from './lib/score-review.service';
import { SubmitReviewService } from './lib/submit-review.service';
import type { ReviewAssignmentEntity } from './lib/entities/review-assignment.entity';

const actorOf = (user: UserEntity): AuthUser => ({
  id: user.id,
  email: user.email,
  name: user.name,
  roles: user.roles,
  sessionId: 'factory',
});

/** An organization with an owner who submits a complete application to the round; `requestedCents` sets the request (and the matching budget). */
export async function submittedApplication(
  t: TestApp,
  roundId: string,
  options: { requestedCents?: number | bigint; organizationName?: string } = {},
): Promise<{ application: ApplicationEntity; owner: TestUser }> {
  const org = await createOrganization(t, options.organizationName ? { name: options.organizationName } : {});
  const owner = await createUser(t, {
    roles: [Role.APPLICANT],
    organizationId: org.id,
    organizationRole: MembershipRole.OWNER,
  });
  const requested = BigInt(options.requestedCents ?? 10_000_000);
  const answers = completeAnswers({
    requestedCents: requested,
    budgetLines: [
      { category: 'personnel', description: 'Peer outreach workers', amountCents: requested - 1_000_000n },
      { category: 'supplies', description: 'Naloxone', amountCents: 1_000_000n },
    ],
  });
  const actor = actorOf(owner.user);
  const service = t.get(ApplicationsService);
  const application = await runWithRequestContext({ requestId: 'factory', actor }, async () => {
    const draft = await service.create(actor, roundId, org.id);
    const saved = await service.save(actor, draft.id, draft.version, answers);
    return (await service.submit(actor, saved.id, saved.version)).application;
  });
  return { application, owner };
}

/** A reviewer who declared no conflict on `applicationId` (assigned by the system). */
export async function openAssignment(
  t: TestApp,
  applicationId: string,
  reviewer?: TestUser,
): Promise<{ assignment: ReviewAssignmentEntity; reviewer: TestUser }> {
  const who = reviewer ?? (await createUser(t, { roles: [Role.REVIEWER] }));
  const assignment = await runWithRequestContext({ requestId: 'factory', actor: SYSTEM_ACTOR }, () =>
    t.get(AssignReviewersService).assignOne(applicationId, who.user.id),
  );
  const actor = actorOf(who.user);
  const opened = await runWithRequestContext({ requestId: 'factory', actor }, () =>
    t.get(DeclareConflictService).declare(actor, assignment.id, false, undefined),
  );
  return { assignment: opened, reviewer: who };
}

/** Rates every item (`rating` for all, or per item key) and submits; a 0 gets a comment. */
export async function submitReview(
  t: TestApp,
  assignment: ReviewAssignmentEntity,
  reviewer: TestUser,
  rating: number | ((itemKey: string) => number),
): Promise<ReviewAssignmentEntity> {
  const actor = actorOf(reviewer.user);
  const rate = typeof rating === 'number' ? () => rating : rating;
  return runWithRequestContext({ requestId: 'factory', actor }, async () => {
    const scores = PORP_CHECKLIST_2023.items.map((item) => ({
      itemKey: item.key,
      rating: rate(item.key),
      comment: rate(item.key) === 0 ? 'Not described in the application.' : 'Clear.',
    }));
    const saved = await t.get(ScoreReviewService).save(actor, assignment.id, assignment.version, {
      scores,
      overallComment: 'Reviewed against the checklist.',
    });
    return t.get(SubmitReviewService).submit(actor, saved.id);
  });
}
