import { Role } from '@abate/api/core';
import { createTestApp, errorOf, gql, TestApp } from '@abate/api/testing';
import { createOrganization, createUser, TestUser } from '@abate/testing/organizations';
import { createRound } from '@abate/testing/rounds';
import { MembershipRole } from '@abate/api/organizations';
import { PORP_CHECKLIST_2023 } from '@abate/shared/checklist';
import { openAssignment, submittedApplication, submitReview } from '../testing';
import { ReviewsModule } from './reviews.module';

const ASSIGN =
  'mutation($r: ID!, $ids: [ID!]!, $n: Int!) { assignReviewers(roundId: $r, reviewerIds: $ids, perApplication: $n) { id applicationId status reviewer { id } } }';
const ASSIGN_ONE = 'mutation($a: ID!, $r: ID!) { assignReviewer(applicationId: $a, reviewerId: $r) { id status } }';
const UNASSIGN = 'mutation($id: ID!) { unassignReviewer(assignmentId: $id) }';
const MINE =
  '{ myReviewAssignments { id status organizationName round { title } application { id title responses { itemKey } } } }';
const DECLARE =
  'mutation($id: ID!, $c: Boolean!, $e: String) { declareConflict(assignmentId: $id, hasConflict: $c, explanation: $e) { id status application { id } } }';
const SAVE =
  'mutation($id: ID!, $v: Int!, $i: ReviewInput!) { saveReview(assignmentId: $id, version: $v, input: $i) { id version ratedCount status } }';
const SUBMIT = 'mutation($id: ID!) { submitReview(assignmentId: $id) { id status } }';
const READ_APP = 'query($id: ID!) { application(id: $id) { id title } }';
const REVIEWS =
  'query($id: ID!) { applicationReviews(applicationId: $id) { label reviewer { id } scores { itemKey rating } overallComment } }';
const STILL_NEEDED = 'query($id: ID!) { application(id: $id) { reviewsStillNeeded } }';

/** A small deterministic PRNG, so a failing case can be replayed from its seed. */
function random(seed: number) {
  let s = seed >>> 0;
  return (n: number) => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s % n;
  };
}

