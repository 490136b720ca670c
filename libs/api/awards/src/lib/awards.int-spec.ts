import readXlsxFile from 'read-excel-file/node';
import { Role } from '@abate/api/core';
import { createTestApp, errorOf, gql, TestApp } from '@abate/api/testing';
import { createUser, TestUser } from '@abate/testing/organizations';
import { createRound } from '@abate/testing/rounds';
import { openAssignment, submittedApplication, submitReview } from '@abate/testing/reviews';
import type { FundingRoundEntity } from '@abate/api/rounds';
import type { ApplicationEntity } from '@abate/api/applications';
import { PORP_CHECKLIST_2023 } from '@abate/shared/checklist';
import { AwardsModule } from './awards.module';
import { RankingService } from './ranking.service';

const RANKING = `query($r: ID!, $n: Boolean) { roundRanking(roundId: $r, normalize: $n) {
  budgetCents fundedCents awardedCents tieRule
  rows { rank score normalizedScore reviewerCount spread criticalGaps requestedCents recommendedCents aboveFundingLine
         rawAboveFundingLine rawRecommendedCents application { id trackingId } safeguardFlags { code } decision { decision amountCents overrideReason } }
} }`;
const DECIDE = 'mutation($a: ID!, $i: DecisionInput!) { decideApplication(applicationId: $a, input: $i) { id } }';
const RELEASE = 'mutation($r: ID!) { releaseDecisions(roundId: $r) { id status } }';
const MY_APP =
  'query($id: ID!) { application(id: $id) { status decision { decision amountCents conditions reason overrideReason } } }';
const REVIEWS = 'query($id: ID!) { applicationReviews(applicationId: $id) { label reviewer { id } overallComment } }';

interface Row {
  rank: number;
  score: number | null;
  normalizedScore: number | null;
  reviewerCount: number;
  spread: number | null;
  criticalGaps: string[];
  requestedCents: number;
  recommendedCents: number;
  aboveFundingLine: boolean;
  rawAboveFundingLine: boolean;
  rawRecommendedCents: number;
  application: { id: string; trackingId: string };
  decision: { decision: string; amountCents: number | null; overrideReason: string | null } | null;
}
interface Ranking {
  budgetCents: number;
  fundedCents: number;
  awardedCents: number;
  tieRule: string;
  rows: Row[];
}

const CRITICAL = new Set(PORP_CHECKLIST_2023.items.filter((i) => i.critical).map((i) => i.key));

