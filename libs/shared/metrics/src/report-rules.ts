import { formatCents } from '@abate/shared/money';
import { evaluateFormula, parseFormula } from './formula';
import {
  BUDGET_CATEGORIES,
  BUDGET_CATEGORY_KEYS,
  METRIC_KEYS,
  QUARTERLY_METRICS,
  type MetricDefinition,
} from './metrics';

export interface MetricValue {
  key: string;
  value: number;
}
export interface SpendingLine {
  category: string;
  amountCents: bigint;
}
export interface ReportProblem {
  field: string;
  message: string;
}
export interface SafeguardDeviation {
  key: string;
  label: string;
  expected: number;
  actual: number;
}
export interface ReportCheck {
  errors: ReportProblem[];
  warnings: ReportProblem[];
  safeguardDeviations: SafeguardDeviation[];
}
export interface CategorySpend {
  category: string;
  label: string;
  budgetCents: bigint;
  thisPeriodCents: bigint;
  cumulativeCents: bigint;
  remainingCents: bigint;
}

const METRICS_BY_KEY = new Map(QUARTERLY_METRICS.metrics.map((m) => [m.key, m]));

// The one cross-metric warning of the file's rules ("survivors_reached > referrals_received
// is allowed ... shown as a warning") is prose, so its two keys are named here and
// checked at load: renaming either in the JSON fails loudly instead of silently.
const REACHED = 'survivors_reached';
const REFERRED = 'referrals_received';
for (const key of [REACHED, REFERRED, ...QUARTERLY_METRICS.metrics.flatMap((m) => (m.partOf ? [m.partOf] : []))]) {
  if (!METRIC_KEYS.has(key)) throw new Error(`quarterly-metrics.json has no metric ${key}`);
}

// Parsed once: a formula naming an unknown metric throws when the module loads.
const DERIVED = QUARTERLY_METRICS.derived.map((d) => ({
  key: d.key,
  label: d.label,
  formula: parseFormula(d.formula, METRIC_KEYS),
}));

/** "$1,234.56", whole dollars without cents ("$50,000"): the same rule as formatDollars in shared/checklist. */
const dollars = (cents: bigint): string => formatCents(cents, { trimZeroCents: true });

/** How people read a metric: a part is named with its whole ("Overdose referrals received, of which from EMS"). */
function metricName(metric: MetricDefinition): string {
  const whole = metric.partOf ? METRICS_BY_KEY.get(metric.partOf) : undefined;
  return whole ? `${whole.label}, ${metric.label}` : metric.label;
}

function validMetricValue(metric: MetricDefinition, value: number): boolean {
  if (typeof value !== 'number' || !Number.isFinite(value) || value < 0) return false;
  if (metric.unit === 'count') return Number.isInteger(value);
  return Math.abs(value * 10 - Math.round(value * 10)) < 1e-9; // hours: at most one decimal (1.1 * 10 is 11.000000000000002)
}

const validCents = (amount: bigint) => typeof amount === 'bigint' && amount >= 0n;

/**
 * The checks of a quarterly report before it is submitted.
 *
 * Metrics: every metric of the file must be entered (0 if none); counts are
 * whole numbers >= 0, hours >= 0 with at most one decimal; unknown or repeated
 * keys are errors; a part above its whole is an error on the part;
 * survivors_reached above referrals_received is a warning the grantee confirms;
 * a safeguard metric off its `expected` value is a deviation for the program
 * officer and a warning on the field.
 *
 * Spending: each line needs a budget category and an amount of whole cents >= 0.
 * Spending to date (earlier reports plus this one) above the award is an error;
 * a category above its approved budget line is a warning (funders usually allow
 * some movement between lines, the award total is the hard limit).
 */
