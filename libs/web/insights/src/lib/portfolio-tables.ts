import { METRIC_KEYS } from '@abate/shared/metrics';
import { centsShare, formatMoney, formatNumber, formatPercent, type CentsValue } from './format';

/** A target of the application against what the counted reports add up to (GranteeTarget). */
export interface TargetLike {
  unit?: string | null;
  target: number;
  actual?: number | null;
  shareOfTarget?: number | null;
}

export type TargetState = 'met' | 'in-progress' | 'within-ceiling' | 'over-ceiling' | 'no-reports';

/**
 * Where a grantee stands on a target. A count makes progress towards its target
 * over the grant; an hours target is a ceiling ("<= 72 hours"), met while the
 * median stays at or under it.
 */
export function targetState(target: TargetLike): { state: TargetState; text: string } {
  if (target.actual === null || target.actual === undefined)
    return { state: 'no-reports', text: 'No reports counted yet' };
  if (target.unit === 'hours') {
    return target.actual <= target.target
      ? { state: 'within-ceiling', text: `Within the ceiling of ${formatNumber(target.target)} hours` }
      : { state: 'over-ceiling', text: `Over the ceiling of ${formatNumber(target.target)} hours` };
  }
  const share = target.shareOfTarget ?? (target.target > 0 ? target.actual / target.target : null);
  if (share === null) return { state: 'met', text: 'Met' };
  return share >= 1
    ? { state: 'met', text: `Met (${formatPercent(share)} of target)` }
    : { state: 'in-progress', text: `${formatPercent(share)} of target` };
}

/** How a budget line stands: spent share, or how far over it is. */
export function spendingState(budgetValue: CentsValue, spentValue: CentsValue): { over: boolean; text: string } {
  const budgetCents = BigInt(budgetValue);
  const spentCents = BigInt(spentValue);
  if (spentCents > budgetCents) {
    return {
      over: true,
      text: budgetCents > 0n ? `Over budget by ${formatMoney(spentCents - budgetCents)}` : `Spent with no budget line`,
    };
  }
  return {
    over: false,
    text: budgetCents > 0n ? `${formatPercent(centsShare(spentCents, budgetCents))} spent` : 'No budget line',
  };
}

/**
 * The safeguard metrics flagged on the dashboard (any value above 0), in the API's
 * order, with the column headings the flags table uses.
 */
export const SAFEGUARD_COLUMNS = [
  { key: 'warrant_checks', label: 'Warrant checks' },
  { key: 'arrests_during_outreach', label: 'Arrests or citations' },
  { key: 'visits_with_uniformed_police', label: 'Visits with uniformed police' },
] as const;

export type SafeguardKey = (typeof SAFEGUARD_COLUMNS)[number]['key'];

for (const { key } of SAFEGUARD_COLUMNS)
  if (!METRIC_KEYS.has(key)) throw new Error(`quarterly-metrics.json has no metric ${key}`);

export interface FlagSource {
  award: { id: string };
  safeguardFlags: readonly { quarter: string; key: string; value: number }[];
}

export interface SafeguardRow {
  awardId: string;
  quarter: string;
  /** The flagged value per safeguard; absent when that safeguard was not flagged in the quarter. */
  values: Partial<Record<SafeguardKey, number>>;
}

/** One row per grantee and quarter with at least one flag, grantees in the dashboard's order, quarters oldest first. */
export function safeguardRows(grantees: readonly FlagSource[]): SafeguardRow[] {
  const rows: SafeguardRow[] = [];
  for (const grantee of grantees) {
    const byQuarter = new Map<string, SafeguardRow>();
    for (const flag of grantee.safeguardFlags) {
      if (!SAFEGUARD_COLUMNS.some((c) => c.key === flag.key)) continue;
      const row = byQuarter.get(flag.quarter) ?? { awardId: grantee.award.id, quarter: flag.quarter, values: {} };
      row.values[flag.key as SafeguardKey] = (row.values[flag.key as SafeguardKey] ?? 0) + flag.value;
      byQuarter.set(flag.quarter, row);
    }
    rows.push(...[...byQuarter.values()].sort((a, b) => a.quarter.localeCompare(b.quarter)));
  }
  return rows;
}

export interface OverdueSource {
  award: { id: string };
  overdue: readonly {
    milestoneId: string;
    label: string;
    dueDate: string;
    daysOverdue: number;
    reportStatus?: string | null;
  }[];
}

/** Every overdue report, the longest overdue first (ties: by grantee order, then due date). */
export function overdueRows<T extends OverdueSource>(
  grantees: readonly T[],
): Array<{ grantee: T; report: T['overdue'][number] }> {
  const rows = grantees.flatMap((grantee, order) => grantee.overdue.map((report) => ({ grantee, report, order })));
  rows.sort(
    (a, b) =>
      b.report.daysOverdue - a.report.daysOverdue ||
      a.order - b.order ||
      a.report.dueDate.localeCompare(b.report.dueDate),
  );
  return rows.map(({ grantee, report }) => ({ grantee, report }));
}

/** Where an overdue report has got to. */
export function overdueStatusText(reportStatus: string | null | undefined): string {
  switch (reportStatus) {
    case 'DRAFT':
      return 'Draft started, not submitted';
    case 'CHANGES_REQUESTED':
      return 'Sent back for changes, not resubmitted';
    default:
      return 'Not started';
  }
}
