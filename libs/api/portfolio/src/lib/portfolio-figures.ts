import { sumCents } from '@abate/shared/money';
import { BUDGET_CATEGORIES, derivedRates, METRIC_KEYS, QUARTERLY_METRICS } from '@abate/shared/metrics';
import type { MetricDefinition } from '@abate/shared/metrics';
import { daysBetween } from '@abate/shared/calendar';
import type { OpenMilestone, PortfolioAward, ReportedMetric, ReportedSpending } from './portfolio-data.service';

/**
 * Safeguard metrics flagged on the dashboard whenever they are above 0: the two
 * with an `expected` value of 0 in quarterly-metrics.json, and uniformed police
 * on outreach visits (the "police paradox": it drives survivors away). Checked at
 * load so a renamed metric fails loudly.
 */
export const SAFEGUARD_FLAG_KEYS = [
  'warrant_checks',
  'arrests_during_outreach',
  'visits_with_uniformed_police',
] as const;
for (const key of SAFEGUARD_FLAG_KEYS)
  if (!METRIC_KEYS.has(key)) throw new Error(`quarterly-metrics.json has no metric ${key}`);

const METRICS_BY_KEY = new Map(QUARTERLY_METRICS.metrics.map((m) => [m.key, m]));
const CATEGORY_LABELS = new Map(BUDGET_CATEGORIES.map((c) => [c.key, c.label]));

export interface MetricFigure {
  key: string;
  label: string;
  unit: MetricDefinition['unit'];
  /** Counts: the sum. Hours: the median of the reported (per grantee and quarter) medians; null when none. */
  value: number | null;
}
export interface RateFigure {
  key: string;
  label: string;
  value: number | null;
}
export interface QuarterFigures {
  label: string;
  reportsCounted: number;
  metrics: MetricFigure[];
  rates: RateFigure[];
}
export interface OverallFigures {
  granteeCount: number;
  reportsCounted: number;
  awardedCents: bigint;
  budgetCents: bigint;
  spentCents: bigint;
  overdueCount: number;
  safeguardFlagCount: number;
  metrics: MetricFigure[];
  rates: RateFigure[];
}
export interface TargetFigure {
  metricKey: string;
  label: string;
  unit: MetricDefinition['unit'] | null;
  target: number;
  actual: number | null;
  shareOfTarget: number | null;
}
export interface CategoryFigure {
  category: string;
  label: string;
  budgetCents: bigint;
  spentCents: bigint;
  remainingCents: bigint;
}
export interface SafeguardFlagFigure {
  quarter: string;
  key: string;
  label: string;
  value: number;
}
export interface OverdueFigure {
  milestoneId: string;
  kind: OpenMilestone['kind'];
  label: string;
  dueDate: string;
  daysOverdue: number;
  reportStatus: OpenMilestone['reportStatus'];
}
export interface GranteeFigures {
  award: PortfolioAward;
  awardedCents: bigint;
  budgetCents: bigint;
  spentCents: bigint;
  quartersReported: string[];
  targets: TargetFigure[];
  spending: CategoryFigure[];
  safeguardFlags: SafeguardFlagFigure[];
  overdue: OverdueFigure[];
}
export interface PortfolioFigures {
  roundId: string | null;
  quarters: QuarterFigures[];
  overall: OverallFigures;
  grantees: GranteeFigures[];
}

