import { Alert, AlertText } from '@trussworks/react-uswds';
import type { GranteeOutcome } from '../hooks/useInsights';
import { formatMoney, formatNumber, plural } from '../lib/format';
import { granteeNames } from '../lib/grantee-rates';
import {
  overdueRows,
  overdueStatusText,
  SAFEGUARD_COLUMNS,
  safeguardRows,
  spendingState,
  targetState,
} from '../lib/portfolio-tables';
import { DataTable } from './DataTable';
import { formatCalendarDate } from '@abate/web/core';

interface TablesProps {
  grantees: readonly GranteeOutcome[];
}

/** Each grantee's application targets against what its counted reports add up to. */
export function TargetsTable({ grantees }: TablesProps) {
  const names = granteeNames(grantees);
  const rows = grantees.flatMap((grantee) => grantee.targets.map((target) => ({ grantee, target })));
  return (
    <section aria-labelledby="portfolio-targets-heading" className="margin-bottom-6">
      <h2 id="portfolio-targets-heading">Targets and actuals</h2>
      <p>
        The targets each grantee set in its application for the whole grant, against the total of its counted reports so
        far (hours: the median).
      </p>
      {rows.length === 0 ? (
        <p className="insights-empty">No grantee has set a target.</p>
      ) : (
        <DataTable caption="Targets and actuals by grantee">
          <thead>
            <tr>
              <th scope="col">Grantee</th>
              <th scope="col">Metric</th>
              <th scope="col" className="text-right">
                Target
              </th>
              <th scope="col" className="text-right">
                Actual so far
              </th>
              <th scope="col">Progress</th>
            </tr>
          </thead>
          <tbody>
            {rows.map(({ grantee, target }) => {
              const state = targetState(target);
              const hours = target.unit === 'hours';
              return (
                <tr
                  key={`${grantee.award.id}-${target.metricKey}`}
                  className={state.state === 'over-ceiling' ? 'insights-row--attention' : undefined}
                >
                  <th scope="row">{names.get(grantee.award.id)}</th>
                  <td>{target.label}</td>
                  <td className="text-right">
                    {hours ? `At most ${formatNumber(target.target)} hours` : formatNumber(target.target)}
                  </td>
                  <td className="text-right">
                    {hours && target.actual !== null && target.actual !== undefined
                      ? `${formatNumber(target.actual)} hours`
                      : formatNumber(target.actual)}
                  </td>
                  <td>
                    {state.state === 'met' || state.state === 'within-ceiling' ? (
                      <span className="text-bold">{state.text}</span>
                    ) : (
                      state.text
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </DataTable>
      )}
    </section>
  );
}

/** Spending to date against the approved budget, per grantee and budget category, with a total per grantee. */
export function SpendingTable({ grantees }: TablesProps) {
  const names = granteeNames(grantees);
  const withLines = grantees.filter((grantee) => grantee.spending.length > 0);
  return (
    <section aria-labelledby="portfolio-spending-heading" className="margin-bottom-6">
      <h2 id="portfolio-spending-heading">Spending against budget</h2>
      <p>
        What each grantee reported spending in its counted quarterly reports, against the approved budget lines of its
        application.
      </p>
      {withLines.length === 0 ? (
        <p className="insights-empty">No budget or spending to show yet.</p>
      ) : (
        <DataTable caption="Spending against budget by grantee and category">
          <thead>
            <tr>
              <th scope="col">Grantee</th>
              <th scope="col">Budget category</th>
              <th scope="col" className="text-right">
                Approved budget
              </th>
              <th scope="col" className="text-right">
                Spent
              </th>
              <th scope="col" className="text-right">
                Remaining
              </th>
              <th scope="col">Status</th>
            </tr>
          </thead>
          {withLines.map((grantee) => {
            const total = spendingState(grantee.budgetCents, grantee.spentCents);
            return (
              <tbody key={grantee.award.id}>
                {grantee.spending.map((line) => {
                  const state = spendingState(line.budgetCents, line.spentCents);
                  return (
                    <tr key={line.category} className={state.over ? 'insights-row--attention' : undefined}>
                      <th scope="row">{names.get(grantee.award.id)}</th>
                      <td>{line.label}</td>
                      <td className="text-right">{formatMoney(line.budgetCents)}</td>
                      <td className="text-right">{formatMoney(line.spentCents)}</td>
                      <td className="text-right">{formatMoney(line.remainingCents)}</td>
                      <td>{state.over ? <span className="text-bold">{state.text}</span> : state.text}</td>
                    </tr>
                  );
                })}
                <tr className={`insights-row--total${total.over ? ' insights-row--attention' : ''}`}>
                  <th scope="row">{names.get(grantee.award.id)}</th>
                  <td className="text-bold">All categories</td>
                  <td className="text-right text-bold">{formatMoney(grantee.budgetCents)}</td>
                  <td className="text-right text-bold">{formatMoney(grantee.spentCents)}</td>
                  <td className="text-right text-bold">
                    {formatMoney(BigInt(grantee.budgetCents) - BigInt(grantee.spentCents))}
                  </td>
                  <td className="text-bold">{total.text}</td>
                </tr>
              </tbody>
            );
          })}
        </DataTable>
      )}
    </section>
  );
}

/** Warrant checks, arrests and visits with uniformed police reported, per grantee and quarter: each one needs the officer's follow-up. */
export function SafeguardFlagsTable({ grantees }: TablesProps) {
  const names = granteeNames(grantees);
  const rows = safeguardRows(grantees);
  return (
    <section aria-labelledby="portfolio-safeguards-heading" className="margin-bottom-6">
      <h2 id="portfolio-safeguards-heading" tabIndex={-1}>
        Safeguard flags
      </h2>
      <p>
        Outreach must not become policing: any warrant check, arrest or citation, or visit with uniformed police that a
        grantee reports is flagged here for follow-up.
      </p>
      {rows.length === 0 ? (
        <Alert type="success" slim>
          <AlertText>
            No safeguard flags: no grantee has reported a warrant check, an arrest or citation, or a visit with
            uniformed police.
          </AlertText>
        </Alert>
      ) : (
        <DataTable
          caption="Safeguard flags by grantee and quarter"
          captionNote={`${plural(rows.length, 'quarter')} with flags. A flagged count is marked “Flagged”.`}
        >
          <thead>
            <tr>
              <th scope="col">Grantee</th>
              <th scope="col">Quarter</th>
              {SAFEGUARD_COLUMNS.map((column) => (
                <th key={column.key} scope="col">
                  {column.label}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={`${row.awardId}-${row.quarter}`}>
                <th scope="row">{names.get(row.awardId)}</th>
                <td>{row.quarter}</td>
                {SAFEGUARD_COLUMNS.map((column) => {
                  const value = row.values[column.key];
                  return value === undefined ? (
                    <td key={column.key} className="insights-muted">
                      Not flagged
                    </td>
                  ) : (
                    <td key={column.key} className="insights-cell--flag">
                      <span className="text-bold">{formatNumber(value)}</span>{' '}
                      <span className="insights-flag-tag">Flagged</span>
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </DataTable>
      )}
    </section>
  );
}

/** Reports past their due date with nothing submitted, longest overdue first. */
export function OverdueTable({ grantees }: TablesProps) {
  const names = granteeNames(grantees);
  const rows = overdueRows(grantees);
  return (
    <section aria-labelledby="portfolio-overdue-heading" className="margin-bottom-6">
      <h2 id="portfolio-overdue-heading" tabIndex={-1}>
        Overdue reports
      </h2>
      {rows.length === 0 ? (
        <p className="insights-empty">No report is overdue.</p>
      ) : (
        <DataTable caption="Overdue reports">
          <thead>
            <tr>
              <th scope="col">Grantee</th>
              <th scope="col">Report</th>
              <th scope="col">Due</th>
              <th scope="col" className="text-right">
                Days overdue
              </th>
              <th scope="col">Where it stands</th>
            </tr>
          </thead>
          <tbody>
            {rows.map(({ grantee, report }) => (
              <tr key={report.milestoneId}>
                <th scope="row">{names.get(grantee.award.id)}</th>
                <td>{report.label}</td>
                <td>{formatCalendarDate(report.dueDate, 'long')}</td>
                <td className="text-right">{formatNumber(report.daysOverdue)}</td>
                <td>{overdueStatusText(report.reportStatus)}</td>
              </tr>
            ))}
          </tbody>
        </DataTable>
      )}
    </section>
  );
}
