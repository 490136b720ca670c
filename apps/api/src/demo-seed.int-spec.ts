import { createTestApp, gql, TestApp } from '@abate/api/testing';
import { AppModule } from './app.module';
import { DEMO_PASSWORD, DEMO_USERS, DemoSeed } from './demo-seed';

describe('demo seed', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ rootModule: (config) => AppModule.forRoot(config) });
  });
  afterAll(() => t.close());

  it('seeds once: the demo people, a round open for 30 days, and a draft for each county', async () => {
    expect(await t.get(DemoSeed).run()).toBe(true);
    expect(await t.get(DemoSeed).run()).toBe(false);

    const rounds = await gql<{ fundingRounds: { nodes: Array<{ id: string; accepting: boolean; closesAt: string }> } }>(
      t,
      '{ fundingRounds(status: PUBLISHED) { nodes { id accepting closesAt } } }',
    );
    const inReview = await gql<{ fundingRounds: { nodes: Array<{ id: string }> } }>(
      t,
      '{ fundingRounds(status: REVIEW) { nodes { id } } }',
    );
    expect(inReview.data?.fundingRounds.nodes).toHaveLength(1);
    expect(rounds.data?.fundingRounds.nodes).toHaveLength(1);
    const [round] = rounds.data!.fundingRounds.nodes;
    expect(round.accepting).toBe(true);
    const daysOpen = (new Date(round.closesAt).getTime() - Date.now()) / 86_400_000;
    expect(daysOpen).toBeGreaterThan(29);
    expect(daysOpen).toBeLessThan(31);

    // The round in review already ranks its five applications, with a funding line.
    const officer = await gql<{ signIn: { token: string } }>(
      t,
      'mutation($e: String!, $p: String!) { signIn(email: $e, password: $p) { token } }',
      { e: 'officer@abate.test', p: DEMO_PASSWORD },
    );
    const ranking = await gql<{
      roundRanking: {
        fundedCents: number;
        rows: Array<{ reviewerCount: number; aboveFundingLine: boolean; safeguardFlags: Array<{ code: string }> }>;
      };
    }>(
      t,
      'query($r: ID!) { roundRanking(roundId: $r) { fundedCents rows { reviewerCount aboveFundingLine safeguardFlags { code } } } }',
      { r: inReview.data!.fundingRounds.nodes[0].id },
      { token: officer.data!.signIn.token },
    );
    const rows = ranking.data!.roundRanking.rows;
    expect(rows).toHaveLength(5);
    expect(rows.every((row) => row.reviewerCount >= 1)).toBe(true);
    expect(rows.some((row) => row.aboveFundingLine) && rows.some((row) => !row.aboveFundingLine)).toBe(true);
    expect(rows.some((row) => row.safeguardFlags.some((f) => f.code === 'POLICE_LED'))).toBe(true);
    const reviewer3 = await gql<{ signIn: { token: string } }>(
      t,
      'mutation($e: String!, $p: String!) { signIn(email: $e, password: $p) { token } }',
      { e: 'reviewer3@abate.test', p: DEMO_PASSWORD },
    );
    const queue = await gql<{ myReviewAssignments: Array<{ status: string }> }>(
      t,
      '{ myReviewAssignments { status } }',
      {},
      { token: reviewer3.data!.signIn.token },
    );
    expect(queue.data?.myReviewAssignments.length).toBeGreaterThan(0);
    expect(queue.data?.myReviewAssignments.every((a) => a.status === 'PENDING_COI')).toBe(true);

    // Buncombe County's award reports: two quarters accepted, one submitted, then one overdue.
    const applicant2 = await gql<{ signIn: { token: string } }>(
      t,
      'mutation($e: String!, $p: String!) { signIn(email: $e, password: $p) { token } }',
      { e: 'applicant2@abate.test', p: DEMO_PASSWORD },
    );
    const awards = await gql<{ awards: { nodes: Array<{ milestones: Array<{ kind: string; status: string }> }> } }>(
      t,
      '{ awards(first: 10) { nodes { milestones { kind status } } } }',
      {},
      { token: applicant2.data!.signIn.token },
    );
    const quarters = awards.data!.awards.nodes[0].milestones.filter((m) => m.kind === 'QUARTERLY').map((m) => m.status);
    expect(quarters.slice(0, 4)).toEqual(['ACCEPTED', 'ACCEPTED', 'SUBMITTED', 'OVERDUE']);

    // And its payment requests: one paid, one waiting for finance, one draft.
    const payments = await gql<{
      paymentRequests: { nodes: Array<{ status: string; approvals: Array<{ role: string }> }> };
    }>(
      t,
      '{ paymentRequests(first: 10) { nodes { status approvals { role } } } }',
      {},
      { token: applicant2.data!.signIn.token },
    );
    expect(payments.data!.paymentRequests.nodes.map((p) => p.status)).toEqual(['PAID', 'PROGRAM_APPROVED', 'DRAFT']);

    for (const demo of DEMO_USERS.filter((u) => 'organization' in u)) {
      const signIn = await gql<{ signIn: { token: string } }>(
        t,
        'mutation($e: String!, $p: String!) { signIn(email: $e, password: $p) { token } }',
        { e: demo.email, p: DEMO_PASSWORD },
      );
      const apps = await gql<{
        applications: { nodes: Array<{ status: string; title: string; organization: { name: string } }> };
      }>(
        t,
        '{ applications(first: 10) { nodes { status title organization { name } } } }',
        {},
        { token: signIn.data!.signIn.token },
      );
      expect(apps.data?.applications.nodes).toContainEqual(
        expect.objectContaining({
          status: 'DRAFT',
          organization: { name: (demo as { organization: string }).organization },
        }),
      );
    }
  });

  it('gives the finance officer an NC county fund whose every report has content', async () => {
    const signIn = await gql<{ signIn: { token: string } }>(
      t,
      'mutation($e: String!, $p: String!) { signIn(email: $e, password: $p) { token } }',
      { e: 'finance@abate.test', p: DEMO_PASSWORD },
    );
    const token = signIn.data!.signIn.token;
    const funds = await gql<{
      settlementFunds: {
        nodes: Array<{
          id: string;
          balances: { receivedCents: string; allocatedCents: string; expendedCents: string };
        }>;
      };
    }>(
      t,
      '{ settlementFunds(first: 10) { nodes { id balances { receivedCents allocatedCents expendedCents } } } }',
      {},
      { token },
    );
    const [fund] = funds.data!.settlementFunds.nodes;
    expect(BigInt(fund.balances.receivedCents)).toBeGreaterThan(0n);
    expect(BigInt(fund.balances.allocatedCents)).toBeGreaterThan(0n);
    expect(BigInt(fund.balances.expendedCents)).toBeGreaterThan(0n);
    for (const kind of ['ANNUAL_FINANCIAL', 'NON_REMEDIATION', 'ADMIN_CAP', 'SPEND_DEADLINE', 'STRATEGY_SUMMARY']) {
      const report = await gql<{ fundReport: { rows: unknown[]; checks: Array<{ ok: boolean }> } }>(
        t,
        'query($id: ID!, $k: FundReportKind!) { fundReport(fundId: $id, kind: $k, fiscalYear: 2025) { rows { label } checks { ok } } }',
        { id: fund.id, k: kind },
        { token },
      );
      expect(report.data?.fundReport.rows.length).toBeGreaterThan(0);
    }
  });
});
