import { describe, expect, it } from 'vitest';

import { QUARTERLY_METRICS } from '@abate/shared/metrics';
import { METRIC_SERIES_STYLE } from './chart-style';
import { openDataUrl, portfolioExportUrl } from './exports';
import { formatNumber, formatPercent, plural, spentOfBudget } from './format';
import {
  countsTowardsOutcomes,
  describeGranteeRates,
  granteeNames,
  granteeRateRows,
  granteeTotals,
  rateChartData,
  type AwardReports,
} from './grantee-rates';
import {
  overdueRows,
  overdueStatusText,
  SAFEGUARD_COLUMNS,
  safeguardRows,
  spendingState,
  targetState,
} from './portfolio-tables';
import { cellExplanation, cellKind, metricRowLabel, spendingTotals, SUPPRESSION_SUMMARY } from './public-outcomes';
import { describeQuarterSeries, fullMetricLabel, KEY_METRIC_KEYS, orderedKeys, quarterSeries } from './quarter-chart';
import { roundFromSearch, scopeText, searchWithRound } from './round-filter';

const quarter = (label: string, values: Record<string, number | null>, reportsCounted = 2) => ({
  label,
  reportsCounted,
  metrics: Object.entries(values).map(([key, value]) => ({ key, value })),
});

const report = (
  status: 'DRAFT' | 'SUBMITTED' | 'CHANGES_REQUESTED' | 'ACCEPTED',
  metrics: Record<string, number>,
  kind: 'QUARTERLY' | 'FINAL' = 'QUARTERLY',
) => ({
  kind,
  report: { status, metrics: Object.entries(metrics).map(([key, value]) => ({ key, value })) },
});

const grantee = (id: string, organizationName: string, roundTitle = 'Round 1') => ({
  award: { id },
  organizationName,
  roundTitle,
});

describe('formatting', () => {
  it('writes rates as percentages, with a decimal only below 10%', () => {
    expect(formatPercent(0.625)).toBe('63%');
    expect(formatPercent(1.2)).toBe('120%');
    expect(formatPercent(0.045)).toBe('4.5%');
    expect(formatPercent(0.05)).toBe('5%');
    expect(formatPercent(0)).toBe('0%');
    expect(formatPercent(null)).toBe('Not available');
  });

  it('writes counts, money and plurals', () => {
    expect(formatNumber(12345)).toBe('12,345');
    expect(formatNumber(36.55)).toBe('36.6');
    expect(formatNumber(null)).toBe('Not reported');
    expect(spentOfBudget('4000000', 10_000_000n)).toBe('$40,000 of $100,000 (40%)');
    expect(spentOfBudget('500', '0')).toBe('$5 of $0');
    expect(plural(1, 'report')).toBe('1 report');
    expect(plural(3, 'report')).toBe('3 reports');
  });
});

describe('downloads', () => {
  it('links to the portfolio exports with the round, or without it for every round', () => {
    expect(portfolioExportUrl('metrics-by-quarter', 'csv', 'r-1')).toBe(
      '/api/portfolio/exports/metrics-by-quarter.csv?roundId=r-1',
    );
    expect(portfolioExportUrl('grantees', 'xlsx', null)).toBe('/api/portfolio/exports/grantees.xlsx');
  });

  it('links to the open data', () => {
    expect(openDataUrl('outcomes', 'json', 'a b')).toBe('/api/public/outcomes.json?roundId=a%20b');
    expect(openDataUrl('awards', 'csv', null)).toBe('/api/public/awards.csv');
  });
});

