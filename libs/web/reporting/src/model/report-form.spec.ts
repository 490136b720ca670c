import { describe, expect, it } from 'vitest';
import { QUARTERLY_METRICS } from '@abate/shared/metrics';
import type { ReportingReportStateFragment } from '@abate/web/core';
import { centsToDollarsInput, parseDollars } from './money';
import {
  allReportParts,
  blockingProblems,
  buildReportInput,
  confirmId,
  contextFromAward,
  contextFromSummary,
  fieldId,
  fieldMessages,
  fromServer,
  linkedWarnings,
  parseMetric,
  partFieldId,
  partOfReportField,
  partProblem,
  reportModel,
  reportProblems,
  unsavedProblems,
  withConfirmation,
  withMetricText,
  withPartValue,
  EMPTY_VALUES,
  type ReportContext,
  type ReportValues,
} from './report-form';

/** Every metric entered: a plausible quarter with no problems. */
const COMPLETE: Record<string, string> = {
  referrals_received: '120',
  referrals_from_police: '40',
  referrals_from_ems: '50',
  referrals_from_hospital: '20',
  referrals_from_self_or_family: '10',
  contact_attempts: '300',
  median_hours_to_first_attempt: '36.5',
  survivors_reached: '80',
  network_members_reached: '25',
  naloxone_kits: '150',
  test_strips: '400',
  treatment_referrals: '30',
  moud_starts: '12',
  social_referrals: '18',
  repeat_overdoses: '3',
  visits_with_police_present: '0',
  visits_with_uniformed_police: '0',
  warrant_checks: '0',
  arrests_during_outreach: '0',
};

const values = (patch: Partial<ReportValues> = {}): ReportValues => ({
  ...EMPTY_VALUES,
  metrics: COMPLETE,
  spending: { personnel: '10000' },
  ...patch,
});
const metricsWith = (patch: Record<string, string>) => ({ ...COMPLETE, ...patch });

const CONTEXT: ReportContext = {
  awardCents: 100_000_00n,
  budgetByCategory: new Map([
    ['personnel', 60_000_00n],
    ['supplies', 10_000_00n],
  ]),
  previousSpending: new Map([['personnel', 20_000_00n]]),
};

function serverReport(patch: Partial<NonNullable<ReportingReportStateFragment>> = {}): ReportingReportStateFragment {
  return {
    id: 'report-1',
    status: 'DRAFT',
    version: 3,
    metrics: [
      { key: 'referrals_received', value: 120 },
      { key: 'median_hours_to_first_attempt', value: 36.5 },
    ],
    spending: [{ category: 'personnel', amountCents: '125050' }],
    narrative: { successes: 'We reached more people', challenges: null },
    confirmedWarnings: ['metrics.survivors_reached'],
    reviewNote: null,
    submittedAt: null,
    check: { errors: [], warnings: [], safeguardDeviations: [] },
    spendingSummary: [],
    versions: [],
    ...patch,
  };
}

describe('dollars', () => {
  it('reads dollars as people type them into whole cents, without floating point', () => {
    expect(parseDollars('1250')).toEqual({ kind: 'ok', cents: 125_000n });
    expect(parseDollars('$1,250.5')).toEqual({ kind: 'ok', cents: 125_050n });
    expect(parseDollars('0.29')).toEqual({ kind: 'ok', cents: 29n });
    expect(parseDollars('.5')).toEqual({ kind: 'ok', cents: 50n });
    expect(parseDollars('  ')).toEqual({ kind: 'blank' });
    expect(parseDollars('12.345').kind).toBe('invalid');
    expect(parseDollars('-5').kind).toBe('invalid');
    expect(parseDollars('1,25').kind).toBe('invalid');
    expect(parseDollars('99999999999999999999').kind).toBe('invalid');
    expect(centsToDollarsInput(125_050n)).toBe('1250.50');
    expect(centsToDollarsInput(125_000n)).toBe('1250');
  });
});

describe('figures', () => {
  it('reads counts and hours, with thousands separators; anything else is refused with a reason', () => {
    expect(parseMetric('1,204', 'count')).toEqual({ kind: 'ok', value: 1204 });
    expect(parseMetric(' 36.5 ', 'hours')).toEqual({ kind: 'ok', value: 36.5 });
    // A decimal count parses: that it must be whole is checkReport's error, shown beside the field.
    expect(parseMetric('3.5', 'count')).toEqual({ kind: 'ok', value: 3.5 });
    expect(parseMetric('', 'count')).toEqual({ kind: 'blank' });
    expect(parseMetric('-1', 'count')).toMatchObject({
      kind: 'invalid',
      message: expect.stringMatching(/whole number/),
    });
    expect(parseMetric('about 3', 'hours')).toMatchObject({ kind: 'invalid', message: expect.stringMatching(/hours/) });
    expect(parseMetric('20000000', 'count')).toMatchObject({ kind: 'invalid' });
  });
});

