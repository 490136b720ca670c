import { organizationKindLabels } from '@abate/web/rounds';
import type { PublicAward, PublicOutcomes } from '../hooks/useInsights';
import { centsShare, formatMoney, formatPercent } from '../lib/format';
import { cellExplanation, cellKind, metricRowLabel, spendingTotals, type CellLike } from '../lib/public-outcomes';
import { DataTable } from './DataTable';
import { formatCalendarDate } from '@abate/web/core';

const awardStatusLabels: Record<PublicAward['status'], string> = { ACTIVE: 'Active', CLOSED: 'Closed' };

/** Each award: who received it, how much, for when, and the program it pays for. */
export function PublicAwardsTable({ awards }: { awards: readonly PublicAward[] }) {
  const total = awards.reduce((sum, award) => sum + BigInt(award.amountCents), 0n);
  return (
    <DataTable
      caption="Awards"
      captionNote={`${awards.length === 1 ? '1 award' : `${awards.length} awards`} totalling ${formatMoney(total)}.`}
      className="insights-table--wrap"
    >
      <thead>
        <tr>
          <th scope="col">Jurisdiction</th>
          <th scope="col">Funding round</th>
          <th scope="col" className="text-right">
            Amount
          </th>
          <th scope="col">Grant period</th>
          <th scope="col">Status</th>
          <th scope="col">Program</th>
        </tr>
      </thead>
      <tbody>
        {awards.map((award) => (
          <tr key={award.id}>
            <th scope="row">
              <span className="display-block">{award.jurisdiction.name}</span>
              <span className="display-block text-normal font-sans-2xs">
                {organizationKindLabels[award.jurisdiction.kind]}, {award.jurisdiction.state}
                <span className="display-block">FIPS {award.jurisdiction.fipsCode}</span>
              </span>
            </th>
            <td>{award.roundTitle}</td>
            <td className="text-right insights-nowrap">{formatMoney(award.amountCents)}</td>
            <td>
              {formatCalendarDate(award.startDate, 'long')} to {formatCalendarDate(award.endDate, 'long')}
            </td>
            <td>{awardStatusLabels[award.status]}</td>
            <td className="insights-col--program">
              <span className="display-block text-bold">{award.programTitle ?? 'Untitled program'}</span>
              {award.programSummary && <span className="display-block margin-top-05">{award.programSummary}</span>}
            </td>
          </tr>
        ))}
      </tbody>
    </DataTable>
  );
}

const KEY_IDS = {
  'small-count': 'outcomes-key-small',
  suppressed: 'outcomes-key-suppressed',
  'not-reported': 'outcomes-key-not-reported',
} as const;

/**
 * A published figure. A hidden one keeps its text ("1-10", "suppressed") and is
 * marked by a hatched background, italics and a dotted underline, never color
 * alone; its abbreviation title and the key under the table explain it.
 */
function OutcomeCell({ cell }: { cell: CellLike }) {
  const kind = cellKind(cell);
  if (kind === 'shown') return <td className="text-right">{cell.display}</td>;
  const explanation = cellExplanation(kind) ?? undefined;
  return (
    <td className={`text-right insights-cell--${kind}`} aria-describedby={KEY_IDS[kind]}>
      <abbr title={explanation}>{cell.display}</abbr>
    </td>
  );
}

/** Every standard metric (rows) by quarter (columns), small cells suppressed, with the key to hidden figures. */
export function PublicOutcomesTable({ outcomes }: { outcomes: PublicOutcomes }) {
  return (
    <>
      <DataTable caption="Outcomes by quarter" captionNote="Hidden figures are explained in the key below the table.">
        <thead>
          <tr>
            <th scope="col">Metric</th>
            {outcomes.quarters.map((quarter) => (
              <th key={quarter} scope="col" className="text-right">
                {quarter}
              </th>
            ))}
            <th scope="col" className="text-right">
              All quarters
            </th>
          </tr>
        </thead>
        <tbody>
          {outcomes.metrics.map((metric) => {
            const { label, parent } = metricRowLabel(metric.key, metric.label);
            return (
              <tr key={metric.key}>
                <th scope="row" className={parent ? 'insights-subrow' : undefined}>
                  {parent && <span className="usa-sr-only">{parent}, </span>}
                  {label}
                  {metric.unit === 'hours' && (
                    <span className="display-block text-normal font-sans-2xs">
                      Hours; across grantees and quarters, the median
                    </span>
                  )}
                </th>
                {metric.byQuarter.map(({ quarter, cell }) => (
                  <OutcomeCell key={quarter} cell={cell} />
                ))}
                <OutcomeCell cell={metric.total} />
              </tr>
            );
          })}
        </tbody>
      </DataTable>
      <h3 className="insights-key__heading">Key to hidden figures</h3>
      <dl className="insights-key">
        <div>
          <dt>
            <span className="insights-key__sample insights-cell--small-count">1-10</span>
          </dt>
          <dd id={KEY_IDS['small-count']}>
            A count from 1 to 10. The exact number is not shown, to protect the privacy of the people it counts.
          </dd>
        </div>
        <div>
          <dt>
            <span className="insights-key__sample insights-cell--suppressed">suppressed</span>
          </dt>
          <dd id={KEY_IDS.suppressed}>
            Hidden because, together with the totals, it would let someone work out a count from 1 to 10.
          </dd>
        </div>
        <div>
          <dt>
            <span className="insights-key__sample insights-cell--not-reported">not reported</span>
          </dt>
          <dd id={KEY_IDS['not-reported']}>No report gave this figure.</dd>
        </div>
      </dl>
    </>
  );
}

/** The approved budgets and what has been spent, per budget category. Money is not a count of people, so nothing is hidden. */
export function PublicSpendingTable({ spending }: { spending: PublicOutcomes['spending'] }) {
  const totals = spendingTotals(spending);
  const share = (spent: string | bigint, budget: string | bigint) =>
    BigInt(budget) > 0n ? formatPercent(centsShare(spent, budget)) : 'No budget';
  return (
    <DataTable caption="Spending by budget category">
      <thead>
        <tr>
          <th scope="col">Budget category</th>
          <th scope="col" className="text-right">
            Approved budget
          </th>
          <th scope="col" className="text-right">
            Spent so far
          </th>
          <th scope="col" className="text-right">
            Share spent
          </th>
        </tr>
      </thead>
      <tbody>
        {spending.map((line) => (
          <tr key={line.category}>
            <th scope="row">{line.label}</th>
            <td className="text-right">{formatMoney(line.budgetCents)}</td>
            <td className="text-right">{formatMoney(line.spentCents)}</td>
            <td className="text-right">{share(line.spentCents, line.budgetCents)}</td>
          </tr>
        ))}
      </tbody>
      <tfoot>
        <tr>
          <th scope="row">All categories</th>
          <td className="text-right">{formatMoney(totals.budgetCents)}</td>
          <td className="text-right">{formatMoney(totals.spentCents)}</td>
          <td className="text-right">{share(totals.spentCents, totals.budgetCents)}</td>
        </tr>
      </tfoot>
    </DataTable>
  );
}
