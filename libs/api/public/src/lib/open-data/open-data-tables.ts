import type { toCsv } from '@abate/api/awards';
import { centsToDecimal, formatCents } from '@abate/shared/money';
import type { PublicAwardModel } from '../models/public.model';
import type { Cell, PublicOutcomes } from '../public-outcomes';

/** The awards library's export table, as its CSV writer takes it. */
type Table = Parameters<typeof toCsv>[0];

const dollars = (cents: bigint) => centsToDecimal(cents);

export function awardsTable(awards: PublicAwardModel[]): Table {
  return {
    name: 'Awards',
    columns: [
      { header: 'Award ID', kind: 'text' },
      { header: 'Round ID', kind: 'text' },
      { header: 'Round', kind: 'text' },
      { header: 'Jurisdiction', kind: 'text' },
      { header: 'Kind', kind: 'text' },
      { header: 'State', kind: 'text' },
      { header: 'FIPS', kind: 'text' },
      { header: 'Amount', kind: 'dollars' },
      { header: 'Start', kind: 'text' },
      { header: 'End', kind: 'text' },
      { header: 'Status', kind: 'text' },
      { header: 'Program title', kind: 'text' },
      { header: 'Program summary', kind: 'text' },
    ],
    rows: awards.map((a) => [
      a.id,
      a.roundId,
      a.roundTitle,
      a.jurisdiction.name,
      a.jurisdiction.kind,
      a.jurisdiction.state,
      a.jurisdiction.fipsCode,
      a.amountCents,
      a.startDate,
      a.endDate,
      a.status,
      a.programTitle,
      a.programSummary,
    ]),
  };
}

const ALL_GRANTEES = 'All grantees';
const ALL_QUARTERS = 'All quarters';

/**
 * The outcomes page in long form, one published figure a row: each metric per
 * grantee and quarter, per grantee over all quarters, per quarter over all
 * grantees and overall; then spending and budget per category. A suppressed or
 * unreported figure has an empty Value and says why in Display: the file holds
 * exactly the cells the page shows.
 */
export function outcomesTable(outcomes: PublicOutcomes): Table {
  const rows: Table['rows'] = [];
  const cellRow = (
    key: string,
    label: string,
    unit: string,
    who: [string, string, string, string],
    quarter: string,
    cell: Cell,
  ) => {
    rows.push([
      'outcomes',
      key,
      label,
      unit,
      ...who,
      quarter,
      cell.value === null ? null : String(cell.value),
      cell.display,
    ]);
  };
  for (const metric of outcomes.metrics) {
    for (const g of metric.grantees) {
      const who: [string, string, string, string] = [g.awardId, g.organizationName, g.state, g.fipsCode];
      for (const q of g.byQuarter) cellRow(metric.key, metric.label, metric.unit, who, q.quarter, q.cell);
      cellRow(metric.key, metric.label, metric.unit, who, ALL_QUARTERS, g.total);
    }
    const everyone: [string, string, string, string] = ['', ALL_GRANTEES, '', ''];
    for (const q of metric.byQuarter) cellRow(metric.key, metric.label, metric.unit, everyone, q.quarter, q.cell);
    cellRow(metric.key, metric.label, metric.unit, everyone, ALL_QUARTERS, metric.total);
  }
  for (const s of outcomes.spending) {
    rows.push([
      'spending',
      s.category,
      s.label,
      'dollars',
      '',
      ALL_GRANTEES,
      '',
      '',
      ALL_QUARTERS,
      dollars(s.spentCents),
      formatCents(s.spentCents),
    ]);
    rows.push([
      'budget',
      s.category,
      s.label,
      'dollars',
      '',
      ALL_GRANTEES,
      '',
      '',
      ALL_QUARTERS,
      dollars(s.budgetCents),
      formatCents(s.budgetCents),
    ]);
  }
  return {
    name: 'Outcomes',
    columns: [
      'Section',
      'Key',
      'Label',
      'Unit',
      'Award ID',
      'Grantee',
      'State',
      'FIPS',
      'Quarter',
      'Value',
      'Display',
    ].map((header) => ({ header, kind: 'text' as const })),
    rows,
  };
}
