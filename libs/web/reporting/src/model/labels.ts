import type { AwardStatus, MilestoneStatus, ReportStatus } from '@abate/web/core';
import { BUDGET_CATEGORIES, QUARTERLY_METRICS, type MetricDefinition } from '@abate/shared/metrics';

/** The words of a milestone's status tag. */
export const milestoneStatusLabels: Record<MilestoneStatus, string> = {
  UPCOMING: 'Upcoming',
  DUE: 'Due',
  OVERDUE: 'Overdue',
  SUBMITTED: 'Submitted',
  CHANGES_REQUESTED: 'Changes requested',
  ACCEPTED: 'Accepted',
};

/** USWDS tag colors (utility classes) that keep AA contrast with their text; the words carry the meaning. */
export const milestoneTagClasses: Record<MilestoneStatus, string> = {
  UPCOMING: 'bg-base-dark',
  DUE: 'bg-gold text-ink',
  OVERDUE: 'bg-secondary-dark',
  SUBMITTED: 'bg-primary',
  CHANGES_REQUESTED: 'bg-accent-warm-darker',
  ACCEPTED: 'bg-success-darker',
};

export const reportStatusLabels: Record<ReportStatus, string> = {
  DRAFT: 'Draft',
  SUBMITTED: 'Submitted',
  CHANGES_REQUESTED: 'Changes requested',
  ACCEPTED: 'Accepted',
};

export const awardStatusLabels: Record<AwardStatus, string> = {
  ACTIVE: 'Active',
  CLOSED: 'Closed',
};

const groupTitles: Record<string, string> = {
  reach: 'Reach',
  process: 'Process',
  services: 'Services',
  outcomes: 'Outcomes',
  safeguards: 'Safeguards',
};

const groupIntros: Record<string, string> = {
  reach: 'Who was referred to the program this quarter, and whom it reached.',
  process: 'How quickly and how often the team tried to make contact.',
  services: 'What the team handed out and whom it referred on.',
  outcomes: 'What is known of what happened next.',
  safeguards: 'How police took part in outreach. Your program officer sees any figure other than the one expected.',
};

export interface MetricGroup {
  key: string;
  title: string;
  intro: string;
  metrics: MetricDefinition[];
}

/** The metrics under their groups, in the order the metrics file first names each group, each group in file order. */
export function metricGroups(metrics: readonly MetricDefinition[] = QUARTERLY_METRICS.metrics): MetricGroup[] {
  const groups = new Map<string, MetricDefinition[]>();
  for (const metric of metrics) {
    const list = groups.get(metric.group) ?? [];
    list.push(metric);
    groups.set(metric.group, list);
  }
  return [...groups].map(([key, list]) => ({
    key,
    title: groupTitles[key] ?? key.charAt(0).toUpperCase() + key.slice(1),
    intro: groupIntros[key] ?? '',
    // A part follows its whole even if the file lists it elsewhere in the group.
    metrics: orderParts(list),
  }));
}

function orderParts(list: readonly MetricDefinition[]): MetricDefinition[] {
  const keys = new Set(list.map((m) => m.key));
  const ordered: MetricDefinition[] = [];
  for (const metric of list) {
    if (metric.partOf && keys.has(metric.partOf)) continue;
    ordered.push(metric, ...list.filter((m) => m.partOf === metric.key));
  }
  // Parts whose whole is in another group stay where they are.
  for (const metric of list) if (!ordered.includes(metric)) ordered.push(metric);
  return ordered;
}

const metricsByKey = new Map(QUARTERLY_METRICS.metrics.map((metric) => [metric.key, metric]));

export const metricDefinition = (key: string): MetricDefinition | undefined => metricsByKey.get(key);

/** The metric a part belongs to ("Overdose referrals received" for "of which from EMS"). */
export const wholeOf = (metric: MetricDefinition): MetricDefinition | undefined =>
  metric.partOf ? metricsByKey.get(metric.partOf) : undefined;

/** A metric named on its own, a part with its whole: "Overdose referrals received, of which from EMS". */
export function metricFullName(key: string): string {
  const metric = metricsByKey.get(key);
  if (!metric) return key;
  const whole = wholeOf(metric);
  return whole ? `${whole.label}, ${metric.label}` : metric.label;
}

/** What a metric's target or expected value says, for its hint. */
export function metricHint(metric: MetricDefinition): string {
  const parts: string[] = [];
  const whole = wholeOf(metric);
  if (whole) parts.push(`Part of “${whole.label}”: no more than that figure.`);
  parts.push(metric.unit === 'hours' ? 'Hours, with at most one decimal.' : 'A whole number; 0 if none.');
  if (metric.target) parts.push(`Target: ${targetText(metric.target, metric.unit)}.`);
  if (metric.expected !== undefined) parts.push(`Expected: ${metric.expected}.`);
  return parts.join(' ');
}

function targetText(target: string, unit: MetricDefinition['unit']): string {
  const match = /^\s*(<=|>=|<|>|=)\s*([\d.]+)\s*$/.exec(target);
  if (!match) return target;
  const words: Record<string, string> = {
    '<=': 'or less',
    '>=': 'or more',
    '<': '(less than)',
    '>': '(more than)',
    '=': '',
  };
  const amount = unit === 'hours' ? `${match[2]} hours` : match[2];
  return `${amount} ${words[match[1]]}`.trim();
}

const categoryLabels = new Map(BUDGET_CATEGORIES.map((category) => [category.key, category.label]));
export const budgetCategoryLabel = (key: string): string => categoryLabels.get(key) ?? key;

/** "2027 Q1 report" or "Final report". */
export function reportName(label: string): string {
  return /\breport$/i.test(label) ? label : `${label} report`;
}

/** The report's name inside a sentence: "2027 Q1 report", "final report". */
export function reportNameInSentence(label: string): string {
  const name = reportName(label);
  return /^final\b/i.test(name) ? name.charAt(0).toLowerCase() + name.slice(1) : name;
}