describe('the autosave model', () => {
  it('has one part per metric (parts after their whole), per budget category, each narrative answer and the confirmations', () => {
    const parts = allReportParts();
    expect(parts).toHaveLength(QUARTERLY_METRICS.metrics.length + QUARTERLY_METRICS.budgetCategories.length + 3);
    expect(parts.slice(0, 3)).toEqual([
      'metrics.referrals_received',
      'metrics.referrals_from_police',
      'metrics.referrals_from_ems',
    ]);
    expect(parts).toContain('spending.indirect');
    expect(parts.slice(-3)).toEqual(['narrative.successes', 'narrative.challenges', 'confirmedWarnings']);
  });

  it('starts empty before the report exists, with version 0 (the first save sends none)', () => {
    const model = reportModel();
    expect(model.version(null)).toBe(0);
    expect(model.isEditable(null)).toBe(true);
    expect(model.fromServer(null)).toEqual(EMPTY_VALUES);
    expect(model.version(serverReport())).toBe(3);
    expect(model.isEditable(serverReport({ status: 'CHANGES_REQUESTED' }))).toBe(true);
    expect(model.isEditable(serverReport({ status: 'SUBMITTED' }))).toBe(false);
    expect(model.isEditable(serverReport({ status: 'ACCEPTED' }))).toBe(false);
  });

  it('shows the server’s figures and amounts as editable text', () => {
    expect(fromServer(serverReport())).toEqual({
      metrics: { referrals_received: '120', median_hours_to_first_attempt: '36.5' },
      spending: { personnel: '1250.50' },
      successes: 'We reached more people',
      challenges: '',
      confirmedWarnings: ['metrics.survivors_reached'],
    });
  });

  it('sends only the parts given: figures as numbers, dollars as cents, blank narrative as null', () => {
    const typed = values({
      metrics: { referrals_received: '1,204', median_hours_to_first_attempt: '36.5' },
      spending: { supplies: '$2,500.25' },
      challenges: '  ',
      confirmedWarnings: ['metrics.survivors_reached'],
    });
    const built = buildReportInput(typed, [
      'metrics.median_hours_to_first_attempt',
      'metrics.referrals_received',
      'spending.supplies',
      'narrative.challenges',
      'confirmedWarnings',
    ]);
    expect(built.input).toEqual({
      metrics: [
        { key: 'median_hours_to_first_attempt', value: 36.5 },
        { key: 'referrals_received', value: 1204 },
      ],
      spending: [{ category: 'supplies', amountCents: '250025' }],
      narrative: { challenges: null },
      confirmedWarnings: ['metrics.survivors_reached'],
    });
    expect(partOfReportField('input.metrics.1.value', built)).toBe('metrics.referrals_received');
    expect(partOfReportField('input.spending.0.category', built)).toBe('spending.supplies');
    expect(partOfReportField('input.narrative.challenges', built)).toBe('narrative.challenges');
    expect(partOfReportField('input.confirmedWarnings', built)).toBe('confirmedWarnings');
    expect(partOfReportField('input.metrics.7.value', built)).toBeNull();
    expect(partOfReportField('version', built)).toBeNull();
    expect(buildReportInput(typed, ['narrative.successes']).input).toEqual({ narrative: { successes: null } });
  });

  it('holds back what the API would refuse or cannot store, saying why', () => {
    const typed = values({
      metrics: { referrals_received: 'many', survivors_reached: '' },
      spending: { supplies: '12.345', travel: '' },
      successes: 'x'.repeat(5001),
    });
    expect(partProblem(typed, 'metrics.referrals_received')).toMatch(
      /^Overdose referrals received: enter a whole number/,
    );
    // A figure once saved cannot be blanked (the API merges by key).
    expect(partProblem(typed, 'metrics.survivors_reached')).toMatch(/can’t be left blank/);
    expect(partProblem(typed, 'spending.supplies')).toMatch(/^Supplies .*: enter dollars and cents/);
    expect(partProblem(typed, 'spending.travel')).toMatch(/\$0 if nothing was spent/);
    expect(partProblem(typed, 'narrative.successes')).toBe(
      'Successes: shorten this to 5,000 characters (it has 5,001).',
    );
    expect(partProblem(typed, 'narrative.challenges')).toBeNull();
    expect(partProblem(values(), 'metrics.referrals_received')).toBeNull();
  });

  it('reads values kept on the device defensively', () => {
    expect(withPartValue(EMPTY_VALUES, 'metrics.moud_starts', 12).metrics.moud_starts).toBe('');
    expect(withPartValue(EMPTY_VALUES, 'spending.travel', '40').spending.travel).toBe('40');
    expect(withPartValue(EMPTY_VALUES, 'confirmedWarnings', ['b', 'a', 'a', 3]).confirmedWarnings).toEqual(['a', 'b']);
    expect(withPartValue(EMPTY_VALUES, 'confirmedWarnings', 'nonsense').confirmedWarnings).toEqual([]);
  });

  it('names element ids after field paths', () => {
    expect(fieldId('metrics.referrals_received')).toBe('metrics__referrals_received');
    expect(confirmId('metrics.survivors_reached')).toBe('metrics__survivors_reached__confirm');
    expect(partFieldId('spending.personnel')).toBe('spending__personnel');
    expect(partFieldId('narrative.successes')).toBe('narrative__successes');
    expect(partFieldId('confirmedWarnings')).toBe('metrics__survivors_reached__confirm');
  });
});