describe('round filter', () => {
  it('reads and writes the round of the query string, keeping other parameters', () => {
    expect(roundFromSearch('?roundId=abc')).toBe('abc');
    expect(roundFromSearch('?roundId=')).toBeNull();
    expect(roundFromSearch('')).toBeNull();
    expect(searchWithRound('?tab=x', 'r1').toString()).toBe('tab=x&roundId=r1');
    expect(searchWithRound('?tab=x&roundId=r1', null).toString()).toBe('tab=x');
  });

  it('names the scope', () => {
    const rounds = [{ id: 'r1', title: 'Spring 2027' }];
    expect(scopeText(null, rounds)).toBe('all funding rounds');
    expect(scopeText('r1', rounds)).toBe('Spring 2027');
    expect(scopeText('r9', rounds)).toBe('the chosen funding round');
  });
});

describe('metrics by quarter', () => {
  it('charts key metrics that exist in the metrics file, each drawn its own way', () => {
    for (const key of KEY_METRIC_KEYS) expect(fullMetricLabel(key)).not.toBe(key);
    const looks = KEY_METRIC_KEYS.map((key) => METRIC_SERIES_STYLE[key]);
    expect(new Set(looks.map((s) => s.symbol)).size).toBe(looks.length);
    expect(new Set(looks.map((s) => s.color)).size).toBe(looks.length);
    expect(new Set(looks.map((s) => s.dash ?? 'solid')).size).toBe(looks.length);
  });

  it('keeps the chosen metrics in a fixed order', () => {
    expect(orderedKeys(['moud_starts', 'referrals_received', 'nonsense'])).toEqual([
      'referrals_received',
      'moud_starts',
    ]);
  });

  it('shapes one chart row per quarter with the chosen metrics; missing ones are null', () => {
    const quarters = [
      quarter('2027 Q1', { referrals_received: 40, survivors_reached: 20 }),
      quarter('2027 Q2', { referrals_received: 55 }, 3),
    ];
    expect(quarterSeries(quarters, ['referrals_received', 'survivors_reached'])).toEqual([
      { quarter: '2027 Q1', reportsCounted: 2, referrals_received: 40, survivors_reached: 20 },
      { quarter: '2027 Q2', reportsCounted: 3, referrals_received: 55, survivors_reached: null },
    ]);
  });

  it('describes the chart in words', () => {
    const points = quarterSeries(
      [
        quarter('2027 Q1', { referrals_received: 40 }),
        quarter('2027 Q2', { referrals_received: 70 }),
        quarter('2027 Q3', { referrals_received: 65 }),
      ],
      ['referrals_received', 'moud_starts'],
    );
    expect(describeQuarterSeries(points, ['referrals_received', 'moud_starts'])).toBe(
      'Line chart of Referrals received, MOUD starts over 3 quarters, 2027 Q1 to 2027 Q3. Referrals received: 40 in 2027 Q1, 65 in 2027 Q3, highest 70 in 2027 Q2. MOUD starts: not reported.',
    );
    expect(describeQuarterSeries([], ['referrals_received'])).toMatch(/nothing to plot/);
    expect(describeQuarterSeries(points, [])).toMatch(/Choose at least one metric/);
  });
});

