import type { ApplicationStatus, LawEnforcementRole, OrganizationKind } from '@abate/web/core';
import { BUDGET_CATEGORIES, QUARTERLY_METRICS } from '@abate/shared/metrics';
import { itemKeyOfPart, type PartKey } from './form-values';

export const statusLabels: Record<ApplicationStatus, string> = {
  DRAFT: 'Draft',
  SUBMITTED: 'Submitted',
  WITHDRAWN: 'Withdrawn',
  AWARDED: 'Awarded',
  DECLINED: 'Declined',
};

/** USWDS tag colors (utility classes) that keep AA contrast with white text. */
export const statusTagClasses: Record<ApplicationStatus, string> = {
  DRAFT: 'bg-base-dark',
  SUBMITTED: 'bg-primary',
  WITHDRAWN: 'bg-base-darker',
  AWARDED: 'bg-success-darker',
  DECLINED: 'bg-secondary-dark',
};

export interface LawEnforcementOption {
  value: LawEnforcementRole;
  label: string;
  description: string;
}

/** From no police role to police leading the program, in plain words. */
export const lawEnforcementOptions: readonly LawEnforcementOption[] = [
  {
    value: 'NONE',
    label: 'No police role',
    description: 'Police take no part. Referrals come from EMS, hospitals, families and the community.',
  },
  {
    value: 'DATA_ONLY',
    label: 'Police share overdose reports only',
    description: 'Police send overdose information to the outreach team, and never go on outreach visits.',
  },
  {
    value: 'PLAIN_CLOTHES_ACCOMPANY',
    label: 'Plain-clothes officers on some visits',
    description:
      'Officers in plain clothes and unmarked cars go along on some visits, for example when a health worker asks.',
  },
  {
    value: 'UNIFORMED_ACCOMPANY',
    label: 'Uniformed officers on visits',
    description: 'Officers in uniform or in marked cars go on outreach visits.',
  },
  {
    value: 'POLICE_LED',
    label: 'Police lead the program',
    description: 'A police department runs the program and directs the outreach.',
  },
];

export const lawEnforcementLabel = (role: LawEnforcementRole | null | undefined): string =>
  lawEnforcementOptions.find((option) => option.value === role)?.label ?? 'Not answered';

const categoryLabels = new Map(BUDGET_CATEGORIES.map((category) => [category.key, category.label]));
export const budgetCategoryLabel = (key: string): string => categoryLabels.get(key) ?? key;

const metricsByKey = new Map(QUARTERLY_METRICS.metrics.map((metric) => [metric.key, metric]));

/** "Overdose referrals received: of which from police reports (count)": part-of metrics name their whole. */
export function metricLabel(key: string): string {
  const metric = metricsByKey.get(key);
  if (!metric) return key;
  const parent = metric.partOf ? metricsByKey.get(metric.partOf) : undefined;
  const label = parent ? `${parent.label}: ${metric.label}` : metric.label;
  return metric.unit === 'hours' ? `${label} (hours)` : label;
}

const groupLabels: Record<string, string> = {
  reach: 'Reach',
  process: 'Process',
  outcomes: 'Outcomes',
  outcome: 'Outcomes',
  services: 'Services',
  safeguards: 'Safeguards',
};

/** Metrics by group, for the target picker's option groups. */
export function metricGroups(): Array<{ label: string; metrics: Array<{ key: string; label: string }> }> {
  const groups = new Map<string, Array<{ key: string; label: string }>>();
  for (const metric of QUARTERLY_METRICS.metrics) {
    const list = groups.get(metric.group) ?? [];
    list.push({ key: metric.key, label: metricLabel(metric.key) });
    groups.set(metric.group, list);
  }
  return [...groups].map(([group, metrics]) => ({
    label: groupLabels[group] ?? group.charAt(0).toUpperCase() + group.slice(1),
    metrics,
  }));
}

export const organizationKindPlural: Record<OrganizationKind, string> = {
  CITY: 'cities',
  COUNTY: 'counties',
  NONPROFIT: 'nonprofits',
  STATE_AGENCY: 'state agencies',
  TRIBE: 'tribes',
};

const activityActions: Record<string, string> = {
  'application.create': 'Started the application',
  'application.save': 'Saved',
  'application.submit': 'Submitted',
  'application.withdraw': 'Withdrew the application',
};
export const activityActionLabel = (action: string): string => activityActions[action] ?? action;

const fixedPartLabels: Record<string, string> = {
  title: 'Application title',
  summary: 'Summary',
  requestedCents: 'Requested amount',
  lawEnforcementRole: 'Law enforcement role',
  warrantChecks: 'Warrant checks',
  budgetLines: 'Budget',
  targets: 'Outcome targets',
};

/** A part or activity field for people: "Budget", or a checklist item's title. */
export function partLabel(part: PartKey | string, itemTitles: ReadonlyMap<string, string>): string {
  const itemKey = itemKeyOfPart(part as PartKey);
  if (itemKey !== null) return itemTitles.get(itemKey) ?? itemKey;
  return fixedPartLabels[part] ?? part;
}
