import { useEffect, useMemo, useRef } from 'react';
import { emptyTargetRow, type TargetRow } from '../model/form-values';
import { metricGroups } from '../model/labels';
import { FieldProblem } from './fields';
import { EditorSection } from './EditorSection';
import type { SectionProps } from './editor-types';

/** Outcome targets for the whole grant period: a standard quarterly metric and a value each. */
export function TargetsSection({ values, update, notSaved }: SectionProps) {
  const rows = values.targets;
  const groups = useMemo(() => metricGroups(), []);
  const addButton = useRef<HTMLButtonElement>(null);
  const focusAfterRender = useRef<string | null>(null);
  useEffect(() => {
    const id = focusAfterRender.current;
    if (!id) return;
    focusAfterRender.current = null;
    (id === 'add' ? addButton.current : document.getElementById(id))?.focus();
  });

  const setRow = (index: number, patch: Partial<TargetRow>) =>
    update((v) => ({ ...v, targets: v.targets.map((row, i) => (i === index ? { ...row, ...patch } : row)) }));
  const addRow = () => {
    focusAfterRender.current = `targets__${rows.length}__metricKey`;
    update((v) => ({ ...v, targets: [...v.targets, emptyTargetRow()] }));
  };
  const removeRow = (index: number) => {
    const remaining = rows.length - 1;
    focusAfterRender.current = remaining === 0 ? 'add' : `targets__${Math.min(index, remaining - 1)}__metricKey`;
    update((v) => ({ ...v, targets: v.targets.filter((_, i) => i !== index) }));
  };

  const problem = notSaved.targets;
  return (
    <EditorSection id="section-targets" title="Outcome targets">
      <p>
        Set targets for the whole grant period on the standard quarterly metrics you will report. Reviewers use them to
        score the evaluation plan. Reports carry aggregate counts only.
      </p>
      <div id="targets" className={problem ? 'usa-form-group--error' : undefined}>
        {problem && <FieldProblem id="targets-problem">{problem}</FieldProblem>}
        {rows.length === 0 ? (
          <p className="text-base-dark">No targets yet.</p>
        ) : (
          <table className="usa-table usa-table--borderless usa-table--stacked width-full">
            <caption className="usa-sr-only">Outcome targets</caption>
            <thead>
              <tr>
                <th scope="col">Metric</th>
                <th scope="col">Target for the grant period</th>
                <th scope="col">
                  <span className="usa-sr-only">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row, index) => {
                const id = (field: string) => `targets__${index}__${field}`;
                const chosenElsewhere = new Set(rows.filter((_, i) => i !== index).map((other) => other.metricKey));
                return (
                  <tr key={row.rowId}>
                    <td data-label="Metric">
                      <label className="usa-sr-only" htmlFor={id('metricKey')}>
                        Target {index + 1} metric
                      </label>
                      <select
                        className="usa-select margin-top-0"
                        id={id('metricKey')}
                        name={id('metricKey')}
                        value={row.metricKey}
                        onChange={(event) => setRow(index, { metricKey: event.target.value })}
                      >
                        <option value="">- Select a metric -</option>
                        {groups.map((group) => (
                          <optgroup key={group.label} label={group.label}>
                            {group.metrics.map((metric) => (
                              <option key={metric.key} value={metric.key} disabled={chosenElsewhere.has(metric.key)}>
                                {metric.label}
                              </option>
                            ))}
                          </optgroup>
                        ))}
                      </select>
                    </td>
                    <td data-label="Target for the grant period">
                      <label className="usa-sr-only" htmlFor={id('value')}>
                        Target {index + 1} value
                      </label>
                      <input
                        className="usa-input usa-input--small margin-top-0"
                        id={id('value')}
                        name={id('value')}
                        type="text"
                        inputMode="decimal"
                        autoComplete="off"
                        value={row.value}
                        onChange={(event) => setRow(index, { value: event.target.value })}
                      />
                    </td>
                    <td>
                      <button
                        type="button"
                        className="usa-button usa-button--unstyled"
                        onClick={() => removeRow(index)}
                      >
                        Remove<span className="usa-sr-only"> target {index + 1}</span>
                      </button>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        )}
        <button type="button" ref={addButton} className="usa-button usa-button--outline" onClick={addRow}>
          Add a target
        </button>
      </div>
    </EditorSection>
  );
}