describe('reviews', () => {
  let t: TestApp;
  let officer: TestUser;
  beforeAll(async () => {
    t = await createTestApp({ imports: [ReviewsModule] });
    officer = await createUser(t, { roles: [Role.PROGRAM_OFFICER] });
  });
  afterAll(() => t.close());

  describe('assignReviewers', () => {
    it.each([11, 23, 37, 41])(
      'balances loads, fills every application and skips reviewers of the applicant organization (seed %i)',
      async (seed) => {
        const rand = random(seed);
        const round = await createRound(t);
        const appCount = 3 + rand(8);
        const apps = [];
        for (let i = 0; i < appCount; i++) apps.push((await submittedApplication(t, round.id)).application);
        const reviewers: TestUser[] = [];
        const reviewerCount = 3 + rand(4);
        for (let i = 0; i < reviewerCount; i++) {
          // Some reviewers also belong to an applicant organization.
          const memberOf = rand(4) === 0 ? apps[rand(apps.length)].organizationId : undefined;
          reviewers.push(
            await createUser(
              t,
              memberOf
                ? {
                    roles: [Role.REVIEWER, Role.APPLICANT],
                    organizationId: memberOf,
                    organizationRole: MembershipRole.CONTRIBUTOR,
                  }
                : { roles: [Role.REVIEWER] },
            ),
          );
        }
        const per = 1 + rand(Math.min(3, reviewerCount - 1));
        const res = await gql<{ assignReviewers: Array<{ applicationId: string; reviewer: { id: string } }> }>(
          t,
          ASSIGN,
          { r: round.id, ids: reviewers.map((r) => r.user.id), n: per },
          { token: officer.token },
        );
        expect(res.errors).toBeUndefined();
        const assignments = res.data!.assignReviewers;

        const memberships: Array<{ user_id: string; organization_id: string }> = await t.dataSource.query(
          'SELECT user_id, organization_id FROM memberships',
        );
        const isMember = (userId: string, orgId: string) =>
          memberships.some((m) => m.user_id === userId && m.organization_id === orgId);
        for (const app of apps) {
          const mine = assignments.filter((a) => a.applicationId === app.id);
          const eligible = reviewers.filter((r) => !isMember(r.user.id, app.organizationId)).length;
          expect(mine).toHaveLength(Math.min(per, eligible));
          expect(new Set(mine.map((a) => a.reviewer.id)).size).toBe(mine.length);
          for (const a of mine) expect(isMember(a.reviewer.id, app.organizationId)).toBe(false);
        }
        const loads = reviewers.map((r) => assignments.filter((a) => a.reviewer.id === r.user.id).length);
        expect(Math.max(...loads) - Math.min(...loads)).toBeLessThanOrEqual(1);

        // Running it again keeps what exists and adds nothing.
        const again = await gql<{ assignReviewers: unknown[] }>(
          t,
          ASSIGN,
          { r: round.id, ids: reviewers.map((r) => r.user.id), n: per },
          { token: officer.token },
        );
        expect(again.data?.assignReviewers).toHaveLength(assignments.length);
      },
    );

    it('refuses people who are not reviewers, naming the position', async () => {
      const round = await createRound(t);
      const reviewer = await createUser(t, { roles: [Role.REVIEWER] });
      const res = await gql(
        t,
        ASSIGN,
        { r: round.id, ids: [reviewer.user.id, officer.user.id], n: 1 },
        { token: officer.token },
      );
      expect(errorOf(res)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'reviewerIds.1' });
    });

    it('never assigns a reviewer to their own organization’s application by hand either', async () => {
      const round = await createRound(t);
      const { application } = await submittedApplication(t, round.id);
      const insider = await createUser(t, {
        roles: [Role.REVIEWER, Role.APPLICANT],
        organizationId: application.organizationId,
        organizationRole: MembershipRole.CONTRIBUTOR,
      });
      expect(
        errorOf(await gql(t, ASSIGN_ONE, { a: application.id, r: insider.user.id }, { token: officer.token })),
      ).toMatchObject({ code: 'BAD_USER_INPUT', field: 'reviewerId' });
    });

    it('tells the officer how many reviews each application still needs', async () => {
      const round = await createRound(t, { reviewersPerApplication: 2 });
      const { application } = await submittedApplication(t, round.id);
      expect(
        (
          await gql<{ application: { reviewsStillNeeded: number } }>(
            t,
            STILL_NEEDED,
            { id: application.id },
            { token: officer.token },
          )
        ).data?.application.reviewsStillNeeded,
      ).toBe(2);
      await openAssignment(t, application.id);
      expect(
        (
          await gql<{ application: { reviewsStillNeeded: number } }>(
            t,
            STILL_NEEDED,
            { id: application.id },
            { token: officer.token },
          )
        ).data?.application.reviewsStillNeeded,
      ).toBe(1);
    });
  });

  describe('myReviewQueue (paged)', () => {
    const PAGE = `query($first: Int, $after: String, $r: ID, $s: AssignmentStatus) {
      myReviewQueue(first: $first, after: $after, roundId: $r, status: $s) {
        totalCount pageInfo { hasNextPage endCursor }
        nodes { id status organizationName ratedCount round { id title checklist { itemCount } } }
      }
    }`;
    type QueuePage = {
      myReviewQueue: {
        totalCount: number;
        pageInfo: { hasNextPage: boolean; endCursor: string | null };
        nodes: Array<{ id: string; status: string; organizationName: string; round: { id: string; title: string } }>;
      };
    };

    it('pages the queue oldest first with totalCount and cursors, filters by round and status, and matches the unpaged list', async () => {
      const rounds = [await createRound(t), await createRound(t)];
      const reviewer = await createUser(t, { roles: [Role.REVIEWER] });
      const assigned: Array<{ id: string; roundId: string; organizationName: string }> = [];
      for (let i = 0; i < 5; i++) {
        const roundId = rounds[i % 2].id;
        const organizationName = `Queue County ${i}`;
        const { application } = await submittedApplication(t, roundId, { organizationName });
        const res = await gql<{ assignReviewer: { id: string } }>(
          t,
          ASSIGN_ONE,
          { a: application.id, r: reviewer.user.id },
          { token: officer.token },
        );
        assigned.push({ id: res.data!.assignReviewer.id, roundId, organizationName });
      }
      // Another reviewer's assignment never shows.
      await openAssignment(t, (await submittedApplication(t, rounds[0].id)).application.id);

      const seen: QueuePage['myReviewQueue']['nodes'] = [];
      let after: string | null = null;
      const totals: number[] = [];
      for (let pageNo = 0; pageNo < 3; pageNo++) {
        const res: { data?: QueuePage | null } = await gql<QueuePage>(
          t,
          PAGE,
          { first: 2, after },
          { token: reviewer.token },
        );
        const page = res.data!.myReviewQueue;
        totals.push(page.totalCount);
        seen.push(...page.nodes);
        expect(page.pageInfo.hasNextPage).toBe(pageNo < 2);
        after = page.pageInfo.endCursor;
      }
      expect(totals).toEqual([5, 5, 5]);
      expect(seen.map((n) => n.id)).toEqual(assigned.map((a) => a.id));
      expect(seen.map((n) => n.organizationName)).toEqual(assigned.map((a) => a.organizationName));
      expect(seen.map((n) => n.round.id)).toEqual(assigned.map((a) => a.roundId));
      // After the last row: an empty page that still counts the queue.
      const end = await gql<QueuePage>(t, PAGE, { first: 2, after }, { token: reviewer.token });
      expect(end.data!.myReviewQueue).toEqual({
        totalCount: 5,
        pageInfo: { hasNextPage: false, endCursor: null },
        nodes: [],
      });

      // The unpaged list is the same queue in the same order.
      const mine = await gql<{ myReviewAssignments: Array<{ id: string }> }>(t, MINE, {}, { token: reviewer.token });
      expect(mine.data!.myReviewAssignments.map((a) => a.id)).toEqual(assigned.map((a) => a.id));

      const inRound = await gql<QueuePage>(t, PAGE, { first: 10, r: rounds[1].id }, { token: reviewer.token });
      expect(inRound.data!.myReviewQueue.totalCount).toBe(2);
      expect(inRound.data!.myReviewQueue.nodes.map((n) => n.id)).toEqual(
        assigned.filter((a) => a.roundId === rounds[1].id).map((a) => a.id),
      );

      await gql(t, DECLARE, { id: assigned[3].id, c: false }, { token: reviewer.token });
      const toDeclare = await gql<QueuePage>(t, PAGE, { first: 1, s: 'PENDING_COI' }, { token: reviewer.token });
      const toScore = await gql<QueuePage>(t, PAGE, { first: 1, s: 'IN_PROGRESS' }, { token: reviewer.token });
      expect(toDeclare.data!.myReviewQueue.totalCount).toBe(4);
      expect(toScore.data!.myReviewQueue).toMatchObject({ totalCount: 1, nodes: [{ id: assigned[3].id }] });
    });

    it('refuses a page size outside 1 to 100 and a crafted cursor with BAD_USER_INPUT naming the argument', async () => {
      const reviewer = await createUser(t, { roles: [Role.REVIEWER] });
      for (const first of [0, 101, -1]) {
        const error = errorOf(await gql(t, PAGE, { first }, { token: reviewer.token }));
        expect({ first, code: error.code, field: error.field }).toEqual({
          first,
          code: 'BAD_USER_INPUT',
          field: 'first',
        });
      }
      const crafted = (values: unknown) => Buffer.from(JSON.stringify(values)).toString('base64url');
      for (const after of [
        'not a cursor',
        crafted(['someday', '00000000-0000-4000-8000-000000000000']),
        crafted(['2026-01-01 00:00:00+00', 'not-a-uuid']),
        crafted([1e300, '00000000-0000-4000-8000-000000000000']),
        crafted(["2026-01-01'; DROP TABLE review_assignments; --", '00000000-0000-4000-8000-000000000000']),
      ]) {
        const error = errorOf(await gql(t, PAGE, { first: 5, after }, { token: reviewer.token }));
        expect({ after, code: error.code, field: error.field }).toEqual({
          after,
          code: 'BAD_USER_INPUT',
          field: 'after',
        });
      }
    });
  });

  describe('conflicts of interest', () => {
    it('shows only the organization and round before the declaration, and the application after “no conflict”', async () => {
      const round = await createRound(t);
      const { application } = await submittedApplication(t, round.id, { organizationName: 'Orange County Health' });
      const reviewer = await createUser(t, { roles: [Role.REVIEWER] });
      const assignment = (
        await gql<{ assignReviewer: { id: string; status: string } }>(
          t,
          ASSIGN_ONE,
          { a: application.id, r: reviewer.user.id },
          { token: officer.token },
        )
      ).data!.assignReviewer;
      expect(assignment.status).toBe('PENDING_COI');

      const queue = await gql<{
        myReviewAssignments: Array<{
          status: string;
          organizationName: string;
          round: { title: string };
          application: unknown;
        }>;
      }>(t, MINE, {}, { token: reviewer.token });
      expect(queue.data?.myReviewAssignments).toEqual([
        {
          id: assignment.id,
          status: 'PENDING_COI',
          organizationName: 'Orange County Health',
          round: { title: round.title },
          application: null,
        },
      ]);
      expect(errorOf(await gql(t, READ_APP, { id: application.id }, { token: reviewer.token })).code).toBe('FORBIDDEN');
      expect(
        errorOf(
          await gql(t, SAVE, { id: assignment.id, v: 1, i: { overallComment: 'early' } }, { token: reviewer.token }),
        ).code,
      ).toBe('INVALID_STATE');

      const opened = await gql<{ declareConflict: { status: string; application: { id: string } } }>(
        t,
        DECLARE,
        { id: assignment.id, c: false },
        { token: reviewer.token },
      );
      expect(opened.data?.declareConflict).toMatchObject({
        status: 'IN_PROGRESS',
        application: { id: application.id },
      });
      expect(
        (await gql<{ application: { id: string } }>(t, READ_APP, { id: application.id }, { token: reviewer.token }))
          .data?.application.id,
      ).toBe(application.id);
    });

    it('closes the application for good after a declared conflict, tells the officer and audits it', async () => {
      const round = await createRound(t);
      const { application } = await submittedApplication(t, round.id);
      const reviewer = await createUser(t, { roles: [Role.REVIEWER] });
      const assignment = (
        await gql<{ assignReviewer: { id: string } }>(
          t,
          ASSIGN_ONE,
          { a: application.id, r: reviewer.user.id },
          { token: officer.token },
        )
      ).data!.assignReviewer;
      expect(errorOf(await gql(t, DECLARE, { id: assignment.id, c: true }, { token: reviewer.token }))).toMatchObject({
        code: 'BAD_USER_INPUT',
        field: 'explanation',
      });

      const declared = await gql<{ declareConflict: { status: string; application: unknown } }>(
        t,
        DECLARE,
        { id: assignment.id, c: true, e: 'My sister runs this program.' },
        { token: reviewer.token },
      );
      expect(declared.data?.declareConflict).toMatchObject({ status: 'CONFLICTED', application: null });
      expect(errorOf(await gql(t, READ_APP, { id: application.id }, { token: reviewer.token })).code).toBe('FORBIDDEN');
      expect(errorOf(await gql(t, DECLARE, { id: assignment.id, c: false }, { token: reviewer.token })).code).toBe(
        'INVALID_STATE',
      );
      expect(errorOf(await gql(t, REVIEWS, { id: application.id }, { token: reviewer.token })).code).toBe('FORBIDDEN');

      const mail = await t.dataSource.query(
        `SELECT recipient_email, body FROM outbox_messages WHERE kind = 'review.conflict-declared' AND dedupe_key LIKE $1`,
        [`%${assignment.id}%`],
      );
      expect(mail.map((m: { recipient_email: string }) => m.recipient_email)).toContain(officer.email);
      expect(mail[0].body).toContain('My sister runs this program.');
      const [audit] = await t.dataSource.query(
        `SELECT after FROM audit_events WHERE action = 'review.declare-conflict' AND entity_id = $1`,
        [assignment.id],
      );
      expect(audit.after).toMatchObject({ hasConflict: true, explanation: 'My sister runs this program.' });

      // The officer reassigns: the conflicted reviewer cannot be put back, and the conflict cannot be unassigned away.
      expect(
        errorOf(await gql(t, ASSIGN_ONE, { a: application.id, r: reviewer.user.id }, { token: officer.token })),
      ).toMatchObject({ code: 'BAD_USER_INPUT', field: 'reviewerId' });
      expect(errorOf(await gql(t, UNASSIGN, { id: assignment.id }, { token: officer.token })).code).toBe(
        'INVALID_STATE',
      );
      const other = await createUser(t, { roles: [Role.REVIEWER] });
      expect(
        (await gql(t, ASSIGN_ONE, { a: application.id, r: other.user.id }, { token: officer.token })).errors,
      ).toBeUndefined();
    });
  });

  describe('scoring', () => {
    it('saves ratings with their version, needs a comment for a 0, and answers CONFLICT to a stale version', async () => {
      const round = await createRound(t);
      const { application } = await submittedApplication(t, round.id);
      const { assignment, reviewer } = await openAssignment(t, application.id);
      const [first, second] = PORP_CHECKLIST_2023.items;
      const zero = await gql(
        t,
        SAVE,
        { id: assignment.id, v: assignment.version, i: { scores: [{ itemKey: first.key, rating: 0 }] } },
        { token: reviewer.token },
      );
      expect(errorOf(zero)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.scores.0.comment' });
      expect(
        errorOf(
          await gql(
            t,
            SAVE,
            { id: assignment.id, v: assignment.version, i: { scores: [{ itemKey: 'nope', rating: 1 }] } },
            { token: reviewer.token },
          ),
        ),
      ).toMatchObject({ field: 'input.scores.0.itemKey' });
      expect(
        errorOf(
          await gql(
            t,
            SAVE,
            { id: assignment.id, v: assignment.version, i: { scores: [{ itemKey: first.key, rating: 5 }] } },
            { token: reviewer.token },
          ),
        ),
      ).toMatchObject({ field: 'input.scores.0.rating' });

      const saved = await gql<{ saveReview: { version: number; ratedCount: number } }>(
        t,
        SAVE,
        {
          id: assignment.id,
          v: assignment.version,
          i: { scores: [{ itemKey: first.key, rating: 0, comment: 'No lead agency named.' }] },
        },
        { token: reviewer.token },
      );
      expect(saved.data?.saveReview.ratedCount).toBe(1);
      const merged = await gql<{ saveReview: { version: number; ratedCount: number } }>(
        t,
        SAVE,
        { id: assignment.id, v: saved.data!.saveReview.version, i: { scores: [{ itemKey: second.key, rating: 2 }] } },
        { token: reviewer.token },
      );
      expect(merged.data?.saveReview.ratedCount).toBe(2);
      expect(
        errorOf(
          await gql(
            t,
            SAVE,
            { id: assignment.id, v: saved.data!.saveReview.version, i: { overallComment: 'stale' } },
            { token: reviewer.token },
          ),
        ).code,
      ).toBe('CONFLICT');

      const stranger = await createUser(t, { roles: [Role.REVIEWER] });
      expect(
        errorOf(
          await gql(
            t,
            SAVE,
            { id: assignment.id, v: merged.data!.saveReview.version, i: { overallComment: 'not mine' } },
            { token: stranger.token },
          ),
        ).code,
      ).toBe('FORBIDDEN');
    });

    it('lists assignments with their rated count, and their ratings and comments when a query asks for them', async () => {
      const round = await createRound(t);
      const { application } = await submittedApplication(t, round.id);
      const { assignment, reviewer } = await openAssignment(t, application.id);
      const [first, second] = PORP_CHECKLIST_2023.items;
      const scores = [
        { itemKey: first.key, rating: 0, comment: 'No lead agency named.' },
        { itemKey: second.key, rating: 3, comment: '' },
      ];
      const saved = await gql(
        t,
        SAVE,
        { id: assignment.id, v: assignment.version, i: { scores, overallComment: 'Strong plan.' } },
        { token: reviewer.token },
      );
      expect(saved.errors).toBeUndefined();
      const expected = { id: assignment.id, ratedCount: 2, scores, overallComment: 'Strong plan.' };
      const fields = 'id ratedCount scores { itemKey rating comment } overallComment';

      const one = await gql<{ reviewAssignment: unknown }>(
        t,
        `query($id: ID!) { reviewAssignment(id: $id) { ${fields} } }`,
        { id: assignment.id },
        { token: reviewer.token },
      );
      expect(one.data?.reviewAssignment).toEqual(expected);
      const mine = await gql<{ myReviewAssignments: unknown[] }>(
        t,
        `query($r: ID) { myReviewAssignments(roundId: $r) { ${fields} } }`,
        { r: round.id },
        { token: reviewer.token },
      );
      expect(mine.data?.myReviewAssignments).toEqual([expected]);
      const all = await gql<{ reviewAssignments: unknown[] }>(
        t,
        `query($r: ID!) { reviewAssignments(roundId: $r) { ${fields} } }`,
        { r: round.id },
        { token: officer.token },
      );
      expect(all.data?.reviewAssignments).toEqual([expected]);
      const countOnly = await gql<{ myReviewAssignments: unknown[] }>(
        t,
        `query($r: ID) { myReviewAssignments(roundId: $r) { ratedCount } }`,
        { r: round.id },
        { token: reviewer.token },
      );
      expect(countOnly.data?.myReviewAssignments).toEqual([{ ratedCount: 2 }]);
    });

    it('submits only when every item is rated, then freezes the review', async () => {
      const round = await createRound(t);
      const { application } = await submittedApplication(t, round.id);
      const { assignment, reviewer } = await openAssignment(t, application.id);
      const early = await gql(t, SUBMIT, { id: assignment.id }, { token: reviewer.token });
      expect(errorOf(early)).toMatchObject({
        code: 'BAD_USER_INPUT',
        field: `scores.${PORP_CHECKLIST_2023.items[0].key}`,
      });
      expect(errorOf(early).message).toMatch(/32 of 32 not rated/);
      const submitted = await submitReview(t, assignment, reviewer, 2);
      expect(submitted.status).toBe('SUBMITTED');
      expect(
        errorOf(
          await gql(
            t,
            SAVE,
            { id: assignment.id, v: submitted.version, i: { overallComment: 'changed my mind' } },
            { token: reviewer.token },
          ),
        ).code,
      ).toBe('INVALID_STATE');
      expect(errorOf(await gql(t, UNASSIGN, { id: assignment.id }, { token: officer.token })).code).toBe(
        'INVALID_STATE',
      );
    });
  });

  describe('independence', () => {
    it('hides other reviewers’ scores until one has submitted, never names reviewers to each other, and keeps the ranking from reviewers', async () => {
      const round = await createRound(t);
      const { application, owner } = await submittedApplication(t, round.id);
      const first = await openAssignment(t, application.id);
      const second = await openAssignment(t, application.id);
      await submitReview(t, first.assignment, first.reviewer, 3);

      expect(errorOf(await gql(t, REVIEWS, { id: application.id }, { token: second.reviewer.token })).code).toBe(
        'FORBIDDEN',
      );
      const seenByFirst = await gql<{ applicationReviews: Array<{ label: string; reviewer: unknown }> }>(
        t,
        REVIEWS,
        { id: application.id },
        { token: first.reviewer.token },
      );
      expect(seenByFirst.data?.applicationReviews).toEqual([
        expect.objectContaining({ label: 'Reviewer 1', reviewer: null }),
      ]);

      await submitReview(t, second.assignment, second.reviewer, 1);
      const seenBySecond = await gql<{ applicationReviews: Array<{ label: string; reviewer: unknown }> }>(
        t,
        REVIEWS,
        { id: application.id },
        { token: second.reviewer.token },
      );
      expect(seenBySecond.data?.applicationReviews.map((r) => r.label)).toEqual(['Reviewer 1', 'Reviewer 2']);
      expect(seenBySecond.data?.applicationReviews.every((r) => r.reviewer === null)).toBe(true);

      const seenByOfficer = await gql<{ applicationReviews: Array<{ reviewer: { id: string } }> }>(
        t,
        REVIEWS,
        { id: application.id },
        { token: officer.token },
      );
      expect(seenByOfficer.data?.applicationReviews.map((r) => r.reviewer.id)).toEqual([
        first.reviewer.user.id,
        second.reviewer.user.id,
      ]);

      // The applicant waits for the release; an unassigned reviewer never sees them.
      expect(errorOf(await gql(t, REVIEWS, { id: application.id }, { token: owner.token })).code).toBe('FORBIDDEN');
      const outsider = await createUser(t, { roles: [Role.REVIEWER] });
      expect(errorOf(await gql(t, REVIEWS, { id: application.id }, { token: outsider.token })).code).toBe('FORBIDDEN');
      expect(errorOf(await gql(t, READ_APP, { id: application.id }, { token: outsider.token })).code).toBe('FORBIDDEN');
    });
  });

  it('is run by program officers: reviewers and applicants cannot assign', async () => {
    const round = await createRound(t);
    const reviewer = await createUser(t, { roles: [Role.REVIEWER] });
    expect(
      errorOf(await gql(t, ASSIGN, { r: round.id, ids: [reviewer.user.id], n: 1 }, { token: reviewer.token })).code,
    ).toBe('FORBIDDEN');
    const org = await createOrganization(t);
    const applicant = await createUser(t, {
      roles: [Role.APPLICANT],
      organizationId: org.id,
      organizationRole: MembershipRole.OWNER,
    });
    expect(
      errorOf(await gql(t, ASSIGN, { r: round.id, ids: [reviewer.user.id], n: 1 }, { token: applicant.token })).code,
    ).toBe('FORBIDDEN');
  });
});
