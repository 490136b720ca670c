import { randomBytes } from 'node:crypto';
import { Role } from '@abate/api/core';
import { createTestApp, errorOf, gql, TestApp } from '@abate/api/testing';
import { createUser } from '@abate/testing/organizations';
import { createAward } from '@abate/testing/awards';
import { createRound } from '@abate/testing/rounds';
import { awardsInOneRound, fileReport, parseCsv } from '@abate/testing/portfolio';
import type { Grantee } from '@abate/testing/portfolio';
import { PublicModule } from './public.module';

const AWARDS = `query($r: ID) { publicAwards(roundId: $r) {
  id roundId roundTitle amountCents startDate endDate status programTitle programSummary jurisdiction { name kind state fipsCode } } }`;
const OUTCOMES = `query($r: ID) { publicOutcomes(roundId: $r) {
  roundId quarters suppressionRule
  metrics { key label unit total { value display suppressed } byQuarter { quarter cell { value display suppressed } }
    grantees { awardId roundId organizationName state fipsCode total { value display suppressed } byQuarter { quarter cell { value display suppressed } } } }
  spending { category label budgetCents spentCents }
} }`;

interface Cell {
  value: number | null;
  display: string;
  suppressed: boolean;
}
interface QuarterCell {
  quarter: string;
  cell: Cell;
}
interface Outcomes {
  roundId: string | null;
  quarters: string[];
  suppressionRule: string;
  metrics: Array<{
    key: string;
    label: string;
    unit: string;
    total: Cell;
    byQuarter: QuarterCell[];
    grantees: Array<{
      awardId: string;
      roundId: string;
      organizationName: string;
      state: string;
      fipsCode: string;
      total: Cell;
      byQuarter: QuarterCell[];
    }>;
  }>;
  spending: Array<{ category: string; label: string; budgetCents: number; spentCents: number }>;
}

const shown = (value: number): Cell => ({ value, display: value.toLocaleString('en-US'), suppressed: false });
const SUPPRESSED: Cell = { value: null, display: 'suppressed', suppressed: true };

