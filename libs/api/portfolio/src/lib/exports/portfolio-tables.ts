import type { toCsv } from '@abate/api/awards';
import { QUARTERLY_METRICS } from '@abate/shared/metrics';
import type { PortfolioFigures } from '../portfolio-figures';

/** The awards library's export table (columns with a kind, rows of cells), as its writers take it. */
export type Table = Parameters<typeof toCsv>[0];
type Column = Table['columns'][number];
type Row = Table['rows'][number];

export const PORTFOLIO_EXPORTS = ['metrics-by-quarter', 'grantees', 'spending'] as const;
export type PortfolioExport = (typeof PORTFOLIO_EXPORTS)[number];

/** Cents as the writers take them for a 'dollars' column: exact. */
const dollars = (cents: bigint) => cents;
const round = (value: number | null, places: number) =>
  value === null ? null : Math.round(value * 10 ** places) / 10 ** places;

/**
 * One row per metric, then per derived rate; one column per quarter, then the
 * overall figure. Counts, hours and rates share a column, so the value columns
 * use the writers' "text" kind, which leaves numbers in the spreadsheet's General
 * format (a count stays 40, a rate 0.5476) instead of forcing two decimals on all.
 */
function metricsByQuarter(f: PortfolioFigures): Table {
  const quarterColumns: Column[] = f.quarters.map((q) => ({ header: q.label, kind: 'text', width: 10 }));
  const rows: Row[] = [
    ...QUARTERLY_METRICS.metrics.map((metric, i): Row => [
      metric.key,
      f.overall.metrics[i].label,
      metric.unit,
      ...f.quarters.map((q) => round(q.metrics[i].value, 2)),
      round(f.overall.metrics[i].value, 2),
    ]),
    ...f.overall.rates.map((rate, i): Row => [
      rate.key,
      rate.label,
      'rate',
      ...f.quarters.map((q) => round(q.rates[i].value, 4)),
      round(rate.value, 4),
    ]),
  ];
  return {
    name: 'Metrics by quarter',
    columns: [
      { header: 'Key', kind: 'text', width: 30 },
      { header: 'Measure', kind: 'text', width: 48 },
      { header: 'Unit', kind: 'text', width: 8 },
      ...quarterColumns,
      { header: 'Overall', kind: 'text', width: 10 },
    ],
    rows: [
      ...rows,
      [
        'reports_counted',
        'Quarterly reports counted',
        'count',
        ...f.quarters.map((q) => q.reportsCounted),
        f.overall.reportsCounted,
      ],
    ],
  };
}

/** One row per grantee; each metric any grantee set a target for gets a target and an actual column. */
function grantees(f: PortfolioFigures): Table {
  const targetKeys = QUARTERLY_METRICS.metrics.filter((m) =>
    f.grantees.some((g) => g.targets.some((t) => t.metricKey === m.key)),
  );
  return {
    name: 'Grantees',
    columns: [
      { header: 'Organization', kind: 'text', width: 30 },
      { header: 'State', kind: 'text', width: 6 },
      { header: 'FIPS', kind: 'text', width: 7 },
      { header: 'Round', kind: 'text', width: 30 },
      { header: 'Award ID', kind: 'text', width: 38 },
      { header: 'Awarded', kind: 'dollars', width: 14 },
      { header: 'Budget', kind: 'dollars', width: 14 },
      { header: 'Spent', kind: 'dollars', width: 14 },
      { header: 'Share of award spent', kind: 'decimal', width: 10 },
      { header: 'Quarters reported', kind: 'text', width: 24 },
      { header: 'Safeguard flags', kind: 'text', width: 40 },
      { header: 'Overdue reports', kind: 'text', width: 40 },
      ...targetKeys.flatMap((m): Column[] => {
        const kind = m.unit === 'count' ? 'integer' : 'decimal';
        return [
          { header: `${m.label}: target`, kind, width: 12 },
          { header: `${m.label}: actual`, kind, width: 12 },
        ];
      }),
    ],
    rows: f.grantees.map((g): Row => [
      g.award.organizationName,
      g.award.state,
      g.award.fipsCode,
      g.award.roundTitle,
      g.award.entity.id,
      dollars(g.awardedCents),
      dollars(g.budgetCents),
      dollars(g.spentCents),
      round(g.awardedCents === 0n ? null : Number(g.spentCents) / Number(g.awardedCents), 4),
      g.quartersReported.join('; '),
      g.safeguardFlags.map((s) => `${s.quarter} ${s.key} ${s.value}`).join('; '),
      g.overdue.map((o) => `${o.label} due ${o.dueDate}`).join('; '),
      ...targetKeys.flatMap((m) => {
        const target = g.targets.find((t) => t.metricKey === m.key);
        return target ? [target.target, round(target.actual, 2)] : [null, null];
      }),
    ]),
  };
}

/** One row per grantee and budget category with a line or spending. */
function spending(f: PortfolioFigures): Table {
  return {
    name: 'Spending',
    columns: [
      { header: 'Organization', kind: 'text', width: 30 },
      { header: 'Award ID', kind: 'text', width: 38 },
      { header: 'Category', kind: 'text', width: 14 },
      { header: 'Category label', kind: 'text', width: 40 },
      { header: 'Budget', kind: 'dollars', width: 14 },
      { header: 'Spent', kind: 'dollars', width: 14 },
      { header: 'Remaining', kind: 'dollars', width: 14 },
    ],
    rows: f.grantees.flatMap((g) =>
      g.spending.map((s): Row => [
        g.award.organizationName,
        g.award.entity.id,
        s.category,
        s.label,
        dollars(s.budgetCents),
        dollars(s.spentCents),
        dollars(s.remainingCents),
      ]),
    ),
  };
}

export function portfolioTable(kind: PortfolioExport, figures: PortfolioFigures): Table {
  switch (kind) {
    case 'metrics-by-quarter':
      return metricsByQuarter(figures);
    case 'grantees':
      return grantees(figures);
    case 'spending':
      return spending(figures);
  }
}
