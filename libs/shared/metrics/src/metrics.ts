import definition from '../data/quarterly-metrics.json';

/** The shape of data/quarterly-metrics.json (copied from the shared domain folder; never retyped). */
export interface MetricDefinition {
  key: string;
  label: string;
  unit: 'count' | 'hours';
  group: string;
  partOf?: string;
  target?: string;
  expected?: number;
}

export interface MetricsDefinition {
  key: string;
  version: string;
  about: string;
  metrics: MetricDefinition[];
  derived: Array<{ key: string; label: string; formula: string }>;
  rules: string[];
  budgetCategories: Array<{ key: string; label: string }>;
}

/** Standard quarterly metrics, their rules and the SF-424A budget categories. */
export const QUARTERLY_METRICS = definition as MetricsDefinition;

export const BUDGET_CATEGORIES = QUARTERLY_METRICS.budgetCategories;
export const BUDGET_CATEGORY_KEYS: ReadonlySet<string> = new Set(BUDGET_CATEGORIES.map((c) => c.key));
export const METRIC_KEYS: ReadonlySet<string> = new Set(QUARTERLY_METRICS.metrics.map((m) => m.key));
