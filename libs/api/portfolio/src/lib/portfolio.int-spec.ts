import { randomBytes } from 'node:crypto';
import readXlsxFile from 'read-excel-file/node';
import { Role } from '@abate/api/core';
import { createTestApp, errorOf, gql, TestApp } from '@abate/api/testing';
import { createUser, TestUser } from '@abate/testing/organizations';
import { createAward } from '@abate/testing/awards';
import { awardsInOneRound, fileReport, parseCsv } from '../testing';
import type { Grantee } from '../testing';
import { PortfolioModule } from './portfolio.module';
import { PortfolioDataService } from './portfolio-data.service';

const PORTFOLIO = `query($r: ID) { portfolioOutcomes(roundId: $r) {
  roundId
  quarters { label reportsCounted metrics { key label unit value } rates { key label value } }
  overall { granteeCount reportsCounted awardedCents budgetCents spentCents overdueCount safeguardFlagCount metrics { key value } rates { key value } }
  grantees { award { id amountCents status } organizationName roundTitle awardedCents budgetCents spentCents quartersReported
    targets { metricKey label target actual shareOfTarget }
    spending { category label budgetCents spentCents remainingCents }
    safeguardFlags { quarter key label value }
    overdue { milestoneId kind label dueDate daysOverdue reportStatus } }
} }`;

interface Figure {
  key: string;
  value: number | null;
}
interface Outcomes {
  roundId: string | null;
  quarters: Array<{
    label: string;
    reportsCounted: number;
    metrics: Array<Figure & { label: string; unit: string }>;
    rates: Array<Figure & { label: string }>;
  }>;
  overall: {
    granteeCount: number;
    reportsCounted: number;
    awardedCents: number;
    budgetCents: number;
    spentCents: number;
    overdueCount: number;
    safeguardFlagCount: number;
    metrics: Figure[];
    rates: Figure[];
  };
  grantees: Array<{
    award: { id: string; amountCents: number; status: string };
    organizationName: string;
    roundTitle: string;
    awardedCents: number;
    budgetCents: number;
    spentCents: number;
    quartersReported: string[];
    targets: Array<{
      metricKey: string;
      label: string;
      target: number;
      actual: number | null;
      shareOfTarget: number | null;
    }>;
    spending: Array<{
      category: string;
      label: string;
      budgetCents: number;
      spentCents: number;
      remainingCents: number;
    }>;
    safeguardFlags: Array<{ quarter: string; key: string; label: string; value: number }>;
    overdue: Array<{
      milestoneId: string;
      kind: string;
      label: string;
      dueDate: string;
      daysOverdue: number;
      reportStatus: string | null;
    }>;
  }>;
}

const valueOf = (figures: Figure[], key: string) => figures.find((f) => f.key === key)?.value;