export function median(values: readonly number[]): number | null {
  if (!values.length) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/** The values reported for each metric within one scope (a quarter, a grantee, everything). */
class MetricValues {
  private readonly values = new Map<string, number[]>();

  add(key: string, value: number): void {
    const list = this.values.get(key);
    if (list) list.push(value);
    else this.values.set(key, [value]);
  }

  /** A count adds up; hours (a median per report) cannot, so their median stands for them. */
  figure(metric: MetricDefinition): number | null {
    const list = this.values.get(metric.key) ?? [];
    return metric.unit === 'count' ? list.reduce((sum, v) => sum + v, 0) : median(list);
  }

  figures(): MetricFigure[] {
    return QUARTERLY_METRICS.metrics.map((m) => ({ key: m.key, label: m.label, unit: m.unit, value: this.figure(m) }));
  }

  rates(): RateFigure[] {
    const totals = new Map<string, number>();
    for (const metric of QUARTERLY_METRICS.metrics) {
      const value = this.figure(metric);
      if (metric.unit === 'count' && value !== null) totals.set(metric.key, value);
    }
    return derivedRates(totals);
  }
}

const sumOf = (values: Iterable<number>) => {
  let total = 0;
  for (const v of values) total += v;
  return total;
};

/**
 * The portfolio dashboard's figures in one pass over what PortfolioDataService
 * read: totals per quarter and overall with the metrics file's derived rates,
 * and per grantee targets against actuals, spending against the approved budget,
 * safeguard flags and reports past due. `today` is the calendar date in a time
 * zone (the rounds' own zones decide what is overdue).
 */
export function portfolioFigures(input: {
  roundId: string | null;
  awards: PortfolioAward[];
  metrics: ReportedMetric[];
  spending: ReportedSpending[];
  unsent: OpenMilestone[];
  today: (timeZone: string) => string;
}): PortfolioFigures {
  const awardIds = new Set(input.awards.map((a) => a.entity.id));
  const overall = new MetricValues();
  const byQuarter = new Map<string, { values: MetricValues; awards: Set<string> }>();
  const byGrantee = new Map<string, { values: MetricValues; quarters: Set<string>; flags: SafeguardFlagFigure[] }>(
    input.awards.map((a) => [a.entity.id, { values: new MetricValues(), quarters: new Set<string>(), flags: [] }]),
  );
  const flagKeys: ReadonlySet<string> = new Set(SAFEGUARD_FLAG_KEYS);

  for (const row of input.metrics) {
    const grantee = byGrantee.get(row.awardId);
    if (!grantee || !METRICS_BY_KEY.has(row.key)) continue;
    let quarter = byQuarter.get(row.quarter);
    if (!quarter) byQuarter.set(row.quarter, (quarter = { values: new MetricValues(), awards: new Set() }));
    quarter.values.add(row.key, row.value);
    quarter.awards.add(row.awardId);
    overall.add(row.key, row.value);
    grantee.values.add(row.key, row.value);
    grantee.quarters.add(row.quarter);
    if (flagKeys.has(row.key) && row.value > (METRICS_BY_KEY.get(row.key)?.expected ?? 0)) {
      grantee.flags.push({
        quarter: row.quarter,
        key: row.key,
        label: METRICS_BY_KEY.get(row.key)!.label,
        value: row.value,
      });
    }
  }

  const spentBy = new Map<string, Map<string, bigint>>();
  for (const row of input.spending) {
    if (!awardIds.has(row.awardId)) continue;
    const categories = spentBy.get(row.awardId) ?? new Map<string, bigint>();
    categories.set(row.category, (categories.get(row.category) ?? 0n) + row.amountCents);
    spentBy.set(row.awardId, categories);
  }

  const timeZoneOf = new Map(input.awards.map((a) => [a.entity.id, a.timeZone]));
  const overdueBy = new Map<string, OverdueFigure[]>();
  for (const m of input.unsent) {
    const timeZone = timeZoneOf.get(m.awardId);
    if (!timeZone) continue;
    // OVERDUE as milestoneStatus() has it: the day after the due date, in the round's time zone.
    const daysOverdue = daysBetween(m.dueDate, input.today(timeZone));
    if (daysOverdue <= 0) continue;
    const list = overdueBy.get(m.awardId) ?? [];
    list.push({
      milestoneId: m.milestoneId,
      kind: m.kind,
      label: m.label,
      dueDate: m.dueDate,
      daysOverdue,
      reportStatus: m.reportStatus,
    });
    overdueBy.set(m.awardId, list);
  }

  const flagOrder = (key: string) => SAFEGUARD_FLAG_KEYS.indexOf(key as (typeof SAFEGUARD_FLAG_KEYS)[number]);
  const grantees = input.awards.map((award): GranteeFigures => {
    const id = award.entity.id;
    const figures = byGrantee.get(id)!;
    const spent = spentBy.get(id) ?? new Map<string, bigint>();
    const budget = new Map<string, bigint>();
    for (const line of award.budgetLines)
      budget.set(line.category, (budget.get(line.category) ?? 0n) + line.amountCents);
    const targets = award.targets.map((target): TargetFigure => {
      const metric = METRICS_BY_KEY.get(target.metricKey);
      const actual = metric ? figures.values.figure(metric) : null;
      return {
        metricKey: target.metricKey,
        label: metric?.label ?? target.metricKey,
        unit: metric?.unit ?? null,
        target: target.value,
        actual,
        // Only a count makes progress towards its target; an hours target is a ceiling ("<= 72").
        shareOfTarget: metric?.unit === 'count' && actual !== null && target.value > 0 ? actual / target.value : null,
      };
    });
    // Every category of the file with a budget line or spending; spending in a category outside the file is kept under its own key.
    const categories = [
      ...BUDGET_CATEGORIES.map((c) => c.key),
      ...[...spent.keys()].filter((k) => !CATEGORY_LABELS.has(k)).sort(),
    ];
    const spending = categories
      .filter((category) => (budget.get(category) ?? 0n) > 0n || (spent.get(category) ?? 0n) > 0n)
      .map((category) => {
        const budgetCents = budget.get(category) ?? 0n;
        const spentCents = spent.get(category) ?? 0n;
        return {
          category,
          label: CATEGORY_LABELS.get(category) ?? category,
          budgetCents,
          spentCents,
          remainingCents: budgetCents - spentCents,
        };
      });
    return {
      award,
      awardedCents: award.entity.amountCents,
      budgetCents: sumCents(budget.values()),
      spentCents: sumCents(spent.values()),
      quartersReported: [...figures.quarters].sort(),
      targets,
      spending,
      safeguardFlags: figures.flags.sort(
        (a, b) => a.quarter.localeCompare(b.quarter) || flagOrder(a.key) - flagOrder(b.key),
      ),
      overdue: overdueBy.get(id) ?? [],
    };
  });

  const quarters = [...byQuarter.keys()].sort().map((label) => {
    const q = byQuarter.get(label)!;
    return { label, reportsCounted: q.awards.size, metrics: q.values.figures(), rates: q.values.rates() };
  });

  return {
    roundId: input.roundId,
    quarters,
    overall: {
      granteeCount: grantees.length,
      reportsCounted: sumOf(quarters.map((q) => q.reportsCounted)),
      awardedCents: sumCents(grantees.map((g) => g.awardedCents)),
      budgetCents: sumCents(grantees.map((g) => g.budgetCents)),
      spentCents: sumCents(grantees.map((g) => g.spentCents)),
      overdueCount: sumOf(grantees.map((g) => g.overdue.length)),
      safeguardFlagCount: sumOf(grantees.map((g) => g.safeguardFlags.length)),
      metrics: overall.figures(),
      rates: overall.rates(),
    },
    grantees,
  };
}
