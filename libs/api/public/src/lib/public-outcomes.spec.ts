import type { AwardEntity } from '@abate/api/awards';
import type { PortfolioAward, ReportedMetric } from '@abate/api/portfolio';
import { publicOutcomes } from './public-outcomes';
import type { Cell, PublicOutcomes } from './public-outcomes';

const award = (id: string, roundId: string, name: string): PortfolioAward => ({
  entity: { id, roundId, amountCents: 10_000_000n } as AwardEntity,
  roundTitle: `Round ${roundId}`,
  timeZone: 'America/New_York',
  organizationName: name,
  organizationKind: 'COUNTY',
  state: 'NC',
  fipsCode: '37001',
  programTitle: null,
  programSummary: null,
  targets: [],
  budgetLines: [{ category: 'personnel', description: 'Staff', amountCents: 9_000_000n }],
});

const rows = (awardId: string, quarter: string, values: Record<string, number>): ReportedMetric[] =>
  Object.entries(values).map(([key, value]) => ({ awardId, quarter, key, value }));

const metric = (outcomes: PublicOutcomes, key: string) => outcomes.metrics.find((m) => m.key === key)!;
const cellOf = (outcomes: PublicOutcomes, key: string, awardId: string, quarter: string) =>
  metric(outcomes, key)
    .grantees.find((g) => g.awardId === awardId)!
    .byQuarter.find((q) => q.quarter === quarter)!.cell;
const quarterOf = (outcomes: PublicOutcomes, key: string, quarter: string) =>
  metric(outcomes, key).byQuarter.find((q) => q.quarter === quarter)!.cell;
const shown = (value: number, display = String(value)): Cell => ({ value, display, suppressed: false });
const hidden: Cell = { value: null, display: 'suppressed', suppressed: true };

describe('publicOutcomes', () => {
  const a = award('a', 'r1', 'Alpha County');
  const b = award('b', 'r1', 'Beta County');
  const c = award('c', 'r2', 'Gamma County');

  it('hides a count of 7 and every total that adds it up, with one label', () => {
    const out = publicOutcomes({
      roundId: 'r1',
      awards: [a, b],
      metrics: [
        ...rows('a', '2027 Q1', { moud_starts: 7, warrant_checks: 0, referrals_received: 40 }),
        ...rows('a', '2027 Q2', { moud_starts: 40, warrant_checks: 0, referrals_received: 40 }),
        ...rows('b', '2027 Q1', { moud_starts: 30, warrant_checks: 0, referrals_received: 40 }),
        ...rows('b', '2027 Q2', { moud_starts: 50, warrant_checks: 0, referrals_received: 1234 }),
      ],
      spending: [{ awardId: 'a', category: 'personnel', amountCents: 500n }],
    });
    expect(out.quarters).toEqual(['2027 Q1', '2027 Q2']);
    expect(cellOf(out, 'moud_starts', 'a', '2027 Q1')).toEqual(hidden);
    expect(cellOf(out, 'moud_starts', 'a', '2027 Q2')).toEqual(shown(40));
    expect(cellOf(out, 'moud_starts', 'b', '2027 Q1')).toEqual(shown(30));
    // Every total that adds up the 7 is hidden; the others are shown.
    expect(metric(out, 'moud_starts').grantees.map((g) => g.total)).toEqual([hidden, shown(80)]);
    expect(metric(out, 'moud_starts').byQuarter.map((q) => q.cell)).toEqual([hidden, shown(90)]);
    expect(metric(out, 'moud_starts').total).toEqual(hidden);
    // 0 and 11 up are shown.
    expect(cellOf(out, 'warrant_checks', 'a', '2027 Q1')).toEqual(shown(0));
    expect(cellOf(out, 'referrals_received', 'b', '2027 Q2')).toEqual(shown(1234, '1,234'));
    // Money is not a count.
    expect(out.spending.find((s) => s.category === 'personnel')).toEqual({
      category: 'personnel',
      label: 'Personnel',
      budgetCents: 18_000_000n,
      spentCents: 500n,
    });
  });

  it('shows a quarter a grantee did not report as "not reported", adding nothing to the totals', () => {
    const out = publicOutcomes({
      roundId: 'r1',
      awards: [a, b],
      metrics: [...rows('a', '2027 Q1', { naloxone_kits: 60 }), ...rows('b', '2027 Q2', { naloxone_kits: 20 })],
      spending: [],
    });
    expect(cellOf(out, 'naloxone_kits', 'a', '2027 Q2')).toEqual({
      value: null,
      display: 'not reported',
      suppressed: false,
    });
    expect(quarterOf(out, 'naloxone_kits', '2027 Q1')).toEqual(shown(60));
    expect(metric(out, 'naloxone_kits').total).toEqual(shown(80));
  });

  it('shows a figure over several rounds only when every round’s part is shown', () => {
    const out = publicOutcomes({
      roundId: null,
      awards: [a, b, c],
      metrics: [
        ...rows('a', '2027 Q1', { moud_starts: 20, referrals_from_police: 12 }),
        ...rows('b', '2027 Q1', { moud_starts: 30, referrals_from_police: 15 }),
        ...rows('c', '2027 Q1', { moud_starts: 12, referrals_from_police: 5 }),
      ],
      spending: [],
    });
    expect(quarterOf(out, 'moud_starts', '2027 Q1')).toEqual(shown(62));
    expect(cellOf(out, 'referrals_from_police', 'c', '2027 Q1')).toEqual(hidden);
    // 27 from round 1 is published with round 1; 32 here would give round 2's 5 away.
    expect(quarterOf(out, 'referrals_from_police', '2027 Q1')).toEqual(hidden);
    expect(metric(out, 'referrals_from_police').total).toEqual(hidden);
  });

  it('publishes median hours as reported, and the median of medians across grantees', () => {
    const out = publicOutcomes({
      roundId: 'r1',
      awards: [a, b],
      metrics: [
        ...rows('a', '2027 Q1', { median_hours_to_first_attempt: 3 }),
        ...rows('b', '2027 Q1', { median_hours_to_first_attempt: 26.5 }),
        ...rows('a', '2027 Q2', { median_hours_to_first_attempt: 30 }),
      ],
      spending: [],
    });
    expect(cellOf(out, 'median_hours_to_first_attempt', 'a', '2027 Q1')).toEqual(shown(3));
    expect(quarterOf(out, 'median_hours_to_first_attempt', '2027 Q1')).toEqual(shown(14.75));
    expect(metric(out, 'median_hours_to_first_attempt').total).toEqual(shown(26.5));
  });
});