describe('portfolio outcomes', () => {
  let t: TestApp;
  let officer: TestUser;
  let auditor: TestUser;
  let alpha: Grantee;
  let beta: Grantee;
  let roundId: string;
  let other: Grantee;

  beforeAll(async () => {
    t = await createTestApp({ imports: [PortfolioModule] });
    officer = await createUser(t, { roles: [Role.PROGRAM_OFFICER] });
    auditor = await createUser(t, { roles: [Role.AUDITOR] });
    const suffix = randomBytes(3).toString('hex');
    const made = await awardsInOneRound(t, [
      { organizationName: `Alpha County ${suffix}`, amountCents: 10_000_000 },
      { organizationName: `Beta County ${suffix}`, amountCents: 20_000_000 },
    ]);
    roundId = made.round.id;
    [alpha, beta] = made.grantees;

    // Alpha: Q1 accepted, Q2 submitted with safeguard flags; its final report restates the grant and must not count.
    await fileReport(
      t,
      alpha,
      '2027 Q1',
      {
        spending: [
          { category: 'personnel', amountCents: 2_000_000 },
          { category: 'supplies', amountCents: 300_000 },
        ],
      },
      { review: { officer, decision: 'ACCEPT' } },
    );
    await fileReport(t, alpha, '2027 Q2', {
      metrics: {
        referrals_received: 50,
        survivors_reached: 30,
        warrant_checks: 2,
        visits_with_uniformed_police: 1,
        median_hours_to_first_attempt: 30,
      },
      spending: [{ category: 'personnel', amountCents: 1_000_000 }],
    });
    await fileReport(t, alpha, 'Final report', {
      metrics: { referrals_received: 999, survivors_reached: 500 },
      spending: [{ category: 'personnel', amountCents: 100 }],
    });
    // Beta: Q1 submitted (with spending in a category it has no budget for), Q2 sent back for changes, Q3 a draft: neither counts.
    await fileReport(t, beta, '2027 Q1', {
      metrics: { referrals_received: 60, survivors_reached: 30, moud_starts: 10, network_members_reached: 9 },
      spending: [
        { category: 'personnel', amountCents: 5_000_000 },
        { category: 'travel', amountCents: 20_000 },
      ],
    });
    await fileReport(
      t,
      beta,
      '2027 Q2',
      { metrics: { referrals_received: 70 } },
      { review: { officer, decision: 'REQUEST_CHANGES' } },
    );
    await fileReport(t, beta, '2027 Q3', { metrics: { referrals_received: 500 } }, { submit: false });

    // Another round, to see "every round" add up.
    const single = await createAward(t, { amountCents: 5_000_000 });
    other = { award: single.award, owner: single.owner };
    await fileReport(t, other, '2027 Q1', { metrics: { referrals_received: 40, survivors_reached: 40 } });
  });
  afterEach(() => t.clock.reset());
  afterAll(() => t.close());

  const outcomes = async (r: string | null, token = officer.token) => {
    const res = await gql<{ portfolioOutcomes: Outcomes }>(t, PORTFOLIO, { r }, { token });
    if (!res.data) throw new Error(JSON.stringify(res.errors));
    return res.data.portfolioOutcomes;
  };

  it('totals each metric per quarter from submitted and accepted quarterly reports only, with the derived rates', async () => {
    const o = await outcomes(roundId);
    expect(o.roundId).toBe(roundId);
    // Beta's Q2 (changes requested) and Q3 (draft) do not count; nor does Alpha's final report.
    expect(o.quarters.map((q) => [q.label, q.reportsCounted])).toEqual([
      ['2027 Q1', 2],
      ['2027 Q2', 1],
    ]);
    const [q1, q2] = o.quarters;
    expect(valueOf(q1.metrics, 'referrals_received')).toBe(100);
    expect(valueOf(q1.metrics, 'survivors_reached')).toBe(52);
    expect(valueOf(q1.metrics, 'moud_starts')).toBe(15);
    expect(q1.metrics.find((m) => m.key === 'median_hours_to_first_attempt')).toMatchObject({
      unit: 'hours',
      value: 26.5,
    });
    expect(valueOf(q2.metrics, 'referrals_received')).toBe(50);
    expect(valueOf(q2.metrics, 'warrant_checks')).toBe(2);
    // Reach 52 / 100; MOUD 15 / 52; naloxone 120 / (52 + 18).
    expect(q1.rates).toEqual([
      { key: 'reach_rate', label: 'Reach rate', value: 0.52 },
      { key: 'moud_linkage_rate', label: 'MOUD starts per survivor reached', value: 15 / 52 },
      { key: 'naloxone_per_reached', label: 'Naloxone kits per person reached', value: 120 / 70 },
    ]);
    expect(valueOf(q2.rates, 'reach_rate')).toBe(0.6);

    expect(o.overall).toMatchObject({
      granteeCount: 2,
      reportsCounted: 3,
      awardedCents: '30000000',
      budgetCents: '30000000',
      spentCents: '8320000',
      safeguardFlagCount: 2,
    });
    expect(valueOf(o.overall.metrics, 'referrals_received')).toBe(150);
    expect(valueOf(o.overall.metrics, 'survivors_reached')).toBe(82);
    // Hours do not add up: the median of the three reported medians (26.5, 26.5, 30).
    expect(valueOf(o.overall.metrics, 'median_hours_to_first_attempt')).toBe(26.5);
    expect(valueOf(o.overall.rates, 'reach_rate')).toBeCloseTo(82 / 150, 10);
  });

  it('sets each grantee’s targets against actuals and spending against the approved budget, and flags safeguards', async () => {
    const o = await outcomes(roundId);
    expect(o.grantees.map((g) => g.award.id)).toEqual([alpha.award.id, beta.award.id]);
    const [a, b] = o.grantees;
    expect(a).toMatchObject({
      awardedCents: '10000000',
      budgetCents: '10000000',
      spentCents: '3300000',
      quartersReported: ['2027 Q1', '2027 Q2'],
      award: { amountCents: '10000000', status: 'ACTIVE' },
    });
    // The factory's application targets 300 survivors reached: 22 + 30 so far.
    expect(a.targets).toEqual([
      {
        metricKey: 'survivors_reached',
        label: 'Survivors reached (a conversation took place)',
        target: 300,
        actual: 52,
        shareOfTarget: 52 / 300,
      },
    ]);
    expect(a.spending).toEqual([
      {
        category: 'personnel',
        label: 'Personnel',
        budgetCents: '9000000',
        spentCents: '3000000',
        remainingCents: '6000000',
      },
      {
        category: 'supplies',
        label: 'Supplies (naloxone, test strips, outreach materials)',
        budgetCents: '1000000',
        spentCents: '300000',
        remainingCents: '700000',
      },
    ]);
    expect(a.safeguardFlags).toEqual([
      { quarter: '2027 Q2', key: 'warrant_checks', label: 'Warrant checks run on people referred', value: 2 },
      { quarter: '2027 Q2', key: 'visits_with_uniformed_police', label: 'of which with uniformed police', value: 1 },
    ]);

    expect(b).toMatchObject({
      awardedCents: '20000000',
      spentCents: '5020000',
      quartersReported: ['2027 Q1'],
      safeguardFlags: [],
    });
    expect(b.targets[0]).toMatchObject({ target: 300, actual: 30 });
    expect(b.spending).toEqual([
      {
        category: 'personnel',
        label: 'Personnel',
        budgetCents: '19000000',
        spentCents: '5000000',
        remainingCents: '14000000',
      },
      { category: 'travel', label: 'Travel', budgetCents: '0', spentCents: '20000', remainingCents: '-20000' },
      {
        category: 'supplies',
        label: 'Supplies (naloxone, test strips, outreach materials)',
        budgetCents: '1000000',
        spentCents: '0',
        remainingCents: '1000000',
      },
    ]);
  });

  it('lists reports past due in the round’s time zone that were not submitted or accepted', async () => {
    // Q2 is due 30 July 2027, New York time; Beta's Q2 was sent back for changes and not resubmitted.
    t.clock.set('2027-07-31T03:59:00Z');
    let o = await outcomes(roundId);
    expect(o.grantees.flatMap((g) => g.overdue)).toEqual([]);
    expect(o.overall.overdueCount).toBe(0);

    t.clock.set('2027-07-31T04:00:00Z');
    o = await outcomes(roundId);
    expect(o.grantees[0].overdue).toEqual([]);
    expect(o.grantees[1].overdue).toEqual([
      {
        milestoneId: expect.any(String),
        kind: 'QUARTERLY',
        label: '2027 Q2',
        dueDate: '2027-07-30',
        daysOverdue: 1,
        reportStatus: 'CHANGES_REQUESTED',
      },
    ]);

    // Q3 is due 30 October: Beta's draft and Alpha's missing report are both late a few days after.
    t.clock.set('2027-11-05T12:00:00Z');
    o = await outcomes(roundId);
    expect(o.grantees[0].overdue.map((m) => [m.label, m.reportStatus, m.daysOverdue])).toEqual([['2027 Q3', null, 6]]);
    expect(o.grantees[1].overdue.map((m) => [m.label, m.reportStatus])).toEqual([
      ['2027 Q2', 'CHANGES_REQUESTED'],
      ['2027 Q3', 'DRAFT'],
    ]);
    expect(o.overall.overdueCount).toBe(3);
  });

  it('adds every round up when roundId is null', async () => {
    const o = await outcomes(null);
    expect(o.roundId).toBeNull();
    expect(o.grantees.map((g) => g.award.id).sort()).toEqual([alpha.award.id, beta.award.id, other.award.id].sort());
    expect(valueOf(o.quarters[0].metrics, 'referrals_received')).toBe(140);
    expect(o.quarters[0].reportsCounted).toBe(3);
    expect(o.overall.awardedCents).toBe('35000000');
    // The auditor reads it too.
    expect((await outcomes(roundId, auditor.token)).grantees).toHaveLength(2);
  });

  it('is for officers and auditors only', async () => {
    const reviewer = await createUser(t, { roles: [Role.REVIEWER] });
    expect(errorOf(await gql(t, PORTFOLIO, { r: roundId }, { token: alpha.owner.token })).code).toBe('FORBIDDEN');
    expect(errorOf(await gql(t, PORTFOLIO, { r: roundId }, { token: reviewer.token })).code).toBe('FORBIDDEN');
    expect(errorOf(await gql(t, PORTFOLIO, { r: roundId })).code).toBe('UNAUTHENTICATED');
    expect(errorOf(await gql(t, PORTFOLIO, { r: 'not-an-id' }, { token: officer.token }))).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'roundId',
    });
    expect(
      errorOf(await gql(t, PORTFOLIO, { r: '00000000-0000-4000-8000-000000000000' }, { token: officer.token })).code,
    ).toBe('NOT_FOUND');
  });

  describe('exports', () => {
    const download = (path: string, token?: string) => {
      const req = t.http().get(path);
      return token ? req.set('authorization', `Bearer ${token}`) : req;
    };

    it('give the metrics by quarter as CSV and XLSX', async () => {
      const csv = await download(`/api/portfolio/exports/metrics-by-quarter.csv?roundId=${roundId}`, officer.token);
      expect(csv.status).toBe(200);
      expect(csv.headers['content-type']).toMatch(/text\/csv/);
      const rows = parseCsv(csv.text);
      expect(rows[0]).toEqual(['Key', 'Measure', 'Unit', '2027 Q1', '2027 Q2', 'Overall']);
      expect(rows.find((r) => r[0] === 'referrals_received')).toEqual([
        'referrals_received',
        'Overdose referrals received',
        'count',
        '100',
        '50',
        '150',
      ]);
      expect(rows.find((r) => r[0] === 'median_hours_to_first_attempt')?.slice(3)).toEqual(['26.5', '30', '26.5']);
      expect(rows.find((r) => r[0] === 'reach_rate')).toEqual([
        'reach_rate',
        'Reach rate',
        'rate',
        '0.52',
        '0.6',
        '0.5467',
      ]);

      const xlsx = await download(`/api/portfolio/exports/metrics-by-quarter.xlsx?roundId=${roundId}`, auditor.token)
        .buffer(true)
        .parse((res, done) => {
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c));
          res.on('end', () => done(null, Buffer.concat(chunks)));
        });
      expect(xlsx.status).toBe(200);
      const [sheet] = await readXlsxFile(xlsx.body as Buffer);
      expect(sheet.data[0]).toEqual(['Key', 'Measure', 'Unit', '2027 Q1', '2027 Q2', 'Overall']);
      expect(sheet.data.find((r) => r[0] === 'survivors_reached')?.slice(3)).toEqual([52, 30, 82]);
    });

    it('give grantees and spending, one row per grantee and per budget line', async () => {
      const grantees = parseCsv(
        (await download(`/api/portfolio/exports/grantees.csv?roundId=${roundId}`, officer.token)).text,
      );
      const header = grantees[0];
      const alphaRow = grantees.find((r) => r[4] === alpha.award.id)!;
      expect(alphaRow[header.indexOf('Awarded')]).toBe('100000.00');
      expect(alphaRow[header.indexOf('Spent')]).toBe('33000.00');
      expect(alphaRow[header.indexOf('Safeguard flags')]).toBe(
        '2027 Q2 warrant_checks 2; 2027 Q2 visits_with_uniformed_police 1',
      );
      expect(alphaRow[header.indexOf('Survivors reached (a conversation took place): target')]).toBe('300');
      expect(alphaRow[header.indexOf('Survivors reached (a conversation took place): actual')]).toBe('52');
      expect(grantees).toHaveLength(3);

      const spending = parseCsv(
        (await download(`/api/portfolio/exports/spending.csv?roundId=${roundId}`, officer.token)).text,
      );
      expect(spending[0]).toEqual([
        'Organization',
        'Award ID',
        'Category',
        'Category label',
        'Budget',
        'Spent',
        'Remaining',
      ]);
      expect(spending.find((r) => r[1] === beta.award.id && r[2] === 'travel')?.slice(4)).toEqual([
        '0.00',
        '200.00',
        '-200.00',
      ]);
      expect(spending).toHaveLength(1 + 2 + 3);

      // Without roundId: every round.
      expect(parseCsv((await download('/api/portfolio/exports/grantees.csv', officer.token)).text)).toHaveLength(4);
    });

    it('are for officers and auditors only, and name what is wrong', async () => {
      expect((await download(`/api/portfolio/exports/grantees.csv?roundId=${roundId}`, alpha.owner.token)).status).toBe(
        403,
      );
      expect((await download(`/api/portfolio/exports/grantees.csv?roundId=${roundId}`)).status).toBe(401);
      const bad = await download('/api/portfolio/exports/everything.pdf', officer.token);
      expect(bad.status).toBe(400);
      expect(bad.body.error).toMatchObject({ code: 'BAD_USER_INPUT', field: 'file' });
      expect(
        (await download('/api/portfolio/exports/grantees.csv?roundId=nope', officer.token)).body.error,
      ).toMatchObject({ code: 'BAD_USER_INPUT', field: 'roundId' });
      expect(
        (
          await download(
            '/api/portfolio/exports/grantees.csv?roundId=00000000-0000-4000-8000-000000000000',
            officer.token,
          )
        ).status,
      ).toBe(404);
    });
  });

  // Last: it adds an award, which every-round figures above would count.
  it('is kept whole between changes: concurrent readers share one build, and a new report or name shows at once', async () => {
    const suffix = randomBytes(3).toString('hex');
    const made = await awardsInOneRound(t, [{ organizationName: `Gamma County ${suffix}`, amountCents: 10_000_000 }]);
    const [gamma] = made.grantees;
    const builds = jest.spyOn(t.get(PortfolioDataService), 'awardsOf');
    try {
      const first = await Promise.all([1, 2, 3, 4].map(() => outcomes(made.round.id)));
      expect(builds).toHaveBeenCalledTimes(1);
      for (const answer of first) expect(answer).toEqual(first[0]);
      expect(first[0].overall.reportsCounted).toBe(0);
      expect(await outcomes(made.round.id, auditor.token)).toEqual(first[0]);
      expect(builds).toHaveBeenCalledTimes(1);

      await fileReport(t, gamma, '2027 Q1', { metrics: { referrals_received: 60, survivors_reached: 30 } });
      const reported = await outcomes(made.round.id);
      expect(reported.overall.reportsCounted).toBe(1);
      expect(valueOf(reported.quarters[0].metrics, 'referrals_received')).toBe(60);
      expect(builds).toHaveBeenCalledTimes(2);

      // A change written by SQL (or by another API process) shows too.
      await t.dataSource.query('UPDATE organizations SET name = $2 WHERE id = $1', [
        gamma.award.organizationId,
        `Gamma Township ${suffix}`,
      ]);
      expect((await outcomes(made.round.id)).grantees[0].organizationName).toBe(`Gamma Township ${suffix}`);
      expect(builds).toHaveBeenCalledTimes(3);
    } finally {
      builds.mockRestore();
    }
  });
});
