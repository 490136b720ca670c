import { BUDGET_CATEGORIES, QUARTERLY_METRICS, suppressTable } from '@abate/shared/metrics';
import type { PublicCell as SuppressionCell } from '@abate/shared/metrics';
import { median } from '@abate/api/portfolio';
import type { PortfolioAward, ReportedMetric, ReportedSpending } from '@abate/api/portfolio';

/** A published figure: `value` is null whenever `display` is not the figure itself. */
export interface Cell {
  value: number | null;
  /** The formatted number, "1-10", "suppressed", or "not reported". */
  display: string;
  suppressed: boolean;
}
export interface QuarterCell {
  quarter: string;
  cell: Cell;
}
export interface PublicGranteeRow {
  awardId: string;
  roundId: string;
  organizationName: string;
  state: string;
  fipsCode: string;
  byQuarter: QuarterCell[];
  total: Cell;
}
export interface PublicMetric {
  key: string;
  label: string;
  unit: 'count' | 'hours';
  byQuarter: QuarterCell[];
  total: Cell;
  grantees: PublicGranteeRow[];
}
export interface PublicSpendingCategory {
  category: string;
  label: string;
  budgetCents: bigint;
  spentCents: bigint;
}
export interface PublicOutcomes {
  roundId: string | null;
  quarters: string[];
  metrics: PublicMetric[];
  spending: PublicSpendingCategory[];
  suppressionRule: string;
}

export const SUPPRESSION_RULE =
  'A quarter is published once final (every report accepted, or 60 days after reports were due) and never revised. ' +
  'Counts from 1 to 10, and every total that includes one, are shown as "suppressed"; 0 and counts above 10 are shown. ' +
  'Median hours to the first contact attempt are not counts and are shown as reported (across grantees: the median of their medians). Money is not suppressed.';

const NUMBER = new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 });
const shown = (value: number): Cell => ({ value, display: NUMBER.format(value), suppressed: false });
const NOT_REPORTED: Cell = { value: null, display: 'not reported', suppressed: false };
const HIDDEN: Cell = { value: null, display: 'suppressed', suppressed: true };

const fromSuppression = (cell: SuppressionCell): Cell =>
  cell.suppressed ? { value: null, display: cell.display, suppressed: true } : shown(cell.value);

/**
 * A figure made of figures published in separate tables (the same quarter in
 * several rounds): shown only when every part is, so it tells nothing its parts
 * do not; one part is simply that part.
 */
function combine(parts: Cell[]): Cell {
  if (parts.length === 1) return parts[0];
  if (parts.every((p) => !p.suppressed)) return shown(parts.reduce((sum, p) => sum + (p.value ?? 0), 0));
  return HIDDEN;
}

function medianCell(values: number[]): Cell {
  const value = median(values);
  return value === null ? NOT_REPORTED : shown(value);
}

/**
 * The public outcomes page, safe to publish.
 *
 * The unit of suppression is one count metric of one round: a table whose rows
 * are the round's grantees that reported, whose columns are the quarters they
 * reported, with row totals (a grantee over the grant), column totals (the
 * round's quarter) and a grand total, all put through suppressTable (a total is shown only
 * when every entry it adds up is). Only final quarters reach this function (public-finality.ts). A quarter
 * a grantee did not report counts as 0 in that table (it adds nothing to any
 * total) and shows "not reported". Figures over several rounds (roundId null)
 * are sums of those published per round, shown only when all their parts are:
 * a per-round table and the all-rounds view can then never be subtracted from
 * each other to recover a hidden count. Totals across different metrics are
 * never formed (they mean nothing) so metrics cannot be played off each other.
 */