describe('grantee rates', () => {
  it('counts submitted and accepted quarterly reports only, as the API does', () => {
    expect(countsTowardsOutcomes(report('SUBMITTED', {}))).toBe(true);
    expect(countsTowardsOutcomes(report('ACCEPTED', {}))).toBe(true);
    expect(countsTowardsOutcomes(report('DRAFT', {}))).toBe(false);
    expect(countsTowardsOutcomes(report('CHANGES_REQUESTED', {}))).toBe(false);
    expect(countsTowardsOutcomes(report('ACCEPTED', {}, 'FINAL'))).toBe(false);
    expect(countsTowardsOutcomes({ kind: 'QUARTERLY', report: null })).toBe(false);
  });

  it('adds up each award’s counted reports', () => {
    const awards: AwardReports[] = [
      {
        id: 'a1',
        milestones: [
          report('ACCEPTED', { referrals_received: 40, survivors_reached: 30, moud_starts: 3 }),
          report('SUBMITTED', { referrals_received: 60, survivors_reached: 45, moud_starts: 6 }),
          report('DRAFT', { referrals_received: 1000 }),
          report('ACCEPTED', { referrals_received: 100 }, 'FINAL'),
        ],
      },
      { id: 'a2', milestones: [{ kind: 'QUARTERLY', report: null }] },
    ];
    const totals = granteeTotals(awards);
    expect(Object.fromEntries(totals.get('a1')!)).toEqual({
      referrals_received: 100,
      survivors_reached: 75,
      moud_starts: 9,
    });
    expect(totals.get('a2')!.size).toBe(0);

    const rows = granteeRateRows(
      [grantee('a1', 'Durham County'), grantee('a2', 'Orange County'), grantee('a3', 'Wake County')],
      totals,
    );
    expect(rows[0]).toEqual({
      awardId: 'a1',
      name: 'Durham County',
      referralsReceived: 100,
      survivorsReached: 75,
      moudStarts: 9,
      reachRate: 0.75,
      moudLinkageRate: 0.12,
    });
    // No reports yet, or not loaded: no rates (never 0).
    expect(rows[1]).toMatchObject({ reachRate: null, moudLinkageRate: null, referralsReceived: null });
    expect(rows[2]).toMatchObject({ reachRate: null, moudLinkageRate: null });
    expect(rateChartData(rows)).toEqual([
      { name: 'Durham County', reach: 75, moud: 12 },
      { name: 'Orange County', reach: null, moud: null },
      { name: 'Wake County', reach: null, moud: null },
    ]);
  });

  it('has no rate without a denominator', () => {
    const totals = new Map([
      [
        'a1',
        new Map([
          ['referrals_received', 0],
          ['survivors_reached', 0],
          ['moud_starts', 0],
        ]),
      ],
    ]);
    expect(granteeRateRows([grantee('a1', 'Durham County')], totals)[0]).toMatchObject({
      reachRate: null,
      moudLinkageRate: null,
    });
  });

  it('adds the round to the name of an organization with awards in several rounds', () => {
    const names = granteeNames([
      grantee('a1', 'Durham County', 'Round 1'),
      grantee('a2', 'Durham County', 'Round 2'),
      grantee('a3', 'Wake County', 'Round 2'),
    ]);
    expect([...names.values()]).toEqual(['Durham County (Round 1)', 'Durham County (Round 2)', 'Wake County']);
  });

  it('describes the chart in words', () => {
    const rows = granteeRateRows(
      [grantee('a1', 'Durham County'), grantee('a2', 'Wake County'), grantee('a3', 'Orange County')],
      new Map([
        [
          'a1',
          new Map([
            ['referrals_received', 100],
            ['survivors_reached', 50],
            ['moud_starts', 5],
          ]),
        ],
        [
          'a2',
          new Map([
            ['referrals_received', 10],
            ['survivors_reached', 9],
            ['moud_starts', 0],
          ]),
        ],
      ]),
    );
    expect(describeGranteeRates(rows)).toBe(
      'Bar chart of the reach rate and MOUD linkage of 3 grantees. Reach rate: from 50% (Durham County) to 90% (Wake County); not available for 1 grantee. MOUD linkage: from 0% (Wake County) to 10% (Durham County); not available for 1 grantee.',
    );
    expect(describeGranteeRates([])).toMatch(/No grantee/);
  });
});

