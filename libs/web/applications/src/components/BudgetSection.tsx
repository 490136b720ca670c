import { useEffect, useRef } from 'react';
import { formatDollars } from '@abate/shared/checklist';
import { BUDGET_CATEGORIES } from '@abate/shared/metrics';
import { budgetTotalOf, emptyBudgetRow, type BudgetRow } from '../model/form-values';
import { parseDollars } from '../model/money';
import { FieldProblem } from './fields';
import { EditorSection } from './EditorSection';
import type { SectionProps } from './editor-types';

/** The running total against the requested amount, in words. */
function totalMessage(totalCents: bigint, requestedText: string): string {
  const requested = parseDollars(requestedText);
  const total = `Budget total: ${formatDollars(totalCents)}`;
  if (!requested.ok || requested.cents === null) return `${total}. Enter the requested amount under About to compare.`;
  const base = `${total} of ${formatDollars(requested.cents)} requested.`;
  if (totalCents === requested.cents) return `${base} The lines add up to the requested amount.`;
  if (totalCents < requested.cents) return `${base} ${formatDollars(requested.cents - totalCents)} left to allocate.`;
  return `${base} ${formatDollars(totalCents - requested.cents)} more than requested.`;
}

/** Budget lines (category, description, amount in dollars) with a running total; added and removed in place. */
export function BudgetSection({ values, update, notSaved }: SectionProps) {
  const rows = values.budgetLines;
  const addButton = useRef<HTMLButtonElement>(null);
  // After adding or removing a line, focus goes where the keyboard user expects it.
  const focusAfterRender = useRef<string | null>(null);
  useEffect(() => {
    const id = focusAfterRender.current;
    if (!id) return;
    focusAfterRender.current = null;
    (id === 'add' ? addButton.current : document.getElementById(id))?.focus();
  });

  const setRow = (index: number, patch: Partial<BudgetRow>) =>
    update((v) => ({ ...v, budgetLines: v.budgetLines.map((row, i) => (i === index ? { ...row, ...patch } : row)) }));
  const addRow = () => {
    focusAfterRender.current = `budgetLines__${rows.length}__category`;
    update((v) => ({ ...v, budgetLines: [...v.budgetLines, emptyBudgetRow()] }));
  };
  const removeRow = (index: number) => {
    const remaining = rows.length - 1;
    focusAfterRender.current = remaining === 0 ? 'add' : `budgetLines__${Math.min(index, remaining - 1)}__category`;
    update((v) => ({ ...v, budgetLines: v.budgetLines.filter((_, i) => i !== index) }));
  };

  const problem = notSaved.budgetLines;
  return (
    <EditorSection id="section-budget" title="Budget">
      <p>
        List what the grant will pay for, by budget category. The lines must add up to the requested amount. Include a
        supplies line for naloxone and test strips.
      </p>
      <div id="budgetLines" className={`abate-budget${problem ? ' usa-form-group--error' : ''}`}>
        {problem && <FieldProblem id="budgetLines-problem">{problem}</FieldProblem>}
        {rows.length === 0 ? (
          <p className="text-base-dark">No budget lines yet.</p>
        ) : (
          <table className="usa-table usa-table--borderless usa-table--stacked width-full">
            <caption className="usa-sr-only">Budget lines</caption>
            <thead>
              <tr>
                <th scope="col">Category</th>
                <th scope="col">Description</th>
                <th scope="col">Amount (dollars)</th>
                <th scope="col">
                  <span className="usa-sr-only">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row, index) => {
                const id = (field: string) => `budgetLines__${index}__${field}`;
                const line = `Line ${index + 1}`;
                return (
                  <tr key={row.rowId}>
                    <td data-label="Category">
                      <label className="usa-sr-only" htmlFor={id('category')}>
                        {line} category
                      </label>
                      <select
                        className="usa-select margin-top-0"
                        id={id('category')}
                        name={id('category')}
                        value={row.category}
                        onChange={(event) => setRow(index, { category: event.target.value })}
                      >
                        <option value="">- Select -</option>
                        {BUDGET_CATEGORIES.map((category) => (
                          <option key={category.key} value={category.key}>
                            {category.label}
                          </option>
                        ))}
                      </select>
                    </td>
                    <td data-label="Description">
                      <label className="usa-sr-only" htmlFor={id('description')}>
                        {line} description
                      </label>
                      <input
                        className="usa-input margin-top-0"
                        id={id('description')}
                        name={id('description')}
                        type="text"
                        autoComplete="off"
                        value={row.description}
                        onChange={(event) => setRow(index, { description: event.target.value })}
                      />
                    </td>
                    <td data-label="Amount (dollars)">
                      <label className="usa-sr-only" htmlFor={id('amountCents')}>
                        {line} amount (dollars)
                      </label>
                      <div className="usa-input-group margin-top-0">
                        <div className="usa-input-prefix" aria-hidden="true">
                          $
                        </div>
                        <input
                          className="usa-input"
                          id={id('amountCents')}
                          name={id('amountCents')}
                          type="text"
                          inputMode="decimal"
                          autoComplete="off"
                          value={row.amount}
                          onChange={(event) => setRow(index, { amount: event.target.value })}
                        />
                      </div>
                    </td>
                    <td>
                      <button
                        type="button"
                        className="usa-button usa-button--unstyled"
                        onClick={() => removeRow(index)}
                      >
                        Remove<span className="usa-sr-only"> line {index + 1}</span>
                      </button>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        )}
        <button type="button" ref={addButton} className="usa-button usa-button--outline" onClick={addRow}>
          Add a budget line
        </button>
        <p id="budget-total" className="text-bold" aria-live="polite" aria-atomic="true">
          {totalMessage(budgetTotalOf(values), values.requested)}
        </p>
      </div>
    </EditorSection>
  );
}