describe('the spending context', () => {
  it('takes budgets and earlier spending from the server’s summary (cumulative less this period)', () => {
    const context = contextFromSummary(50_000_00n, [
      { category: 'personnel', budgetCents: 30_000_00n, thisPeriodCents: 5_000_00n, cumulativeCents: 12_000_00n },
      { category: 'travel', budgetCents: 0n, thisPeriodCents: 0n, cumulativeCents: 0n },
    ]);
    expect(context.awardCents).toBe(50_000_00n);
    expect(context.budgetByCategory.get('personnel')).toBe(30_000_00n);
    expect(context.previousSpending.get('personnel')).toBe(7_000_00n);
    expect(context.previousSpending.get('travel')).toBe(0n);
  });

  it('before the report exists: the application’s budget, and what earlier quarters’ sent reports spent', () => {
    const award = {
      amountCents: 80_000_00n,
      application: {
        budgetLines: [
          { category: 'personnel', amountCents: 40_000_00n },
          { category: 'personnel', amountCents: 10_000_00n },
          { category: 'supplies', amountCents: 5_000_00n },
        ],
      },
      milestones: [
        {
          id: 'q1',
          kind: 'QUARTERLY' as const,
          periodStart: '2027-01-01',
          report: { status: 'ACCEPTED', spending: [{ category: 'personnel', amountCents: 1_000_00n }] },
        },
        {
          id: 'q2',
          kind: 'QUARTERLY' as const,
          periodStart: '2027-04-01',
          report: { status: 'DRAFT', spending: [{ category: 'personnel', amountCents: 9_000_00n }] },
        },
        {
          id: 'q3',
          kind: 'QUARTERLY' as const,
          periodStart: '2027-07-01',
          report: { status: 'CHANGES_REQUESTED', spending: [{ category: 'supplies', amountCents: 200_00n }] },
        },
        { id: 'q4', kind: 'QUARTERLY' as const, periodStart: '2027-10-01', report: null },
        { id: 'final', kind: 'FINAL' as const, periodStart: '2027-01-01', report: null },
      ],
    };
    const q4 = contextFromAward(award, 'q4');
    expect(q4.budgetByCategory.get('personnel')).toBe(50_000_00n);
    expect(Object.fromEntries(q4.previousSpending)).toEqual({ personnel: 1_000_00n, supplies: 200_00n });
    expect(contextFromAward(award, 'q1').previousSpending.size).toBe(0);
    // The final report restates the whole grant: checked alone.
    expect(contextFromAward(award, 'final').previousSpending.size).toBe(0);
  });
});