describe('portfolio tables', () => {
  it('says where a grantee stands on a target', () => {
    expect(targetState({ unit: 'count', target: 200, actual: 250, shareOfTarget: 1.25 })).toEqual({
      state: 'met',
      text: 'Met (125% of target)',
    });
    expect(targetState({ unit: 'count', target: 200, actual: 50, shareOfTarget: 0.25 })).toEqual({
      state: 'in-progress',
      text: '25% of target',
    });
    expect(targetState({ unit: 'hours', target: 72, actual: 36 }).state).toBe('within-ceiling');
    expect(targetState({ unit: 'hours', target: 72, actual: 90 })).toEqual({
      state: 'over-ceiling',
      text: 'Over the ceiling of 72 hours',
    });
    expect(targetState({ unit: 'count', target: 200, actual: null }).state).toBe('no-reports');
  });

  it('says when a budget line is overspent, in words', () => {
    expect(spendingState('10000', '2500')).toEqual({ over: false, text: '25% spent' });
    expect(spendingState('10000', '15000')).toEqual({ over: true, text: 'Over budget by $50' });
    expect(spendingState('0', '1000')).toEqual({ over: true, text: 'Spent with no budget line' });
  });

  it('flags safeguard metrics that exist in the metrics file', () => {
    const keys = new Set(QUARTERLY_METRICS.metrics.map((m) => m.key));
    for (const column of SAFEGUARD_COLUMNS) expect(keys.has(column.key)).toBe(true);
  });

  it('puts safeguard flags in one row per grantee and quarter', () => {
    const rows = safeguardRows([
      {
        award: { id: 'a1' },
        safeguardFlags: [
          { quarter: '2027 Q2', key: 'warrant_checks', value: 2 },
          { quarter: '2027 Q1', key: 'visits_with_uniformed_police', value: 1 },
          { quarter: '2027 Q2', key: 'arrests_during_outreach', value: 1 },
        ],
      },
      { award: { id: 'a2' }, safeguardFlags: [] },
    ]);
    expect(rows).toEqual([
      { awardId: 'a1', quarter: '2027 Q1', values: { visits_with_uniformed_police: 1 } },
      { awardId: 'a1', quarter: '2027 Q2', values: { warrant_checks: 2, arrests_during_outreach: 1 } },
    ]);
  });

  it('lists overdue reports, longest overdue first', () => {
    const overdue = (milestoneId: string, daysOverdue: number) => ({
      milestoneId,
      label: milestoneId,
      dueDate: '2027-04-30',
      daysOverdue,
      reportStatus: null,
    });
    const rows = overdueRows([
      { award: { id: 'a1' }, overdue: [overdue('m1', 3)] },
      { award: { id: 'a2' }, overdue: [overdue('m2', 40), overdue('m3', 3)] },
    ]);
    expect(rows.map((r) => r.report.milestoneId)).toEqual(['m2', 'm1', 'm3']);
    expect(overdueStatusText(null)).toBe('Not started');
    expect(overdueStatusText('DRAFT')).toMatch(/Draft/);
    expect(overdueStatusText('CHANGES_REQUESTED')).toMatch(/changes/);
  });
});

describe('public outcomes', () => {
  it('tells small counts, other hidden figures and gaps apart', () => {
    expect(cellKind({ display: '1-10', suppressed: true, value: null })).toBe('small-count');
    expect(cellKind({ display: 'suppressed', suppressed: true, value: null })).toBe('suppressed');
    expect(cellKind({ display: 'not reported', suppressed: false, value: null })).toBe('not-reported');
    expect(cellKind({ display: '42', suppressed: false, value: 42 })).toBe('shown');
    expect(cellExplanation('small-count')).toMatch(/1 to 10/);
    expect(cellExplanation('shown')).toBeNull();
  });

  it('names the metric an "of which" row is part of', () => {
    expect(metricRowLabel('referrals_from_police', 'of which from police reports')).toEqual({
      label: 'of which from police reports',
      parent: 'Overdose referrals received',
    });
    expect(metricRowLabel('naloxone_kits', 'Naloxone kits distributed').parent).toBeNull();
  });

  it('explains suppression in plain words and totals spending', () => {
    expect(SUPPRESSION_SUMMARY).toMatch(/1 to 10, and totals that include one, are shown as “suppressed”/);
    expect(
      spendingTotals([
        { budgetCents: '100', spentCents: '40' },
        { budgetCents: '50', spentCents: '60' },
      ]),
    ).toEqual({ budgetCents: 150n, spentCents: 100n });
  });
});
