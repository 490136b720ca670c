import { QUARTERLY_METRICS } from '@abate/shared/metrics';
import { formatNumber } from './format';

/** The key metrics the officer can chart by quarter, with the short names the chart, its legend and its table use. */
export const KEY_METRICS = [
  { key: 'referrals_received', shortLabel: 'Referrals received' },
  { key: 'survivors_reached', shortLabel: 'Survivors reached' },
  { key: 'naloxone_kits', shortLabel: 'Naloxone kits' },
  { key: 'treatment_referrals', shortLabel: 'Treatment referrals' },
  { key: 'moud_starts', shortLabel: 'MOUD starts' },
] as const;

export type KeyMetricKey = (typeof KEY_METRICS)[number]['key'];

export const KEY_METRIC_KEYS: readonly KeyMetricKey[] = KEY_METRICS.map((m) => m.key);

const FULL_LABELS = new Map(QUARTERLY_METRICS.metrics.map((m) => [m.key, m.label]));

/** The metric file's own label ("Warm hand-offs to treatment"), which the short name stands for. */
export function fullMetricLabel(key: string): string {
  return FULL_LABELS.get(key) ?? key;
}

export function shortMetricLabel(key: string): string {
  return KEY_METRICS.find((m) => m.key === key)?.shortLabel ?? fullMetricLabel(key);
}

/** What the API gives per quarter (PortfolioQuarter). */
export interface QuarterFigures {
  label: string;
  reportsCounted: number;
  metrics: readonly { key: string; value?: number | null }[];
}

/** One point of the x axis: the quarter, how many reports it counts, and each chosen metric (null: not reported). */
export type QuarterPoint = { quarter: string; reportsCounted: number } & Partial<Record<KeyMetricKey, number | null>>;

/** Chart rows, one per quarter in the API's order (oldest first), holding the chosen metrics only. */
export function quarterSeries(quarters: readonly QuarterFigures[], keys: readonly KeyMetricKey[]): QuarterPoint[] {
  return quarters.map((quarter) => {
    const point: QuarterPoint = { quarter: quarter.label, reportsCounted: quarter.reportsCounted };
    for (const key of keys) point[key] = quarter.metrics.find((m) => m.key === key)?.value ?? null;
    return point;
  });
}

/** The chosen metrics in the fixed order of KEY_METRICS, whatever order they were ticked in; unknown keys dropped. */
export function orderedKeys(keys: readonly string[]): KeyMetricKey[] {
  return KEY_METRIC_KEYS.filter((key) => keys.includes(key));
}

/**
 * The chart's text alternative in a few sentences: what it plots, then per
 * metric the first and last quarter and the peak. The table under the chart has
 * every number.
 */
export function describeQuarterSeries(points: readonly QuarterPoint[], keys: readonly KeyMetricKey[]): string {
  if (points.length === 0) return 'No quarterly report has been counted yet, so there is nothing to plot.';
  if (keys.length === 0) return 'No metric is chosen, so the chart is empty. Choose at least one metric to plot.';
  const first = points[0].quarter;
  const last = points[points.length - 1].quarter;
  const span = points.length === 1 ? `for ${first}` : `over ${points.length} quarters, ${first} to ${last}`;
  const sentences = [`Line chart of ${keys.map(shortMetricLabel).join(', ')} ${span}.`];
  for (const key of keys) {
    const values = points
      .map((p) => ({ quarter: p.quarter, value: p[key] ?? null }))
      .filter((p): p is { quarter: string; value: number } => p.value !== null);
    const name = shortMetricLabel(key);
    if (values.length === 0) {
      sentences.push(`${name}: not reported.`);
      continue;
    }
    const peak = values.reduce((best, p) => (p.value > best.value ? p : best));
    if (values.length === 1) {
      sentences.push(`${name}: ${formatNumber(values[0].value)} in ${values[0].quarter}.`);
      continue;
    }
    const start = values[0];
    const end = values[values.length - 1];
    sentences.push(
      `${name}: ${formatNumber(start.value)} in ${start.quarter}, ${formatNumber(end.value)} in ${end.quarter}, highest ${formatNumber(peak.value)} in ${peak.quarter}.`,
    );
  }
  return sentences.join(' ');
}