describe('public transparency page', () => {
  let t: TestApp;
  let alpha: Grantee;
  let beta: Grantee;
  let gamma: Grantee;
  let roundId: string;
  let otherRoundId: string;

  beforeAll(async () => {
    t = await createTestApp({ imports: [PublicModule] });
    const officer = await createUser(t, { roles: [Role.PROGRAM_OFFICER] });
    const suffix = randomBytes(3).toString('hex');
    const made = await awardsInOneRound(t, [
      { organizationName: `Alpha County ${suffix}` },
      { organizationName: `Beta County ${suffix}`, amountCents: 20_000_000 },
    ]);
    roundId = made.round.id;
    [alpha, beta] = made.grantees;
    // MOUD starts: Alpha 7 then 40, Beta 30 then 50. Warrant checks 0 throughout; referrals 40 or more.
    await fileReport(
      t,
      alpha,
      '2027 Q1',
      { metrics: { moud_starts: 7 }, spending: [{ category: 'personnel', amountCents: 2_000_000 }] },
      { review: { officer, decision: 'ACCEPT' } },
    );
    await fileReport(
      t,
      alpha,
      '2027 Q2',
      { metrics: { moud_starts: 40 }, spending: [{ category: 'supplies', amountCents: 500 }] },
      { review: { officer, decision: 'ACCEPT' } },
    );
    await fileReport(
      t,
      beta,
      '2027 Q1',
      {
        metrics: { moud_starts: 30, referrals_received: 60 },
        spending: [{ category: 'personnel', amountCents: 5_000_000 }],
      },
      { review: { officer, decision: 'ACCEPT' } },
    );
    await fileReport(
      t,
      beta,
      '2027 Q2',
      { metrics: { moud_starts: 50, median_hours_to_first_attempt: 30 } },
      { review: { officer, decision: 'ACCEPT' } },
    );
    // Neither a draft nor a final report counts.
    await fileReport(t, beta, '2027 Q3', { metrics: { moud_starts: 3 } }, { submit: false });
    await fileReport(t, alpha, 'Final report', { metrics: { moud_starts: 999 } });

    // A second round with one grantee: 5 police referrals, 12 MOUD starts.
    const single = await createAward(t);
    otherRoundId = single.round.id;
    gamma = { award: single.award, owner: single.owner };
    await fileReport(
      t,
      gamma,
      '2027 Q1',
      { metrics: { referrals_from_police: 5, moud_starts: 12 } },
      { review: { officer, decision: 'ACCEPT' } },
    );
  });
  afterAll(() => t.close());

  const outcomes = async (r: string | null) => {
    const res = await gql<{ publicOutcomes: Outcomes }>(t, OUTCOMES, { r });
    if (!res.data) throw new Error(JSON.stringify(res.errors));
    return res.data.publicOutcomes;
  };
  const metric = (o: Outcomes, key: string) => o.metrics.find((m) => m.key === key)!;
  const granteeRow = (o: Outcomes, key: string, grantee: Grantee) =>
    metric(o, key).grantees.find((g) => g.awardId === grantee.award.id)!;
  const cell = (o: Outcomes, key: string, grantee: Grantee, quarter: string) =>
    granteeRow(o, key, grantee).byQuarter.find((q) => q.quarter === quarter)!.cell;

  it('lists awards with jurisdiction, amount, round and program to anyone', async () => {
    const res = await gql<{ publicAwards: Array<Record<string, unknown>> }>(t, AWARDS, { r: roundId });
    expect(res.errors).toBeUndefined();
    expect(res.data?.publicAwards).toEqual([
      {
        id: alpha.award.id,
        roundId,
        roundTitle: expect.stringMatching(/^Post-overdose outreach/),
        amountCents: '10000000',
        startDate: '2027-01-01',
        endDate: '2027-12-31',
        status: 'ACTIVE',
        programTitle: 'Alamance Connects: post-overdose outreach',
        programSummary: 'A peer-led team reaches survivors within 72 hours of a non-fatal overdose.',
        jurisdiction: { name: expect.stringMatching(/^Alpha County/), kind: 'COUNTY', state: 'NC', fipsCode: '37001' },
      },
      expect.objectContaining({ id: beta.award.id, amountCents: '20000000' }),
    ]);
    const all = await gql<{ publicAwards: Array<{ id: string }> }>(t, AWARDS, {});
    expect(all.data?.publicAwards.map((a) => a.id).sort()).toEqual(
      [alpha.award.id, beta.award.id, gamma.award.id].sort(),
    );
  });

  it('does not reveal rounds that are not published', async () => {
    const draft = await createRound(t, { status: 'DRAFT' });
    expect(errorOf(await gql(t, AWARDS, { r: draft.id })).code).toBe('NOT_FOUND');
    expect(errorOf(await gql(t, OUTCOMES, { r: draft.id })).code).toBe('NOT_FOUND');
    expect(errorOf(await gql(t, OUTCOMES, { r: 'nope' }))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'roundId' });
  });

  it('hides a count of 7 and every total that adds it up, under one label; publishes only accepted reports of final quarters', async () => {
    const o = await outcomes(roundId);
    // Beta's Q3 draft and Alpha's final report do not count; Q3 is not final (no report accepted, not closed).
    expect(o.quarters).toEqual(['2027 Q1', '2027 Q2']);
    expect(cell(o, 'moud_starts', alpha, '2027 Q1')).toEqual(SUPPRESSED);
    expect(cell(o, 'moud_starts', alpha, '2027 Q2')).toEqual(shown(40));
    expect(cell(o, 'moud_starts', beta, '2027 Q1')).toEqual(shown(30));
    expect(cell(o, 'moud_starts', beta, '2027 Q2')).toEqual(shown(50));
    expect(granteeRow(o, 'moud_starts', alpha).total).toEqual(SUPPRESSED);
    expect(granteeRow(o, 'moud_starts', beta).total).toEqual(shown(80));
    expect(metric(o, 'moud_starts').byQuarter).toEqual([
      { quarter: '2027 Q1', cell: SUPPRESSED },
      { quarter: '2027 Q2', cell: shown(90) },
    ]);
    expect(metric(o, 'moud_starts').total).toEqual(SUPPRESSED);
    expect(JSON.stringify(o)).not.toContain('1-10');
  });

  it('shows 0 and counts above 10, median hours as reported, and money unsuppressed', async () => {
    const o = await outcomes(roundId);
    expect(cell(o, 'warrant_checks', alpha, '2027 Q1')).toEqual(shown(0));
    expect(metric(o, 'warrant_checks').total).toEqual(shown(0));
    expect(cell(o, 'referrals_received', beta, '2027 Q1')).toEqual(shown(60));
    expect(metric(o, 'referrals_received').byQuarter[0].cell).toEqual(shown(100));
    expect(metric(o, 'median_hours_to_first_attempt')).toMatchObject({
      unit: 'hours',
      byQuarter: [{ cell: { value: 26.5, display: '26.5' } }, { cell: { value: 28.25, display: '28.25' } }],
    });
    expect(o.spending.find((s) => s.category === 'personnel')).toEqual({
      category: 'personnel',
      label: 'Personnel',
      budgetCents: '28000000',
      spentCents: '7000000',
    });
    expect(o.spending.find((s) => s.category === 'supplies')?.spentCents).toBe('500');
    expect(o.suppressionRule).toMatch(/1 to 10/);
  });

  it('adds rounds together only where every round’s figure is shown', async () => {
    const o = await outcomes(null);
    expect(cell(o, 'moud_starts', gamma, '2027 Q1')).toEqual(shown(12));
    expect(metric(o, 'moud_starts').byQuarter[0].cell).toEqual(SUPPRESSED); // adds Alpha's 7
    expect(cell(o, 'referrals_from_police', gamma, '2027 Q1')).toEqual(SUPPRESSED);
    // The first round's 24 police referrals in Q1 are published with that round: 29 here would give the 5 away.
    expect(metric(await outcomes(roundId), 'referrals_from_police').byQuarter[0].cell).toEqual(shown(24));
    expect(metric(o, 'referrals_from_police').byQuarter[0].cell).toEqual(SUPPRESSED);
    expect(metric(await outcomes(otherRoundId), 'referrals_from_police').total).toEqual(SUPPRESSED);
  });

  describe('open-data downloads', () => {
    it('publish the same suppressed outcomes as JSON, to anyone', async () => {
      const res = await t.http().get(`/api/public/outcomes.json?roundId=${roundId}`);
      expect(res.status).toBe(200);
      expect(res.headers['content-type']).toMatch(/application\/json/);
      const file = JSON.parse(res.text) as Outcomes;
      expect(file).toEqual(await outcomes(roundId));
      const row = file.metrics
        .find((m) => m.key === 'moud_starts')!
        .grantees.find((g) => g.awardId === alpha.award.id)!;
      expect(row.byQuarter.map((q) => q.cell.value)).toEqual([null, 40]);
      expect(JSON.stringify(row)).not.toMatch(/\b(7|47)\b/);
    });

    it('publish the same suppressed outcomes as CSV, with no hidden count in it', async () => {
      const res = await t.http().get(`/api/public/outcomes.csv?roundId=${roundId}`);
      expect(res.status).toBe(200);
      expect(res.headers['content-type']).toMatch(/text\/csv/);
      const [header, ...rows] = parseCsv(res.text);
      expect(header).toEqual([
        'Section',
        'Key',
        'Label',
        'Unit',
        'Award ID',
        'Grantee',
        'State',
        'FIPS',
        'Quarter',
        'Value',
        'Display',
      ]);
      const moud = (awardId: string, quarter: string) =>
        rows.find((r) => r[1] === 'moud_starts' && r[4] === awardId && r[8] === quarter)!;
      // Alpha's 7 and 40, Beta's 30 and 50: none in the file.
      expect(moud(alpha.award.id, '2027 Q1').slice(9)).toEqual(['', 'suppressed']);
      expect(moud(alpha.award.id, '2027 Q2').slice(9)).toEqual(['40', '40']);
      expect(moud(beta.award.id, '2027 Q1').slice(9)).toEqual(['30', '30']);
      expect(rows.filter((r) => r[1] === 'moud_starts').map((r) => r[9])).not.toEqual(expect.arrayContaining(['7']));
      expect(moud(alpha.award.id, 'All quarters').slice(9)).toEqual(['', 'suppressed']);
      expect(moud('', 'All quarters').slice(5)).toEqual(['All grantees', '', '', 'All quarters', '', 'suppressed']);
      // Every suppressed row has an empty value, and one label.
      expect(rows.some((r) => r[10] === '1-10')).toBe(false);
      expect(rows.filter((r) => r[10] === 'suppressed').every((r) => r[9] === '')).toBe(true);
      expect(rows.find((r) => r[0] === 'spending' && r[1] === 'personnel')?.slice(9)).toEqual([
        '70000.00',
        '$70,000.00',
      ]);
    });

    it('publish awards as CSV and JSON', async () => {
      const csv = parseCsv((await t.http().get(`/api/public/awards.csv?roundId=${roundId}`)).text);
      expect(csv[0].slice(0, 8)).toEqual([
        'Award ID',
        'Round ID',
        'Round',
        'Jurisdiction',
        'Kind',
        'State',
        'FIPS',
        'Amount',
      ]);
      expect(csv.slice(1).map((r) => [r[0], r[7]])).toEqual([
        [alpha.award.id, '100000.00'],
        [beta.award.id, '200000.00'],
      ]);
      const json = await t.http().get('/api/public/awards.json');
      expect(json.status).toBe(200);
      expect((json.body as { roundId: null; awards: Array<{ id: string }> }).awards).toHaveLength(3);
      expect((await t.http().get('/api/public/secrets.csv')).body.error).toMatchObject({
        code: 'BAD_USER_INPUT',
        field: 'file',
      });
      expect((await t.http().get('/api/public/awards.csv?roundId=nope')).status).toBe(400);
    });
  });
});