describe('checking what is typed', () => {
  it('finds nothing wrong with a complete, consistent report', () => {
    const problems = reportProblems(values(), CONTEXT);
    expect(problems.errors).toEqual([]);
    expect(problems.warnings).toEqual([]);
    expect(blockingProblems(problems)).toEqual([]);
  });

  it('runs the shared report rules on the typed figures, in form order, each linked to its field', () => {
    const typed = values({
      metrics: metricsWith({
        referrals_from_police: '200',
        moud_starts: '1.5',
        naloxone_kits: 'lots',
        contact_attempts: '',
      }),
    });
    const problems = reportProblems(typed, CONTEXT);
    expect(problems.errors.map((e) => e.field)).toEqual([
      'metrics.referrals_from_police',
      'metrics.contact_attempts',
      'metrics.naloxone_kits',
      'metrics.moud_starts',
    ]);
    expect(problems.errors[0].message).toBe(
      '"of which from police reports" (200) cannot be more than "Overdose referrals received" (120).',
    );
    // Text that is not a figure is said so, not reported as missing.
    expect(problems.errors[2].message).toMatch(/^Naloxone kits distributed: enter a whole number/);
    expect(blockingProblems(problems)[0]).toMatchObject({
      field: 'metrics.referrals_from_police',
      targetId: 'metrics__referrals_from_police',
    });
  });

  it('does not mark a blank figure beside its field, but lists it before submitting', () => {
    const typed = values({ metrics: metricsWith({ contact_attempts: '' }) });
    const problems = reportProblems(typed, CONTEXT);
    expect(blockingProblems(problems).map((p) => p.message)).toEqual([
      'Enter Contact attempts (phone, text, in person) (0 if none).',
    ]);
    expect(fieldMessages(problems, typed, 'metrics.contact_attempts').errors).toEqual([]);
  });

  it('asks for the survivors-reached warning to be confirmed before submitting, and links to the checkbox', () => {
    const typed = values({ metrics: metricsWith({ survivors_reached: '130' }) });
    const problems = reportProblems(typed, CONTEXT);
    expect(problems.errors).toEqual([]);
    expect(fieldMessages(problems, typed, 'metrics.survivors_reached').warnings[0]).toMatch(/please confirm/);
    expect(blockingProblems(problems)).toEqual([
      {
        field: 'metrics.survivors_reached',
        message:
          'Confirm the figure for Survivors reached (a conversation took place): tick “I confirm this figure is right” if it is.',
        targetId: 'metrics__survivors_reached__confirm',
      },
    ]);
    const confirmed = withConfirmation(typed, 'metrics.survivors_reached', true);
    expect(blockingProblems(reportProblems(confirmed, CONTEXT))).toEqual([]);
    expect(linkedWarnings(reportProblems(confirmed, CONTEXT))).toHaveLength(1);
  });

  it('withdraws a confirmation when a figure it rests on changes, and keeps it otherwise', () => {
    const confirmed = withConfirmation(values(), 'metrics.survivors_reached', true);
    expect(withMetricText(confirmed, 'referrals_received', '100').confirmedWarnings).toEqual([]);
    expect(withMetricText(confirmed, 'survivors_reached', '81').confirmedWarnings).toEqual([]);
    expect(withMetricText(confirmed, 'moud_starts', '13').confirmedWarnings).toEqual(['metrics.survivors_reached']);
    expect(withMetricText(confirmed, 'survivors_reached', '80')).toBe(confirmed);
  });

  it('flags safeguard figures off their expected value as deviations and warnings, which do not block', () => {
    const typed = values({
      metrics: metricsWith({ warrant_checks: '2', visits_with_police_present: '5', visits_with_uniformed_police: '6' }),
    });
    const problems = reportProblems(typed, CONTEXT);
    expect(problems.safeguardDeviations).toEqual([
      { key: 'warrant_checks', label: 'Warrant checks run on people referred', expected: 0, actual: 2 },
    ]);
    expect(problems.warnings.map((w) => w.field)).toEqual(['metrics.warrant_checks']);
    expect(problems.errors.map((e) => e.field)).toEqual(['metrics.visits_with_uniformed_police']);
  });

  it('sums spending to date against the budget and the award, with the award total as a blocking error', () => {
    const overBudget = reportProblems(values({ spending: { personnel: '45000', supplies: 'abc' } }), CONTEXT);
    const personnel = overBudget.spendingSummary.find((line) => line.category === 'personnel');
    expect(personnel).toMatchObject({
      budgetCents: 60_000_00n,
      thisPeriodCents: 45_000_00n,
      cumulativeCents: 65_000_00n,
      remainingCents: -5_000_00n,
    });
    expect(overBudget.warnings.map((w) => w.field)).toEqual(['spending.personnel']);
    expect(overBudget.errors.map((e) => e.field)).toEqual(['spending.supplies']);
    expect(blockingProblems(overBudget)[0].targetId).toBe('spending__supplies');

    const overAward = reportProblems(values({ spending: { personnel: '50000', supplies: '40000' } }), CONTEXT);
    expect(overAward.errors[0]).toMatchObject({
      field: 'spending',
      message: expect.stringMatching(/more than the award of \$100,000/),
    });
    expect(blockingProblems(overAward)[0].targetId).toBe('spending');
  });

  it('lists unsaved parts with their name once', () => {
    expect(
      unsavedProblems(['metrics.referrals_received', 'narrative.successes', 'spending.travel'], {
        'metrics.referrals_received': 'Overdose referrals received: enter a whole number, 0 or more, for example 12.',
        'narrative.successes': 'narrative.successes must be at most 5,000 characters',
      }),
    ).toEqual([
      {
        part: 'metrics.referrals_received',
        text: 'Overdose referrals received: enter a whole number, 0 or more, for example 12.',
        targetId: 'metrics__referrals_received',
      },
      {
        part: 'narrative.successes',
        text: 'Successes: narrative.successes must be at most 5,000 characters',
        targetId: 'narrative__successes',
      },
    ]);
  });
});