export function publicOutcomes(input: {
  roundId: string | null;
  awards: PortfolioAward[];
  metrics: ReportedMetric[];
  spending: ReportedSpending[];
}): PublicOutcomes {
  const awardIds = new Set(input.awards.map((a) => a.entity.id));
  // award -> quarter -> metric -> value
  const reported = new Map<string, Map<string, Map<string, number>>>();
  for (const row of input.metrics) {
    if (!awardIds.has(row.awardId)) continue;
    const quarters = reported.get(row.awardId) ?? new Map<string, Map<string, number>>();
    const values = quarters.get(row.quarter) ?? new Map<string, number>();
    values.set(row.key, row.value);
    quarters.set(row.quarter, values);
    reported.set(row.awardId, quarters);
  }
  const valueOf = (awardId: string, quarter: string, key: string) => reported.get(awardId)?.get(quarter)?.get(key);

  const grantees = input.awards.filter((a) => reported.has(a.entity.id));
  const quarters = [...new Set(grantees.flatMap((a) => [...reported.get(a.entity.id)!.keys()]))].sort();
  const rounds = new Map<string, PortfolioAward[]>();
  for (const award of grantees) rounds.set(award.entity.roundId, [...(rounds.get(award.entity.roundId) ?? []), award]);

  const row = (award: PortfolioAward, byQuarter: Map<string, Cell>, total: Cell): PublicGranteeRow => ({
    awardId: award.entity.id,
    roundId: award.entity.roundId,
    organizationName: award.organizationName,
    state: award.state,
    fipsCode: award.fipsCode,
    byQuarter: quarters.map((quarter) => ({ quarter, cell: byQuarter.get(quarter) ?? NOT_REPORTED })),
    total,
  });

  const metrics = QUARTERLY_METRICS.metrics.map((metric): PublicMetric => {
    const base = { key: metric.key, label: metric.label, unit: metric.unit };
    if (metric.unit === 'hours') {
      // A median is not a count: it is published as reported, and medians are only ever combined into medians.
      const rows = grantees.map((award) => {
        const cells = new Map<string, Cell>();
        const values: number[] = [];
        for (const quarter of quarters) {
          const value = valueOf(award.entity.id, quarter, metric.key);
          if (value === undefined) continue;
          cells.set(quarter, shown(value));
          values.push(value);
        }
        return row(award, cells, medianCell(values));
      });
      const inQuarter = (quarter: string) => grantees.flatMap((a) => valueOf(a.entity.id, quarter, metric.key) ?? []);
      return {
        ...base,
        byQuarter: quarters.map((quarter) => ({ quarter, cell: medianCell(inQuarter(quarter)) })),
        total: medianCell(quarters.flatMap(inQuarter)),
        grantees: rows,
      };
    }

    const quarterParts = new Map<string, Cell[]>(quarters.map((q) => [q, []]));
    const totalParts: Cell[] = [];
    const rows: PublicGranteeRow[] = [];
    for (const members of rounds.values()) {
      const columns = quarters.filter((q) => members.some((a) => reported.get(a.entity.id)!.has(q)));
      const table = suppressTable(members.map((a) => columns.map((q) => valueOf(a.entity.id, q, metric.key) ?? 0)));
      members.forEach((award, i) => {
        const cells = new Map<string, Cell>();
        columns.forEach((quarter, j) => {
          if (valueOf(award.entity.id, quarter, metric.key) !== undefined)
            cells.set(quarter, fromSuppression(table.cells[i][j]));
        });
        rows.push(row(award, cells, fromSuppression(table.rowTotals[i])));
      });
      columns.forEach((quarter, j) => quarterParts.get(quarter)!.push(fromSuppression(table.columnTotals[j])));
      totalParts.push(fromSuppression(table.grandTotal));
    }
    return {
      ...base,
      byQuarter: quarters.map((quarter) => ({ quarter, cell: combine(quarterParts.get(quarter)!) })),
      total: totalParts.length ? combine(totalParts) : shown(0),
      grantees: rows,
    };
  });

  const budget = new Map<string, bigint>();
  for (const award of input.awards)
    for (const line of award.budgetLines)
      budget.set(line.category, (budget.get(line.category) ?? 0n) + line.amountCents);
  const spent = new Map<string, bigint>();
  for (const line of input.spending)
    if (awardIds.has(line.awardId)) spent.set(line.category, (spent.get(line.category) ?? 0n) + line.amountCents);

  return {
    roundId: input.roundId,
    quarters,
    metrics,
    spending: BUDGET_CATEGORIES.map((c) => ({
      category: c.key,
      label: c.label,
      budgetCents: budget.get(c.key) ?? 0n,
      spentCents: spent.get(c.key) ?? 0n,
    })),
    suppressionRule: SUPPRESSION_RULE,
  };
}
