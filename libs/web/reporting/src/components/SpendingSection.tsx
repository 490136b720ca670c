import { BUDGET_CATEGORIES } from '@abate/shared/metrics';
import { formatDollars } from '../model/format';
import {
  awardSpendText,
  fieldId,
  fieldMessages,
  SPENDING_ID,
  spendingPart,
  type ReportPart,
  type ReportProblems,
  type ReportValues,
} from '../model/report-form';
import { FieldMessages, fieldMessageIds } from './FieldMessages';

/** "$1,250 left" or "$300 over budget". */
export function remainingText(remaining: string | bigint): string {
  const remainingCents = BigInt(remaining);
  return remainingCents >= 0n ? formatDollars(remainingCents) : `${formatDollars(-remainingCents)} over budget`;
}

export interface SpendingSectionProps {
  values: ReportValues;
  problems: ReportProblems;
  notSaved: Readonly<Partial<Record<ReportPart, string>>>;
  awardCents: string;
  onChange: (category: string, value: string) => void;
  /** The final report restates the grant: its spending is the whole grant's, not one quarter's. */
  isFinal: boolean;
}

/**
 * What was spent this period in each budget category, with the approved budget,
 * spending to date (earlier reports and this one) and what is left beside it.
 */
export function SpendingSection({ values, problems, notSaved, awardCents, onChange, isFinal }: SpendingSectionProps) {
  const totalError = problems.errors.filter((e) => e.field === SPENDING_ID).map((e) => e.message);
  const summary = new Map(problems.spendingSummary.map((line) => [line.category, line]));
  return (
    <section id="section-spending" aria-labelledby="section-spending-heading" className="margin-bottom-6">
      <h2 id="section-spending-heading" tabIndex={-1}>
        Spending
      </h2>
      <p>
        {isFinal
          ? 'What the whole grant paid for, by budget category, in dollars.'
          : 'What the grant paid for in this period, by budget category, in dollars. Enter 0 where nothing was spent.'}{' '}
        Beside each category: the approved budget, spending to date (earlier reports and this one) and what is left.
      </p>
      <div
        id={SPENDING_ID}
        className={`abate-spending${totalError.length ? ' usa-form-group usa-form-group--error' : ''}`}
      >
        {totalError.length > 0 && (
          <span className="usa-error-message" id={`${SPENDING_ID}-error`}>
            <span className="usa-sr-only">Error: </span>
            {totalError.join(' ')}
          </span>
        )}
        <table className="usa-table usa-table--borderless usa-table--stacked width-full">
          <caption className="usa-sr-only">
            Spending this period by budget category, against the approved budget
          </caption>
          <thead>
            <tr>
              <th scope="col">Budget category</th>
              <th scope="col">Spent this period (dollars)</th>
              <th scope="col">Approved budget</th>
              <th scope="col">Spent to date</th>
              <th scope="col">Remaining</th>
            </tr>
          </thead>
          <tbody>
            {BUDGET_CATEGORIES.map((category) => {
              const field = `spending.${category.key}`;
              const id = fieldId(field);
              const { errors, warnings } = fieldMessages(problems, values, field);
              const problem = notSaved[spendingPart(category.key)];
              const shownNotSaved = problem && !errors.includes(problem) ? problem : undefined;
              const invalid = errors.length > 0 || Boolean(shownNotSaved);
              const line = summary.get(category.key);
              return (
                <tr key={category.key} data-category={category.key}>
                  <th scope="row" data-label="Budget category">
                    {category.label}
                  </th>
                  <td data-label="Spent this period (dollars)">
                    <div className={invalid ? 'usa-form-group--error' : undefined}>
                      <label className="usa-sr-only" htmlFor={id}>
                        {`Spent this period on ${category.label} (dollars)`}
                      </label>
                      <FieldMessages id={id} errors={errors} notSaved={shownNotSaved} warnings={warnings} />
                      <div className={`usa-input-group margin-top-0${invalid ? ' usa-input-group--error' : ''}`}>
                        <div className="usa-input-prefix" aria-hidden="true">
                          $
                        </div>
                        <input
                          className="usa-input"
                          id={id}
                          name={id}
                          type="text"
                          inputMode="decimal"
                          autoComplete="off"
                          value={values.spending[category.key] ?? ''}
                          aria-invalid={invalid ? true : undefined}
                          aria-describedby={
                            fieldMessageIds({ id, errors, notSaved: shownNotSaved, warnings }).join(' ') || undefined
                          }
                          onChange={(event) => onChange(category.key, event.target.value)}
                        />
                      </div>
                    </div>
                  </td>
                  <td data-label="Approved budget">{formatDollars(line?.budgetCents ?? 0n)}</td>
                  <td data-label="Spent to date">{formatDollars(line?.cumulativeCents ?? 0n)}</td>
                  <td
                    data-label="Remaining"
                    className={line && line.remainingCents < 0n ? 'text-secondary-dark text-bold' : undefined}
                  >
                    {remainingText(line?.remainingCents ?? 0n)}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
        <p id="spending-total" className="text-bold" aria-live="polite" aria-atomic="true">
          {awardSpendText(problems.spendingSummary, awardCents, formatDollars)}
        </p>
      </div>
    </section>
  );
}
