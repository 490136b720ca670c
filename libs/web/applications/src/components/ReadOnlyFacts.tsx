import { formatDollars } from '@abate/shared/checklist';
import type { LawEnforcementRole } from '@abate/web/core';
import { budgetCategoryLabel, lawEnforcementLabel, metricLabel } from '../model/labels';

/*
 * An application's answers as read back, not edited: shown to its applicant once
 * it is submitted (ApplicationReadOnly) and to its reviewers (reviews' ApplicationFacts).
 * The callers give the headings and the surrounding list.
 */

export interface LawEnforcementFactsProps {
  lawEnforcementRole: LawEnforcementRole | null;
  warrantChecks: boolean | null;
}

/** The police role and warrant checks as term/description pairs, for the caller's `<dl>`. */
export function LawEnforcementFacts({ lawEnforcementRole, warrantChecks }: LawEnforcementFactsProps) {
  return (
    <>
      <dt className="text-bold">Role of police in the program</dt>
      <dd className="margin-left-0 margin-bottom-2">{lawEnforcementLabel(lawEnforcementRole)}</dd>
      <dt className="text-bold">Warrant checks on people referred</dt>
      <dd className="margin-left-0 margin-bottom-2">
        {warrantChecks === null ? 'Not answered' : warrantChecks ? 'Yes' : 'No'}
      </dd>
    </>
  );
}

export interface BudgetTableProps {
  lines: ReadonlyArray<{ category: string; description: string; amountCents: string | bigint }>;
  totalCents: string | bigint;
}

/** The budget lines with their total, or "No budget lines." */
export function BudgetTable({ lines, totalCents }: BudgetTableProps) {
  if (lines.length === 0) return <p>No budget lines.</p>;
  return (
    <table className="usa-table usa-table--borderless width-full">
      <caption className="usa-sr-only">Budget lines</caption>
      <thead>
        <tr>
          <th scope="col">Category</th>
          <th scope="col">Description</th>
          <th scope="col" className="text-right">
            Amount
          </th>
        </tr>
      </thead>
      <tbody>
        {lines.map((line, index) => (
          <tr key={index}>
            <td>{budgetCategoryLabel(line.category)}</td>
            <td>{line.description}</td>
            <td className="text-right">{formatDollars(line.amountCents)}</td>
          </tr>
        ))}
      </tbody>
      <tfoot>
        <tr>
          <th scope="row" colSpan={2}>
            Total
          </th>
          <td className="text-right text-bold">{formatDollars(totalCents)}</td>
        </tr>
      </tfoot>
    </table>
  );
}

export interface TargetsTableProps {
  targets: ReadonlyArray<{ metricKey: string; value: number }>;
  /** The table's name for screen readers. */
  caption: string;
}

/** The outcome targets, metric by metric, or "No targets." */
export function TargetsTable({ targets, caption }: TargetsTableProps) {
  if (targets.length === 0) return <p>No targets.</p>;
  return (
    <table className="usa-table usa-table--borderless width-full">
      <caption className="usa-sr-only">{caption}</caption>
      <thead>
        <tr>
          <th scope="col">Metric</th>
          <th scope="col" className="text-right">
            Target
          </th>
        </tr>
      </thead>
      <tbody>
        {targets.map((target) => (
          <tr key={target.metricKey}>
            <td>{metricLabel(target.metricKey)}</td>
            <td className="text-right">{target.value.toLocaleString('en-US')}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
