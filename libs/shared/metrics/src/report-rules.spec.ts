import {
  checkReport,
  derivedRates,
  QUARTERLY_METRICS,
  spendingSummary,
  type MetricValue,
  type SpendingLine,
} from './index';

/** A plausible quarter with every metric entered and nothing to flag. */
const goodQuarter: Record<string, number> = {
  referrals_received: 40,
  referrals_from_police: 12,
  referrals_from_ems: 15,
  referrals_from_hospital: 10,
  referrals_from_self_or_family: 3,
  contact_attempts: 95,
  median_hours_to_first_attempt: 26.5,
  survivors_reached: 22,
  network_members_reached: 9,
  naloxone_kits: 60,
  test_strips: 150,
  treatment_referrals: 8,
  moud_starts: 5,
  social_referrals: 11,
  repeat_overdoses: 2,
  visits_with_police_present: 4,
  visits_with_uniformed_police: 1,
  warrant_checks: 0,
  arrests_during_outreach: 0,
};

const metrics = (changes: Record<string, number | undefined> = {}): MetricValue[] =>
  Object.entries({ ...goodQuarter, ...changes }).flatMap(([key, value]) =>
    value === undefined ? [] : [{ key, value }],
  );

const budget = new Map([
  ['personnel', 10_000_000n], // $100,000
  ['fringe', 2_500_000n],
  ['supplies', 1_500_000n],
  ['indirect', 1_000_000n],
]); // $150,000 in all
const award = 15_000_000n;

const check = (input: {
  metrics?: MetricValue[];
  spending?: SpendingLine[];
  previous?: Map<string, bigint>;
  awardCents?: bigint;
}) =>
  checkReport({
    metrics: input.metrics ?? metrics(),
    spending: input.spending ?? [],
    awardCents: input.awardCents ?? award,
    budgetByCategory: budget,
    previousSpending: input.previous ?? new Map(),
  });

describe('checkReport: metrics', () => {
  it('passes a complete, consistent quarter', () => {
    expect(goodQuarter).toEqual(Object.fromEntries(QUARTERLY_METRICS.metrics.map((m) => [m.key, expect.any(Number)])));
    expect(check({ spending: [{ category: 'personnel', amountCents: 2_400_000n }] })).toEqual({
      errors: [],
      warnings: [],
      safeguardDeviations: [],
    });
  });

  it('asks for every metric, 0 if none', () => {
    const result = check({ metrics: metrics({ naloxone_kits: undefined, referrals_from_ems: undefined }) });
    expect(result.errors).toEqual([
      {
        field: 'metrics.referrals_from_ems',
        message: 'Enter Overdose referrals received, of which from EMS (0 if none).',
      },
      { field: 'metrics.naloxone_kits', message: 'Enter Naloxone kits distributed (0 if none).' },
    ]);
  });

  it('takes whole counts and hours with one decimal, all >= 0', () => {
    const result = check({
      metrics: metrics({
        naloxone_kits: 2.5,
        test_strips: -1,
        contact_attempts: Number.NaN,
        median_hours_to_first_attempt: 26.25,
      }),
    });
    expect(result.errors.map((e) => e.field)).toEqual([
      'metrics.contact_attempts',
      'metrics.median_hours_to_first_attempt',
      'metrics.naloxone_kits',
      'metrics.test_strips',
    ]);
    expect(result.errors[0].message).toBe(
      'Contact attempts (phone, text, in person) must be a whole number, 0 or more.',
    );
    expect(result.errors[1].message).toBe(
      'Median hours from overdose to first contact attempt must be a number of hours, 0 or more, with at most one decimal.',
    );
    // 1.1 and 0 hours are fine (1.1 * 10 is not exactly 11 in floating point).
    expect(check({ metrics: metrics({ median_hours_to_first_attempt: 1.1 }) }).errors).toEqual([]);
    expect(check({ metrics: metrics({ median_hours_to_first_attempt: 0 }) }).errors).toEqual([]);
    expect(check({ metrics: metrics({ median_hours_to_first_attempt: -0.5 }) }).errors).toHaveLength(1);
  });

  it('refuses unknown and repeated metrics', () => {
    const result = check({
      metrics: [...metrics(), { key: 'names_of_people', value: 1 }, { key: 'moud_starts', value: 7 }],
    });
    expect(result.errors).toEqual([
      { field: 'metrics.names_of_people', message: 'There is no metric "names_of_people" in the quarterly report.' },
      {
        field: 'metrics.moud_starts',
        message: 'Confirmed starts on medication for opioid use disorder is entered more than once.',
      },
    ]);
  });

  it('refuses a part above its whole, naming both', () => {
    // 41 of 40 referrals from police is impossible; 40 of 40 is fine.
    const result = check({ metrics: metrics({ referrals_from_police: 41, visits_with_uniformed_police: 5 }) });
    expect(result.errors).toEqual([
      {
        field: 'metrics.referrals_from_police',
        message: '"of which from police reports" (41) cannot be more than "Overdose referrals received" (40).',
      },
      {
        field: 'metrics.visits_with_uniformed_police',
        message: '"of which with uniformed police" (5) cannot be more than "Outreach visits with police present" (4).',
      },
    ]);
    expect(check({ metrics: metrics({ referrals_from_police: 40 }) }).errors).toEqual([]);
  });

  it('does not compare a part with a whole that is itself wrong', () => {
    const result = check({ metrics: metrics({ referrals_received: -3 }) });
    expect(result.errors.map((e) => e.field)).toEqual(['metrics.referrals_received']);
  });

  it('warns, without blocking, when more survivors are reached than referred', () => {
    const result = check({ metrics: metrics({ survivors_reached: 41 }) });
    expect(result.errors).toEqual([]);
    expect(result.warnings).toEqual([
      {
        field: 'metrics.survivors_reached',
        message:
          '"Survivors reached (a conversation took place)" (41) is more than "Overdose referrals received" (40). This can be right when people referred last quarter were reached this quarter: please confirm.',
      },
    ]);
    expect(check({ metrics: metrics({ survivors_reached: 40 }) }).warnings).toEqual([]);
  });

  it('flags safeguard metrics off their expected value for the program officer', () => {
    const result = check({ metrics: metrics({ warrant_checks: 2, arrests_during_outreach: 1 }) });
    expect(result.errors).toEqual([]);
    expect(result.safeguardDeviations).toEqual([
      { key: 'warrant_checks', label: 'Warrant checks run on people referred', expected: 0, actual: 2 },
      { key: 'arrests_during_outreach', label: 'Arrests or citations during outreach', expected: 0, actual: 1 },
    ]);
    expect(result.warnings).toEqual([
      {
        field: 'metrics.warrant_checks',
        message:
          'Warrant checks run on people referred: 2 reported where 0 is expected. Your program officer will see this.',
      },
      {
        field: 'metrics.arrests_during_outreach',
        message:
          'Arrests or citations during outreach: 1 reported where 0 is expected. Your program officer will see this.',
      },
    ]);
  });
});