export function checkReport(input: {
  metrics: MetricValue[];
  spending: SpendingLine[];
  awardCents: bigint;
  budgetByCategory: ReadonlyMap<string, bigint>;
  previousSpending: ReadonlyMap<string, bigint>;
}): ReportCheck {
  const errors: ReportProblem[] = [];
  const warnings: ReportProblem[] = [];
  const safeguardDeviations: SafeguardDeviation[] = [];

  // The first entry of each known key; later repeats and unknown keys are errors.
  const entered = new Map<string, number>();
  const stray: ReportProblem[] = [];
  for (const { key, value } of input.metrics) {
    const metric = METRICS_BY_KEY.get(key);
    if (!metric)
      stray.push({
        field: `metrics.${key}`,
        message: `There is no metric ${JSON.stringify(key)} in the quarterly report.`,
      });
    else if (entered.has(key))
      stray.push({ field: `metrics.${key}`, message: `${metricName(metric)} is entered more than once.` });
    else entered.set(key, value);
  }

  // Values that passed their own check, for the checks between metrics.
  const valid = new Map<string, number>();
  for (const metric of QUARTERLY_METRICS.metrics) {
    const field = `metrics.${metric.key}`;
    const value = entered.get(metric.key);
    if (value === undefined || value === null) {
      errors.push({ field, message: `Enter ${metricName(metric)} (0 if none).` });
    } else if (!validMetricValue(metric, value)) {
      errors.push({
        field,
        message:
          metric.unit === 'count'
            ? `${metricName(metric)} must be a whole number, 0 or more.`
            : `${metricName(metric)} must be a number of hours, 0 or more, with at most one decimal.`,
      });
    } else {
      valid.set(metric.key, value);
    }
  }
  errors.push(...stray);

  for (const metric of QUARTERLY_METRICS.metrics) {
    const value = valid.get(metric.key);
    if (value === undefined) continue;
    const whole = metric.partOf ? METRICS_BY_KEY.get(metric.partOf) : undefined;
    const wholeValue = whole ? valid.get(whole.key) : undefined;
    if (whole && wholeValue !== undefined && value > wholeValue) {
      errors.push({
        field: `metrics.${metric.key}`,
        message: `"${metric.label}" (${value}) cannot be more than "${whole.label}" (${wholeValue}).`,
      });
    }
    if (metric.expected !== undefined && value !== metric.expected) {
      safeguardDeviations.push({ key: metric.key, label: metric.label, expected: metric.expected, actual: value });
      warnings.push({
        field: `metrics.${metric.key}`,
        message: `${metric.label}: ${value} reported where ${metric.expected} is expected. Your program officer will see this.`,
      });
    }
  }

  const reached = valid.get(REACHED);
  const referred = valid.get(REFERRED);
  if (reached !== undefined && referred !== undefined && reached > referred) {
    const reachedLabel = METRICS_BY_KEY.get(REACHED)?.label;
    const referredLabel = METRICS_BY_KEY.get(REFERRED)?.label;
    warnings.push({
      field: `metrics.${REACHED}`,
      message: `"${reachedLabel}" (${reached}) is more than "${referredLabel}" (${referred}). This can be right when people referred last quarter were reached this quarter: please confirm.`,
    });
  }

  // Spending lines.
  const thisPeriod = new Map<string, bigint>();
  let thisPeriodTotal = 0n;
  input.spending.forEach((line, i) => {
    const knownCategory = BUDGET_CATEGORY_KEYS.has(line.category);
    if (!knownCategory) {
      errors.push({
        field: `spending.${i}.category`,
        message: line.category
          ? `${JSON.stringify(line.category)} is not a budget category.`
          : 'Choose a budget category.',
      });
    }
    if (!validCents(line.amountCents)) {
      errors.push({ field: `spending.${i}.amountCents`, message: 'Enter an amount of $0 or more, in whole cents.' });
      return;
    }
    // A valid amount counts toward the award total even while its category is wrong.
    thisPeriodTotal += line.amountCents;
    if (knownCategory) thisPeriod.set(line.category, (thisPeriod.get(line.category) ?? 0n) + line.amountCents);
  });

  let previousTotal = 0n;
  for (const amount of input.previousSpending.values()) previousTotal += amount;
  const toDate = previousTotal + thisPeriodTotal;
  if (toDate > input.awardCents) {
    errors.push({
      field: 'spending',
      message: `Spending to date would be ${dollars(toDate)} (${dollars(previousTotal)} in earlier reports and ${dollars(thisPeriodTotal)} in this one), more than the award of ${dollars(input.awardCents)}.`,
    });
  }

  for (const category of BUDGET_CATEGORIES) {
    const cumulative = (input.previousSpending.get(category.key) ?? 0n) + (thisPeriod.get(category.key) ?? 0n);
    const budget = input.budgetByCategory.get(category.key) ?? 0n;
    if (cumulative > budget) {
      warnings.push({
        field: `spending.${category.key}`,
        message:
          budget === 0n
            ? `${category.label}: ${dollars(cumulative)} spent to date, and the approved budget has nothing for this category.`
            : `${category.label}: ${dollars(cumulative)} spent to date, more than the approved budget of ${dollars(budget)}.`,
      });
    }
  }

  return { errors, warnings, safeguardDeviations };
}

/**
 * Every budget category, in the file's order, with this period's spending (lines
 * of one category add up), spending to date and what is left of its budget line
 * (negative when over). Lines with a category outside the budget are left out.
 */
export function spendingSummary(
  spending: SpendingLine[],
  budgetByCategory: ReadonlyMap<string, bigint>,
  previousSpending: ReadonlyMap<string, bigint>,
): CategorySpend[] {
  return BUDGET_CATEGORIES.map((category) => {
    const budgetCents = budgetByCategory.get(category.key) ?? 0n;
    const thisPeriodCents = spending
      .filter((line) => line.category === category.key && typeof line.amountCents === 'bigint')
      .reduce((sum, line) => sum + line.amountCents, 0n);
    const cumulativeCents = (previousSpending.get(category.key) ?? 0n) + thisPeriodCents;
    return {
      category: category.key,
      label: category.label,
      budgetCents,
      thisPeriodCents,
      cumulativeCents,
      remainingCents: budgetCents - cumulativeCents,
    };
  });
}

/**
 * The file's derived rates (in its order) from metric totals: null when the
 * denominator is 0, or when a metric a rate needs is missing from `totals`.
 */
export function derivedRates(
  totals: ReadonlyMap<string, number>,
): Array<{ key: string; label: string; value: number | null }> {
  return DERIVED.map((d) => ({ key: d.key, label: d.label, value: evaluateFormula(d.formula, totals) }));
}
