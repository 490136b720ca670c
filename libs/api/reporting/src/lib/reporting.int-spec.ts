import { Role } from '@abate/api/core';
import { createTestApp, errorOf, gql, TestApp } from '@abate/api/testing';
import { createOrganization, createUser, TestUser } from '@abate/testing/organizations';
import { createAward } from '@abate/testing/awards';
import { MembershipRole } from '@abate/api/organizations';
import { QUARTERLY_METRICS } from '@abate/shared/metrics';
import { ReportingModule } from './reporting.module';

const AWARD = `query($id: ID!) { award(id: $id) { id status amountCents milestones { id kind label periodStart periodEnd dueDate status report { id status } } } }`;
const SAVE = `mutation($m: ID!, $v: Int, $i: QuarterlyReportInput!) { saveQuarterlyReport(milestoneId: $m, version: $v, input: $i) {
  id status version check { errors { field message } warnings { field message } safeguardDeviations { key actual } }
  spendingSummary { category budgetCents thisPeriodCents cumulativeCents } } }`;
const SUBMIT =
  'mutation($id: ID!, $v: Int!) { submitQuarterlyReport(reportId: $id, version: $v) { id status version versions { number } } }';
const REVIEW =
  'mutation($id: ID!, $d: ReportDecision!, $n: String) { reviewQuarterlyReport(reportId: $id, decision: $d, note: $n) { id status reviewNote version } }';
const MILESTONES =
  'query($s: MilestoneStatus) { reportingMilestones(status: $s, first: 100) { totalCount nodes { id status award { id } } } }';

interface Milestone {
  id: string;
  kind: string;
  label: string;
  periodStart: string;
  periodEnd: string;
  dueDate: string;
  status: string;
  report: { id: string; status: string } | null;
}
interface Report {
  id: string;
  status: string;
  version: number;
  check: {
    errors: Array<{ field: string; message: string }>;
    warnings: Array<{ field: string }>;
    safeguardDeviations: Array<{ key: string; actual: number }>;
  };
  spendingSummary: Array<{ category: string; budgetCents: number; thisPeriodCents: number; cumulativeCents: number }>;
}

/** Every metric at a plausible value, with overrides. */
const metrics = (overrides: Record<string, number> = {}) =>
  QUARTERLY_METRICS.metrics.map((m) => ({
    key: m.key,
    value: overrides[m.key] ?? (m.expected !== undefined ? m.expected : m.partOf ? 5 : m.unit === 'hours' ? 36.5 : 40),
  }));