describe('checkReport: spending', () => {
  it('refuses unknown categories and amounts that are not whole cents >= 0', () => {
    const result = check({
      spending: [
        { category: 'personnel', amountCents: 100n },
        { category: 'construction', amountCents: 500n }, // SF-424A's construction line is not funded
        { category: 'travel', amountCents: 12.5 as unknown as bigint },
        { category: 'supplies', amountCents: -100n },
        { category: '', amountCents: 0n },
      ],
    });
    expect(result.errors).toEqual([
      { field: 'spending.1.category', message: '"construction" is not a budget category.' },
      { field: 'spending.2.amountCents', message: 'Enter an amount of $0 or more, in whole cents.' },
      { field: 'spending.3.amountCents', message: 'Enter an amount of $0 or more, in whole cents.' },
      { field: 'spending.4.category', message: 'Choose a budget category.' },
    ]);
  });

  it('refuses spending to date above the award, in dollars', () => {
    // Earlier reports: $100,000 personnel + $25,000 fringe = $125,000. This one: $20,000 + $5,000.01 = $25,000.01.
    // To date $150,000.01 > $150,000 award by one cent.
    const previous = new Map([
      ['personnel', 10_000_000n],
      ['fringe', 2_500_000n],
    ]);
    const result = check({
      previous,
      spending: [
        { category: 'supplies', amountCents: 2_000_000n },
        { category: 'indirect', amountCents: 500_001n },
      ],
    });
    expect(result.errors).toEqual([
      {
        field: 'spending',
        message:
          'Spending to date would be $150,000.01 ($125,000 in earlier reports and $25,000.01 in this one), more than the award of $150,000.',
      },
    ]);
    // Supplies: $20,000 to date against a $15,000 line; indirect $5,000.01 against $10,000 is within.
    expect(result.warnings).toEqual([
      {
        field: 'spending.supplies',
        message:
          'Supplies (naloxone, test strips, outreach materials): $20,000 spent to date, more than the approved budget of $15,000.',
      },
    ]);

    // Exactly the award is allowed.
    expect(
      check({
        previous,
        spending: [
          { category: 'supplies', amountCents: 1_500_000n },
          { category: 'indirect', amountCents: 1_000_000n },
        ],
      }).errors,
    ).toEqual([]);
  });

  it('warns when a category goes over its line, counting earlier reports and repeated lines', () => {
    // Personnel: $60,000 earlier + $30,000 + $10,000.50 now = $100,000.50 > $100,000.
    const result = check({
      previous: new Map([['personnel', 6_000_000n]]),
      spending: [
        { category: 'personnel', amountCents: 3_000_000n },
        { category: 'personnel', amountCents: 1_000_050n },
        { category: 'travel', amountCents: 12_345n }, // no travel line in the approved budget
      ],
    });
    expect(result.errors).toEqual([]);
    expect(result.warnings).toEqual([
      {
        field: 'spending.personnel',
        message: 'Personnel: $100,000.50 spent to date, more than the approved budget of $100,000.',
      },
      {
        field: 'spending.travel',
        message: 'Travel: $123.45 spent to date, and the approved budget has nothing for this category.',
      },
    ]);
  });

  it('counts a valid amount toward the award even while its category is wrong', () => {
    const result = check({ awardCents: 1_000n, spending: [{ category: 'nope', amountCents: 1_001n }] });
    expect(result.errors.map((e) => e.field)).toEqual(['spending.0.category', 'spending']);
  });
});