describe('ranking, decisions and awards', () => {
  let t: TestApp;
  let officer: TestUser;
  beforeAll(async () => {
    t = await createTestApp({ imports: [AwardsModule] });
    officer = await createUser(t, { roles: [Role.PROGRAM_OFFICER] });
  });
  afterEach(() => t.clock.reset());
  afterAll(() => t.close());

  /** A round whose applications each got the given reviews, then closed (the clock moved to its deadline). */
  async function scoredRound(
    terms: { budgetCents?: bigint; minAwardCents?: bigint; maxAwardCents?: bigint },
    apps: Array<{ requestedCents?: number; reviews: Array<number | ((itemKey: string) => number)> }>,
  ): Promise<{ round: FundingRoundEntity; applications: Array<{ application: ApplicationEntity; owner: TestUser }> }> {
    const round = await createRound(t, terms);
    const applications = [];
    for (const spec of apps) {
      const submitted = await submittedApplication(t, round.id, { requestedCents: spec.requestedCents });
      for (const rating of spec.reviews) {
        const { assignment, reviewer } = await openAssignment(t, submitted.application.id);
        await submitReview(t, assignment, reviewer, rating);
      }
      applications.push(submitted);
    }
    t.clock.set(round.closesAt);
    return { round, applications };
  }

  const ranking = async (roundId: string, normalize = false) => {
    const res = await gql<{ roundRanking: Ranking }>(
      t,
      RANKING,
      { r: roundId, n: normalize },
      { token: officer.token },
    );
    if (!res.data) throw new Error(JSON.stringify(res.errors));
    return res.data.roundRanking;
  };

  it('ranks by the weighted mean of submitted reviews and recommends down to the budget', async () => {
    const { round, applications } = await scoredRound({ budgetCents: 30_000_000n }, [
      { reviews: [1, 1] },
      { reviews: [3, 3] },
      { reviews: [2, 3] },
    ]);
    const r = await ranking(round.id);
    expect(r.rows.map((row) => row.application.id)).toEqual(
      [applications[1], applications[2], applications[0]].map((a) => a.application.id),
    );
    expect(r.rows[0]).toMatchObject({ rank: 1, score: 100, reviewerCount: 2, spread: 0 });
    expect(r.rows[1].score).toBeCloseTo(((2 / 3) * 100 + 100) / 2, 6);
    expect(r.rows[1].spread).toBeCloseTo(100 / 3, 6);
    expect(r.rows[2].score).toBeCloseTo(100 / 3, 6);
    expect(r.tieRule).toMatch(/critical gaps/);
  });

  it('follows a review submitted after the ranking was first computed', async () => {
    const { round, applications } = await scoredRound({}, [{ reviews: [1] }, { reviews: [2] }]);
    const before = await ranking(round.id);
    expect(before.rows.map((row) => row.application.id)).toEqual(
      [applications[1], applications[0]].map((a) => a.application.id),
    );
    t.clock.reset();
    const { assignment, reviewer } = await openAssignment(t, applications[0].application.id);
    await submitReview(t, assignment, reviewer, 3);
    t.clock.set(round.closesAt);
    const after = await ranking(round.id);
    expect(after.rows.map((row) => row.application.id)).toEqual(
      [applications[0], applications[1]].map((a) => a.application.id),
    );
    expect(after.rows[0]).toMatchObject({ reviewerCount: 2 });
    expect(after.rows[0].score).toBeCloseTo(((1 / 3) * 100 + 100) / 2, 6);
  });

  it('pages the ranking with first/after, the funding line drawn over the whole ranking; without first, every row', async () => {
    const { round } = await scoredRound({ budgetCents: 29_999_999n }, [
      { reviews: [3] },
      { reviews: [2] },
      { reviews: [1] },
    ]);
    const whole = await ranking(round.id);
    const PAGE = `query($r: ID!, $f: Int, $a: String) { roundRanking(roundId: $r, first: $f, after: $a) {
      fundedCents totalCount lastRankAboveFundingLine undecidedCount pageInfo { hasNextPage endCursor }
      rows { rank aboveFundingLine application { id } } } }`;
    type Paged = {
      fundedCents: number;
      totalCount: number;
      lastRankAboveFundingLine: number;
      undecidedCount: number;
      pageInfo: { hasNextPage: boolean; endCursor: string | null };
      rows: Array<{ rank: number; aboveFundingLine: boolean; application: { id: string } }>;
    };
    const page = async (f: number | null, a: string | null) => {
      const res = await gql<{ roundRanking: Paged }>(t, PAGE, { r: round.id, f, a }, { token: officer.token });
      if (!res.data) throw new Error(JSON.stringify(res.errors));
      return res.data.roundRanking;
    };
    const first = await page(2, null);
    // Figures over the whole ranking, whatever the page: the line falls after rank 2; no decision yet.
    expect(first).toMatchObject({
      fundedCents: '20000000',
      totalCount: 3,
      lastRankAboveFundingLine: 2,
      undecidedCount: 3,
      pageInfo: { hasNextPage: true },
    });
    expect(first.rows.map((row) => row.rank)).toEqual([1, 2]);
    const second = await page(2, first.pageInfo.endCursor);
    expect(second.rows).toEqual([
      { rank: 3, aboveFundingLine: false, application: { id: whole.rows[2].application.id } },
    ]);
    expect(second).toMatchObject({ lastRankAboveFundingLine: 2, undecidedCount: 3, pageInfo: { hasNextPage: false } });
    const decided = await gql(
      t,
      DECIDE,
      { a: whole.rows[2].application.id, i: { decision: 'DECLINE', reason: 'Below the line.' } },
      { token: officer.token },
    );
    expect(decided.errors).toBeUndefined();
    expect((await page(2, null)).undecidedCount).toBe(2);
    const all = await page(null, null);
    expect(all.rows).toHaveLength(3);
    expect(all.pageInfo).toEqual({ hasNextPage: false, endCursor: expect.any(String) });
    for (const [f, a, field] of [
      [0, null, 'first'],
      [101, null, 'first'],
      [2, 'not-a-cursor', 'after'],
      [2, Buffer.from('ranking:-1').toString('base64url'), 'after'],
    ] as const) {
      const res = await gql(t, PAGE, { r: round.id, f, a }, { token: officer.token });
      expect(errorOf(res)).toMatchObject({ code: 'BAD_USER_INPUT', field });
    }
  });

  it('is kept whole between changes: concurrent readers share one build; a review, a decision or a name shows at once', async () => {
    const { round, applications } = await scoredRound({}, [{ reviews: [1] }, { reviews: [2] }]);
    const [low, high] = applications.map((a) => a.application.id);
    const builds = jest.spyOn(t.get(RankingService), 'ranking');
    try {
      const first = await Promise.all([1, 2, 3, 4].map(() => ranking(round.id)));
      expect(builds).toHaveBeenCalledTimes(1);
      for (const answer of first) expect(answer).toEqual(first[0]);
      expect(first[0].rows.map((row) => row.application.id)).toEqual([high, low]);
      expect(await ranking(round.id)).toEqual(first[0]);
      expect(builds).toHaveBeenCalledTimes(1);

      // A new score moves the low application up.
      t.clock.reset();
      const { assignment, reviewer } = await openAssignment(t, low);
      await submitReview(t, assignment, reviewer, 3);
      t.clock.set(round.closesAt);
      const rescored = await ranking(round.id);
      expect(rescored.rows.map((row) => [row.application.id, row.reviewerCount])).toEqual([
        [low, 2],
        [high, 1],
      ]);

      // A decision shows on its row and in the awarded total.
      const decided = await gql(
        t,
        DECIDE,
        { a: high, i: { decision: 'DECLINE', reason: 'Out of the program area.' } },
        { token: officer.token },
      );
      expect(decided.errors).toBeUndefined();
      const withDecision = await ranking(round.id);
      expect(withDecision.rows[1].decision).toMatchObject({ decision: 'DECLINE' });

      // A change written by SQL (or by another API process) shows too.
      builds.mockClear();
      await t.dataSource.query(`UPDATE applications SET requested_cents = requested_cents - 1 WHERE id = $1`, [low]);
      const renamed = await ranking(round.id);
      expect(Number(renamed.rows[0].requestedCents)).toBe(Number(withDecision.rows[0].requestedCents) - 1);
      expect(builds).toHaveBeenCalledTimes(1);
    } finally {
      builds.mockRestore();
    }
  });

  it('funds an exact fit completely', async () => {
    const { round } = await scoredRound({ budgetCents: 30_000_000n }, [
      { reviews: [3] },
      { reviews: [2] },
      { reviews: [1] },
    ]);
    const r = await ranking(round.id);
    expect(r.rows.map((row) => row.aboveFundingLine)).toEqual([true, true, true]);
    expect(r.fundedCents).toBe('30000000');
  });

  it('draws the line above the application that is one cent short', async () => {
    const { round } = await scoredRound({ budgetCents: 29_999_999n }, [
      { reviews: [3] },
      { reviews: [2] },
      { reviews: [1] },
    ]);
    const r = await ranking(round.id);
    expect(r.rows.map((row) => [row.aboveFundingLine, row.recommendedCents])).toEqual([
      [true, '10000000'],
      [true, '10000000'],
      [false, '0'],
    ]);
    expect(r.fundedCents).toBe('20000000');
  });

  it('recommends nothing when every application has a critical gap', async () => {
    const gap = (key: string) => (CRITICAL.has(key) ? 0 : 3);
    const { round } = await scoredRound({}, [{ reviews: [gap, gap] }, { reviews: [gap] }]);
    const r = await ranking(round.id);
    expect(r.fundedCents).toBe('0');
    expect(r.rows.every((row) => !row.aboveFundingLine && row.criticalGaps.length === CRITICAL.size)).toBe(true);
  });

  it('counts only submitted reviews: a reviewer who declared a conflict adds nothing', async () => {
    const round = await createRound(t);
    const { application } = await submittedApplication(t, round.id);
    const scored = await openAssignment(t, application.id);
    await submitReview(t, scored.assignment, scored.reviewer, 2);
    const conflicted = await createUser(t, { roles: [Role.REVIEWER] });
    const assigned = await gql<{ assignReviewer: { id: string } }>(
      t,
      'mutation($a: ID!, $r: ID!) { assignReviewer(applicationId: $a, reviewerId: $r) { id } }',
      { a: application.id, r: conflicted.user.id },
      { token: officer.token },
    );
    await gql(
      t,
      'mutation($id: ID!) { declareConflict(assignmentId: $id, hasConflict: true, explanation: "Former employer") { id } }',
      { id: assigned.data!.assignReviewer.id },
      { token: conflicted.token },
    );
    t.clock.set(round.closesAt);
    const r = await ranking(round.id);
    expect(r.rows[0]).toMatchObject({ reviewerCount: 1, spread: null });
    expect(r.rows[0].score).toBeCloseTo((2 / 3) * 100, 6);
  });

  it('normalizes a harsh and a lenient reviewer to the same weight', async () => {
    const round = await createRound(t);
    const harsh = await createUser(t, { roles: [Role.REVIEWER] });
    const lenient = await createUser(t, { roles: [Role.REVIEWER] });
    const ids: string[] = [];
    // Both review A and B; the harsh one alone reviews C, the lenient one alone D.
    // Harsh rates A 1, B 2, C 1; lenient rates A 2, B 3, D 2: one step apart everywhere.
    for (const ratings of [
      [1, 2],
      [2, 3],
      [1, null],
      [null, 2],
    ] as const) {
      const { application } = await submittedApplication(t, round.id);
      for (const [reviewer, rating] of [
        [harsh, ratings[0]],
        [lenient, ratings[1]],
      ] as const) {
        if (rating === null) continue;
        const { assignment } = await openAssignment(t, application.id, reviewer);
        await submitReview(t, assignment, reviewer, rating);
      }
      ids.push(application.id);
    }
    t.clock.set(round.closesAt);
    const raw = new Map((await ranking(round.id)).rows.map((row) => [row.application.id, row]));
    const normalized = new Map((await ranking(round.id, true)).rows.map((row) => [row.application.id, row]));
    const [a, b, c, d] = ids;
    // Raw: C (harsh alone) scores 33.3 and D (lenient alone) 66.7 for the same relative quality.
    expect(raw.get(c)!.score).toBeCloseTo(100 / 3, 6);
    expect(raw.get(d)!.score).toBeCloseTo(200 / 3, 6);
    // Normalized: each reviewer's totals (33.3, 66.7, 33.3) and (66.7, 100, 66.7) have z-scores (-0.707, 1.414, -0.707),
    // mapped back with the round's mean 61.1 and sd 22.0 of all six totals: C and D land together.
    expect(normalized.get(c)!.normalizedScore).toBeCloseTo(normalized.get(d)!.normalizedScore!, 6);
    expect(normalized.get(a)!.normalizedScore).toBeCloseTo(normalized.get(c)!.normalizedScore!, 6);
    const totals = [100 / 3, 200 / 3, 100 / 3, 200 / 3, 100, 200 / 3];
    const mean = totals.reduce((x, y) => x + y) / 6;
    const sd = Math.sqrt(totals.reduce((x, y) => x + (y - mean) ** 2, 0) / 6);
    expect(normalized.get(b)!.normalizedScore).toBeCloseTo(mean + Math.SQRT2 * sd, 6);
    expect(normalized.get(b)!.rank).toBe(1);
    // Each row also says where it stands by raw scores, which decisions are checked against.
    for (const [id, row] of normalized) {
      expect([row.rawAboveFundingLine, row.rawRecommendedCents]).toEqual([
        raw.get(id)!.aboveFundingLine,
        raw.get(id)!.recommendedCents,
      ]);
      expect([raw.get(id)!.rawAboveFundingLine, raw.get(id)!.rawRecommendedCents]).toEqual([
        raw.get(id)!.aboveFundingLine,
        raw.get(id)!.recommendedCents,
      ]);
    }
  });

  describe('decisions', () => {
    it('are made after the round closes, within the award range and the request, with a reason to decline', async () => {
      const round = await createRound(t);
      const { application } = await submittedApplication(t, round.id);
      const award = (amountCents: number) =>
        gql(t, DECIDE, { a: application.id, i: { decision: 'AWARD', amountCents } }, { token: officer.token });
      expect(errorOf(await award(10_000_000)).code).toBe('INVALID_STATE');
      t.clock.set(round.closesAt);
      expect(errorOf(await award(26_000_000))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.amountCents' });
      expect(errorOf(await award(4_000_000))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.amountCents' });
      expect(errorOf(await award(12_000_000)).message).toMatch(/cannot exceed the \$100,000 requested/);
      expect(
        errorOf(await gql(t, DECIDE, { a: application.id, i: { decision: 'DECLINE' } }, { token: officer.token })),
      ).toMatchObject({ field: 'input.reason' });
    });

    it('need an override reason for a critical gap or below the funding line, shown in the ranking', async () => {
      const gap = (key: string) => (CRITICAL.has(key) ? 0 : 3);
      const { round, applications } = await scoredRound({ budgetCents: 25_000_000n }, [
        { reviews: [3] },
        { reviews: [2] },
        { reviews: [gap] },
      ]);
      const [top, below, gapped] = applications.map((a) => a.application.id);
      expect(
        (await gql(t, DECIDE, { a: top, i: { decision: 'AWARD', amountCents: 10_000_000 } }, { token: officer.token }))
          .errors,
      ).toBeUndefined();
      expect(
        errorOf(
          await gql(
            t,
            DECIDE,
            { a: gapped, i: { decision: 'AWARD', amountCents: 5_000_000 } },
            { token: officer.token },
          ),
        ),
      ).toMatchObject({ field: 'input.overrideReason' });
      // 25M budget, 10M each: the second fits, so it is above the line; a third would not be.
      const overridden = await gql(
        t,
        DECIDE,
        {
          a: gapped,
          i: {
            decision: 'AWARD',
            amountCents: 6_000_000,
            overrideReason: 'Only program in a rural county; gap addressed by condition.',
          },
        },
        { token: officer.token },
      );
      expect(overridden.errors).toBeUndefined();
      const r = await ranking(round.id);
      expect(r.rows.find((row) => row.application.id === gapped)?.decision).toMatchObject({
        decision: 'AWARD',
        overrideReason: 'Only program in a rural county; gap addressed by condition.',
      });
      expect(r.awardedCents).toBe('16000000');
      // The budget holds: 16M awarded of 25M, so 10M more is $10,000 too much and 9M fits exactly.
      expect(
        errorOf(
          await gql(
            t,
            DECIDE,
            { a: below, i: { decision: 'AWARD', amountCents: 10_000_000 } },
            { token: officer.token },
          ),
        ).message,
      ).toMatch(/\$10,000 over its \$250,000 budget/);
      expect(
        (await gql(t, DECIDE, { a: below, i: { decision: 'AWARD', amountCents: 9_000_000 } }, { token: officer.token }))
          .errors,
      ).toBeUndefined();
      const [audit] = await t.dataSource.query(
        `SELECT after FROM audit_events WHERE action = 'application.decide' AND entity_id = $1`,
        [gapped],
      );
      expect(audit.after.overrideReason).toMatch(/rural county/);
    });

    it('are released together: awards created, applicants told, reviews shared without names', async () => {
      const { round, applications } = await scoredRound({}, [{ reviews: [3, 2] }, { reviews: [1] }]);
      const [winner, loser] = applications;
      await gql(
        t,
        DECIDE,
        {
          a: winner.application.id,
          i: { decision: 'AWARD', amountCents: 9_000_000, conditions: 'Quarterly reports on time.' },
        },
        { token: officer.token },
      );
      expect(errorOf(await gql(t, RELEASE, { r: round.id }, { token: officer.token })).message).toMatch(
        /1 submitted application has no decision/,
      );
      // Before release the applicant sees no decision and no reviews.
      expect(
        (
          await gql<{ application: { decision: unknown } }>(
            t,
            MY_APP,
            { id: winner.application.id },
            { token: winner.owner.token },
          )
        ).data?.application.decision,
      ).toBeNull();
      await gql(
        t,
        DECIDE,
        { a: loser.application.id, i: { decision: 'DECLINE', reason: 'Police-led design.' } },
        { token: officer.token },
      );
      const released = await gql<{ releaseDecisions: { status: string } }>(
        t,
        RELEASE,
        { r: round.id },
        { token: officer.token },
      );
      expect(released.data?.releaseDecisions.status).toBe('DECIDED');

      const mine = await gql<{ application: { status: string; decision: Record<string, unknown> } }>(
        t,
        MY_APP,
        { id: winner.application.id },
        { token: winner.owner.token },
      );
      expect(mine.data?.application).toEqual({
        status: 'AWARDED',
        decision: {
          decision: 'AWARD',
          amountCents: '9000000',
          conditions: 'Quarterly reports on time.',
          reason: null,
          overrideReason: null,
        },
      });
      const theirs = await gql<{ application: { status: string; decision: { reason: string } } }>(
        t,
        MY_APP,
        { id: loser.application.id },
        { token: loser.owner.token },
      );
      expect(theirs.data?.application).toMatchObject({
        status: 'DECLINED',
        decision: { reason: 'Police-led design.' },
      });
      const reviews = await gql<{ applicationReviews: Array<{ label: string; reviewer: unknown }> }>(
        t,
        REVIEWS,
        { id: winner.application.id },
        { token: winner.owner.token },
      );
      expect(reviews.data?.applicationReviews.map((r) => [r.label, r.reviewer])).toEqual([
        ['Reviewer 1', null],
        ['Reviewer 2', null],
      ]);
      const [award] = await t.dataSource.query(
        'SELECT id, amount_cents, status, start_date::text AS start FROM awards WHERE application_id = $1',
        [winner.application.id],
      );
      expect(award).toMatchObject({ amount_cents: '9000000', status: 'ACTIVE', start: round.grantStart });
      // Creating the award is audited in the release's transaction, naming the officer.
      const created = await t.dataSource.query(
        `SELECT actor_id, after FROM audit_events WHERE action = 'award.create' AND entity_type = 'Award' AND entity_id = $1`,
        [award.id],
      );
      expect(created).toEqual([
        {
          actor_id: officer.user.id,
          after: expect.objectContaining({
            applicationId: winner.application.id,
            amountCents: '9000000',
            status: 'ACTIVE',
          }),
        },
      ]);
      const mail = await t.dataSource.query(
        `SELECT subject FROM outbox_messages WHERE kind = 'application.decided' AND recipient_email = $1`,
        [loser.owner.email],
      );
      expect(mail[0].subject).toMatch(/not funded/);
      expect(
        errorOf(
          await gql(
            t,
            DECIDE,
            { a: loser.application.id, i: { decision: 'DECLINE', reason: 'again' } },
            { token: officer.token },
          ),
        ).code,
      ).toBe('INVALID_STATE');
    });
  });

  it('keeps the ranking from reviewers and applicants', async () => {
    const round = await createRound(t);
    const reviewer = await createUser(t, { roles: [Role.REVIEWER] });
    expect(errorOf(await gql(t, RANKING, { r: round.id }, { token: reviewer.token })).code).toBe('FORBIDDEN');
    const auditor = await createUser(t, { roles: [Role.AUDITOR] });
    expect((await gql(t, RANKING, { r: round.id }, { token: auditor.token })).errors).toBeUndefined();
  });

  describe('exports', () => {
    it('contain what the ranking shows, as CSV and as XLSX with a frozen header row', async () => {
      const { round } = await scoredRound({ budgetCents: 29_999_999n }, [
        { reviews: [2, 3] },
        { reviews: [3] },
        { reviews: [1] },
      ]);
      const r = await ranking(round.id);
      const csv = await t
        .http()
        .get(`/api/rounds/${round.id}/exports/ranking.csv`)
        .set('authorization', `Bearer ${officer.token}`);
      expect(csv.status).toBe(200);
      expect(csv.headers['content-type']).toMatch(/text\/csv/);
      const lines = csv.text
        .replace(/^\uFEFF/, '')
        .trim()
        .split('\r\n');
      expect(lines[0]).toMatch(/^Rank,Tracking ID,Organization,Title,Score/);
      expect(lines.slice(1).map((l) => l.split(',')[1])).toEqual(r.rows.map((row) => row.application.trackingId));
      expect(lines.slice(1).map((l) => l.split(',')[4])).toEqual(
        r.rows.map((row) => String(Math.round(row.score! * 100) / 100)),
      );

      const xlsx = await t
        .http()
        .get(`/api/rounds/${round.id}/exports/ranking.xlsx`)
        .set('authorization', `Bearer ${officer.token}`)
        .buffer(true)
        .parse((res, done) => {
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c));
          res.on('end', () => done(null, Buffer.concat(chunks)));
        });
      expect(xlsx.status).toBe(200);
      const [sheet] = await readXlsxFile(xlsx.body as Buffer);
      expect(sheet.data[0].slice(0, 3)).toEqual(['Rank', 'Tracking ID', 'Organization']);
      expect(sheet.data.slice(1).map((row) => row[1])).toEqual(r.rows.map((row) => row.application.trackingId));
      expect(sheet.data.slice(1).map((row) => row[11])).toEqual(r.rows.map((row) => row.recommendedCents / 100));
      expect((xlsx.body as Buffer).includes(Buffer.from('xl/worksheets/sheet1.xml'))).toBe(true);
    });

    it('anonymize reviewers and list every item score', async () => {
      const { round } = await scoredRound({}, [{ reviews: [2, 3] }]);
      const scores = await t
        .http()
        .get(`/api/rounds/${round.id}/exports/reviewer-scores.csv`)
        .set('authorization', `Bearer ${officer.token}`);
      const lines = scores.text
        .replace(/^\uFEFF/, '')
        .trim()
        .split('\r\n');
      expect(lines).toHaveLength(3);
      expect(
        lines
          .slice(1)
          .map((l) => l.split(',')[2])
          .sort(),
      ).toEqual(['R1', 'R2']);
      expect(scores.text).not.toMatch(/@example\.org/);
      const items = await t
        .http()
        .get(`/api/rounds/${round.id}/exports/item-scores.csv`)
        .set('authorization', `Bearer ${officer.token}`);
      expect(items.text.trim().split('\r\n')).toHaveLength(1 + PORP_CHECKLIST_2023.items.length);
    });

    it('are for officers and auditors only, and name a bad file', async () => {
      const { round } = await scoredRound({}, [{ reviews: [2] }]);
      const reviewer = await createUser(t, { roles: [Role.REVIEWER] });
      expect(
        (
          await t
            .http()
            .get(`/api/rounds/${round.id}/exports/ranking.csv`)
            .set('authorization', `Bearer ${reviewer.token}`)
        ).status,
      ).toBe(403);
      expect((await t.http().get(`/api/rounds/${round.id}/exports/ranking.csv`)).status).toBe(401);
      const bad = await t
        .http()
        .get(`/api/rounds/${round.id}/exports/everything.pdf`)
        .set('authorization', `Bearer ${officer.token}`);
      expect(bad.status).toBe(400);
      expect(bad.body.error).toMatchObject({ code: 'BAD_USER_INPUT', field: 'file' });
    });
  });
});