describe('reporting', () => {
  let t: TestApp;
  let officer: TestUser;
  beforeAll(async () => {
    t = await createTestApp({ imports: [ReportingModule] });
    officer = await createUser(t, { roles: [Role.PROGRAM_OFFICER] });
  });
  afterEach(() => t.clock.reset());
  afterAll(() => t.close());

  const awardOf = async (id: string, token: string) =>
    (await gql<{ award: { status: string; milestones: Milestone[] } }>(t, AWARD, { id }, { token })).data!.award;

  it('gives an award one report per calendar quarter it overlaps, due 30 days after, and a final report 90 days after the end', async () => {
    const { award, owner } = await createAward(t, { grantStart: '2027-02-15', grantEnd: '2027-12-31' });
    const { milestones } = await awardOf(award.id, owner.token);
    expect(milestones.map((m) => [m.kind, m.label, m.periodStart, m.periodEnd, m.dueDate])).toEqual([
      ['QUARTERLY', '2027 Q1', '2027-02-15', '2027-03-31', '2027-04-30'],
      ['QUARTERLY', '2027 Q2', '2027-04-01', '2027-06-30', '2027-07-30'],
      ['QUARTERLY', '2027 Q3', '2027-07-01', '2027-09-30', '2027-10-30'],
      ['QUARTERLY', '2027 Q4', '2027-10-01', '2027-12-31', '2028-01-30'],
      ['FINAL', 'Final report', '2027-02-15', '2027-12-31', '2028-03-30'],
    ]);
  });

  it('moves a milestone from UPCOMING to DUE to OVERDUE with the clock, in the round’s time zone', async () => {
    const { award, owner } = await createAward(t);
    // Q1 2027 ends 31 March and is due 30 April, New York time.
    const statusAt = async (instant: string) => {
      t.clock.set(instant);
      return (await awardOf(award.id, owner.token)).milestones[0].status;
    };
    expect(await statusAt('2027-04-01T03:59:00Z')).toBe('UPCOMING'); // still 31 March in New York
    expect(await statusAt('2027-04-01T04:00:00Z')).toBe('DUE');
    expect(await statusAt('2027-05-01T03:59:00Z')).toBe('DUE');
    expect(await statusAt('2027-05-01T04:00:00Z')).toBe('OVERDUE');
    const overdue = await gql<{ reportingMilestones: { nodes: Array<{ id: string; status: string }> } }>(
      t,
      MILESTONES,
      { s: 'OVERDUE' },
      { token: owner.token },
    );
    expect(overdue.data?.reportingMilestones.nodes.map((n) => n.id)).toContain(
      (await awardOf(award.id, owner.token)).milestones[0].id,
    );
    expect(overdue.data?.reportingMilestones.nodes.every((n) => n.status === 'OVERDUE')).toBe(true);
  });

  it('checks the figures: parts never above their whole, a confirmed warning for more reached than referred, safeguard deviations flagged', async () => {
    const { award, owner } = await createAward(t);
    const [q1] = (await awardOf(award.id, owner.token)).milestones;
    const first = await gql<{ saveQuarterlyReport: Report }>(
      t,
      SAVE,
      {
        m: q1.id,
        v: null,
        i: {
          metrics: metrics({
            referrals_received: 10,
            referrals_from_police: 12,
            survivors_reached: 15,
            warrant_checks: 2,
          }),
        },
      },
      { token: owner.token },
    );
    const report = first.data!.saveQuarterlyReport;
    expect(report.check.errors.map((e) => e.field)).toContain('metrics.referrals_from_police');
    expect(report.check.warnings.map((w) => w.field)).toContain('metrics.survivors_reached');
    expect(report.check.safeguardDeviations).toEqual([{ key: 'warrant_checks', actual: 2 }]);
    expect(errorOf(await gql(t, SUBMIT, { id: report.id, v: report.version }, { token: owner.token }))).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'metrics.referrals_from_police',
    });

    const fixed = (
      await gql<{ saveQuarterlyReport: Report }>(
        t,
        SAVE,
        { m: q1.id, v: report.version, i: { metrics: [{ key: 'referrals_from_police', value: 4 }] } },
        { token: owner.token },
      )
    ).data!.saveQuarterlyReport;
    expect(fixed.check.errors).toEqual([]);
    // More survivors reached than referrals is allowed, once the grantee confirms it.
    expect(errorOf(await gql(t, SUBMIT, { id: fixed.id, v: fixed.version }, { token: owner.token }))).toMatchObject({
      field: 'metrics.survivors_reached',
    });
    const confirmed = (
      await gql<{ saveQuarterlyReport: Report }>(
        t,
        SAVE,
        { m: q1.id, v: fixed.version, i: { confirmedWarnings: ['metrics.survivors_reached'] } },
        { token: owner.token },
      )
    ).data!.saveQuarterlyReport;
    const submitted = await gql<{ submitQuarterlyReport: { status: string; versions: Array<{ number: number }> } }>(
      t,
      SUBMIT,
      { id: confirmed.id, v: confirmed.version },
      { token: owner.token },
    );
    expect(submitted.data?.submitQuarterlyReport).toMatchObject({ status: 'SUBMITTED', versions: [{ number: 1 }] });
  });

  it('refuses cumulative spending above the award and warns on a category above its budget line', async () => {
    // The factory's application budgets personnel $90,000 and supplies $10,000; the award is $100,000.
    const { award, owner } = await createAward(t, { amountCents: 10_000_000 });
    const [q1, q2] = (await awardOf(award.id, owner.token)).milestones;
    const r1 = (
      await gql<{ saveQuarterlyReport: Report }>(
        t,
        SAVE,
        {
          m: q1.id,
          v: null,
          i: {
            metrics: metrics(),
            spending: [
              { category: 'supplies', amountCents: 1_200_000 },
              { category: 'personnel', amountCents: 2_000_000 },
            ],
          },
        },
        { token: owner.token },
      )
    ).data!.saveQuarterlyReport;
    expect(r1.check.warnings.map((w) => w.field)).toContain('spending.supplies');
    expect(r1.spendingSummary.find((s) => s.category === 'supplies')).toMatchObject({
      budgetCents: '1000000',
      thisPeriodCents: '1200000',
      cumulativeCents: '1200000',
    });
    await gql(t, SUBMIT, { id: r1.id, v: r1.version }, { token: owner.token });
    // The next quarter counts what was already spent: $32,000 + $70,000 is over the $100,000 award.
    const r2 = (
      await gql<{ saveQuarterlyReport: Report }>(
        t,
        SAVE,
        { m: q2.id, v: null, i: { metrics: metrics(), spending: [{ category: 'personnel', amountCents: 7_000_000 }] } },
        { token: owner.token },
      )
    ).data!.saveQuarterlyReport;
    expect(r2.check.errors.map((e) => e.field)).toEqual(['spending']);
    expect(r2.spendingSummary.find((s) => s.category === 'personnel')?.cumulativeCents).toBe('9000000');
    expect(
      errorOf(
        await gql(
          t,
          SAVE,
          { m: q2.id, v: r2.version, i: { spending: [{ category: 'construction', amountCents: 1 }] } },
          { token: owner.token },
        ),
      ),
    ).toMatchObject({ field: 'input.spending.0.category' });
  });

  it('goes back and forth with the officer, keeps every submitted version, and closes the award with the final report', async () => {
    const { award, owner } = await createAward(t, { grantStart: '2027-01-01', grantEnd: '2027-03-31' });
    const milestones = (await awardOf(award.id, owner.token)).milestones;
    const final = milestones.find((m) => m.kind === 'FINAL')!;
    const draft = (
      await gql<{ saveQuarterlyReport: Report }>(
        t,
        SAVE,
        {
          m: final.id,
          v: null,
          i: { metrics: metrics(), narrative: { successes: 'Reached 40 survivors.', challenges: 'Staff turnover.' } },
        },
        { token: owner.token },
      )
    ).data!.saveQuarterlyReport;
    const sent = (
      await gql<{ submitQuarterlyReport: Report }>(
        t,
        SUBMIT,
        { id: draft.id, v: draft.version },
        { token: owner.token },
      )
    ).data!.submitQuarterlyReport;
    expect(
      errorOf(await gql(t, REVIEW, { id: draft.id, d: 'REQUEST_CHANGES' }, { token: officer.token })),
    ).toMatchObject({ field: 'note' });
    const back = await gql<{ reviewQuarterlyReport: { status: string; reviewNote: string; version: number } }>(
      t,
      REVIEW,
      { id: draft.id, d: 'REQUEST_CHANGES', n: 'Split referrals by source.' },
      { token: officer.token },
    );
    expect(back.data?.reviewQuarterlyReport).toMatchObject({
      id: draft.id,
      status: 'CHANGES_REQUESTED',
      reviewNote: 'Split referrals by source.',
    });
    expect(
      errorOf(await gql(t, SAVE, { m: final.id, v: sent.version, i: { metrics: [] } }, { token: owner.token })).code,
    ).toBe('CONFLICT');
    const revised = (
      await gql<{ saveQuarterlyReport: Report }>(
        t,
        SAVE,
        {
          m: final.id,
          v: back.data!.reviewQuarterlyReport.version,
          i: { metrics: [{ key: 'referrals_from_ems', value: 6 }] },
        },
        { token: owner.token },
      )
    ).data!.saveQuarterlyReport;
    const resent = await gql<{ submitQuarterlyReport: { versions: Array<{ number: number }> } }>(
      t,
      SUBMIT,
      { id: draft.id, v: revised.version },
      { token: owner.token },
    );
    expect(resent.data?.submitQuarterlyReport.versions.map((v) => v.number)).toEqual([1, 2]);
    expect((await gql(t, REVIEW, { id: draft.id, d: 'ACCEPT' }, { token: officer.token })).errors).toBeUndefined();
    expect((await awardOf(award.id, owner.token)).status).toBe('CLOSED');
    // The awards domain closed it (audited once), in the review's transaction.
    expect(
      await t.dataSource.query(
        `SELECT before, after FROM audit_events WHERE action = 'award.close' AND entity_id = $1`,
        [award.id],
      ),
    ).toEqual([{ before: { status: 'ACTIVE' }, after: { status: 'CLOSED' } }]);
    expect((await awardOf(award.id, owner.token)).milestones.find((m) => m.kind === 'FINAL')?.status).toBe('ACCEPTED');
  });

  it('keeps each organization to its own awards and reports, and reviews to officers', async () => {
    const { award, owner } = await createAward(t);
    const [q1] = (await awardOf(award.id, owner.token)).milestones;
    const org = await createOrganization(t);
    const stranger = await createUser(t, {
      roles: [Role.APPLICANT],
      organizationId: org.id,
      organizationRole: MembershipRole.OWNER,
    });
    expect(errorOf(await gql(t, AWARD, { id: award.id }, { token: stranger.token })).code).toBe('FORBIDDEN');
    expect(
      errorOf(await gql(t, SAVE, { m: q1.id, v: null, i: { metrics: metrics() } }, { token: stranger.token })).code,
    ).toBe('FORBIDDEN');
    const mine = await gql<{ reportingMilestones: { nodes: Array<{ award: { id: string } }> } }>(
      t,
      MILESTONES,
      {},
      { token: stranger.token },
    );
    expect(mine.data?.reportingMilestones.nodes).toEqual([]);
    const report = (
      await gql<{ saveQuarterlyReport: Report }>(
        t,
        SAVE,
        { m: q1.id, v: null, i: { metrics: metrics() } },
        { token: owner.token },
      )
    ).data!.saveQuarterlyReport;
    await gql(t, SUBMIT, { id: report.id, v: report.version }, { token: owner.token });
    expect(errorOf(await gql(t, REVIEW, { id: report.id, d: 'ACCEPT' }, { token: owner.token })).code).toBe(
      'FORBIDDEN',
    );
    expect(
      errorOf(await gql(t, SAVE, { m: q1.id, v: null, i: { metrics: metrics() } }, { token: officer.token })).code,
    ).toBe('FORBIDDEN');
  });
});
