import type { ReactNode } from 'react';
import { BUDGET_CATEGORIES } from '@abate/shared/metrics';
import { formatDollars, formatMetricValue } from '../model/format';
import { metricGroups } from '../model/labels';
import { remainingText } from './SpendingSection';

type Level = 2 | 3 | 4;

function Heading({ level, id, children }: { level: Level; id?: string; children: ReactNode }) {
  const Tag = `h${level}` as 'h2' | 'h3' | 'h4';
  return (
    <Tag id={id} className="margin-bottom-1">
      {children}
    </Tag>
  );
}

export interface ReportFiguresProps {
  metrics: ReadonlyArray<{ key: string; value: number }>;
  spending: ReadonlyArray<{ category: string; amountCents: string | bigint }>;
  narrative: { successes?: string | null; challenges?: string | null };
  /** The spending summary against the budget; without it only this period's spending is shown. */
  summary?: ReadonlyArray<{
    category: string;
    label: string;
    budgetCents: string | bigint;
    thisPeriodCents: string | bigint;
    cumulativeCents: string | bigint;
    remainingCents: string | bigint;
  }>;
  /** Keys of safeguard metrics off their expected value, to highlight. */
  deviationKeys: ReadonlySet<string>;
  /** Prefix of heading ids, unique on the page ("report", "version-2"). */
  idPrefix: string;
  headingLevel: Level;
}

/** A report's figures read-only: metrics by group (safeguard deviations highlighted), spending against the budget, the narrative. */
export function ReportFigures({
  metrics,
  spending,
  narrative,
  summary,
  deviationKeys,
  idPrefix,
  headingLevel,
}: ReportFiguresProps) {
  const values = new Map(metrics.map((metric) => [metric.key, metric.value]));
  const sub = Math.min(headingLevel + 1, 4) as Level;
  const spent = new Map<string, bigint>();
  for (const line of spending) spent.set(line.category, (spent.get(line.category) ?? 0n) + BigInt(line.amountCents));
  const rows =
    summary ??
    BUDGET_CATEGORIES.filter((category) => spent.has(category.key)).map((category) => ({
      category: category.key,
      label: category.label,
      thisPeriodCents: spent.get(category.key) ?? 0n,
    }));

  return (
    <div className="abate-report-figures">
      <Heading level={headingLevel} id={`${idPrefix}-metrics`}>
        Figures
      </Heading>
      {metricGroups().map((group) => (
        <table key={group.key} className="usa-table usa-table--borderless usa-table--compact width-full margin-top-1">
          <caption className="text-bold">{group.title}</caption>
          <thead>
            <tr>
              <th scope="col">Metric</th>
              <th scope="col" className="text-right">
                Figure
              </th>
            </tr>
          </thead>
          <tbody>
            {group.metrics.map((metric) => {
              const flagged = deviationKeys.has(metric.key);
              return (
                <tr key={metric.key} className={flagged ? 'abate-deviation' : undefined} data-metric={metric.key}>
                  <th scope="row" className={metric.partOf ? 'abate-metric-part-cell' : undefined}>
                    {metric.label}
                    {flagged && (
                      <span className="display-block text-bold">Safeguard flag: {metric.expected} expected</span>
                    )}
                  </th>
                  <td className="text-right text-tabular">{formatMetricValue(values.get(metric.key))}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      ))}

      <Heading level={headingLevel} id={`${idPrefix}-spending`}>
        Spending
      </Heading>
      {rows.length === 0 ? (
        <p>No spending reported.</p>
      ) : (
        <table className="usa-table usa-table--borderless usa-table--stacked width-full">
          <caption className="usa-sr-only">
            {summary ? 'Spending this period against the approved budget' : 'Spending this period'}
          </caption>
          <thead>
            <tr>
              <th scope="col">Budget category</th>
              <th scope="col">Spent this period</th>
              {summary && (
                <>
                  <th scope="col">Approved budget</th>
                  <th scope="col">Spent to date</th>
                  <th scope="col">Remaining</th>
                </>
              )}
            </tr>
          </thead>
          <tbody>
            {rows.map((line) => (
              <tr key={line.category}>
                <th scope="row" data-label="Budget category">
                  {line.label}
                </th>
                <td data-label="Spent this period">{formatDollars(line.thisPeriodCents)}</td>
                {'budgetCents' in line && (
                  <>
                    <td data-label="Approved budget">{formatDollars(line.budgetCents)}</td>
                    <td data-label="Spent to date">{formatDollars(line.cumulativeCents)}</td>
                    <td
                      data-label="Remaining"
                      className={BigInt(line.remainingCents) < 0n ? 'text-secondary-dark text-bold' : undefined}
                    >
                      {remainingText(line.remainingCents)}
                    </td>
                  </>
                )}
              </tr>
            ))}
          </tbody>
        </table>
      )}

      <Heading level={headingLevel} id={`${idPrefix}-narrative`}>
        Narrative
      </Heading>
      <Heading level={sub}>Successes</Heading>
      <p className="abate-prose-text margin-top-0">
        {narrative.successes?.trim() ? narrative.successes : 'Not answered.'}
      </p>
      <Heading level={sub}>Challenges</Heading>
      <p className="abate-prose-text margin-top-0">
        {narrative.challenges?.trim() ? narrative.challenges : 'Not answered.'}
      </p>
    </div>
  );
}

/** Safeguard metrics a version's figures put off their expected value (versions carry no check of their own). */
export function deviationKeysOf(metrics: ReadonlyArray<{ key: string; value: number }>): Set<string> {
  const expected = new Map(
    metricGroups().flatMap((group) =>
      group.metrics.filter((m) => m.expected !== undefined).map((m) => [m.key, m.expected as number] as const),
    ),
  );
  return new Set(
    metrics
      .filter((metric) => expected.has(metric.key) && expected.get(metric.key) !== metric.value)
      .map((metric) => metric.key),
  );
}