describe('spendingSummary', () => {
  it('lists every budget category in the file order with what is left', () => {
    const summary = spendingSummary(
      [
        { category: 'personnel', amountCents: 2_000_000n },
        { category: 'personnel', amountCents: 500_000n },
        { category: 'supplies', amountCents: 300_000n },
        { category: 'unknown', amountCents: 999n },
      ],
      budget,
      new Map([
        ['personnel', 5_000_000n],
        ['supplies', 1_400_000n],
      ]),
    );
    expect(summary.map((c) => c.category)).toEqual(QUARTERLY_METRICS.budgetCategories.map((c) => c.key));
    // Personnel: $50,000 before + $25,000 now = $75,000 of $100,000: $25,000 left.
    expect(summary[0]).toEqual({
      category: 'personnel',
      label: 'Personnel',
      budgetCents: 10_000_000n,
      thisPeriodCents: 2_500_000n,
      cumulativeCents: 7_500_000n,
      remainingCents: 2_500_000n,
    });
    // Supplies: $14,000 + $3,000 = $17,000 of $15,000: $2,000 over.
    expect(summary.find((c) => c.category === 'supplies')).toMatchObject({
      thisPeriodCents: 300_000n,
      cumulativeCents: 1_700_000n,
      remainingCents: -200_000n,
    });
    expect(summary.find((c) => c.category === 'travel')).toEqual({
      category: 'travel',
      label: 'Travel',
      budgetCents: 0n,
      thisPeriodCents: 0n,
      cumulativeCents: 0n,
      remainingCents: 0n,
    });
  });
});

describe('derivedRates', () => {
  it('computes the file formulas from totals', () => {
    // reach 22 / 40 = 0.55; MOUD 5 / 22; naloxone 60 / (22 + 9) = 60 / 31.
    const rates = derivedRates(new Map(Object.entries(goodQuarter)));
    expect(rates).toEqual([
      { key: 'reach_rate', label: 'Reach rate', value: 0.55 },
      { key: 'moud_linkage_rate', label: 'MOUD starts per survivor reached', value: 5 / 22 },
      { key: 'naloxone_per_reached', label: 'Naloxone kits per person reached', value: 60 / 31 },
    ]);
  });

  it('gives null when the denominator is 0', () => {
    const totals = new Map(
      Object.entries({ ...goodQuarter, referrals_received: 0, survivors_reached: 0, network_members_reached: 0 }),
    );
    expect(derivedRates(totals).map((r) => r.value)).toEqual([null, null, null]);
    // Only the network members reached: 60 / (0 + 4) = 15 kits per person.
    const someReached = new Map(Object.entries({ ...goodQuarter, survivors_reached: 0, network_members_reached: 4 }));
    expect(derivedRates(someReached).map((r) => r.value)).toEqual([0, null, 15]);
  });

  it('gives null when a metric a rate needs is missing from the totals', () => {
    expect(derivedRates(new Map([['survivors_reached', 3]])).map((r) => r.value)).toEqual([null, null, null]);
  });
});
