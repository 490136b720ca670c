import { Alert, AlertHeading } from '@trussworks/react-uswds';
import type { MetricDefinition, SafeguardDeviation } from '@abate/shared/metrics';
import { metricGroups, metricHint } from '../model/labels';
import {
  CONFIRMABLE_WARNINGS,
  confirmId,
  fieldId,
  fieldMessages,
  metricPart,
  type ReportPart,
  type ReportProblems,
  type ReportValues,
} from '../model/report-form';
import { FieldMessages, fieldMessageIds } from './FieldMessages';

/** "Warrant checks run on people referred: 2 reported where 0 is expected." */
export function deviationText(deviation: SafeguardDeviation): string {
  return `${deviation.label}: ${deviation.actual} reported where ${deviation.expected} is expected.`;
}

/** Safeguard deviations as flags: the program officer sees each one. */
export function SafeguardDeviationFlags({
  deviations,
  headingLevel = 'h4',
  intro,
}: {
  deviations: readonly SafeguardDeviation[];
  headingLevel?: 'h3' | 'h4';
  intro: string;
}) {
  if (deviations.length === 0) return null;
  return (
    <Alert type="warning" className="margin-y-2" id="safeguard-flags">
      <AlertHeading level={headingLevel}>
        {deviations.length === 1 ? 'Safeguard flag' : `Safeguard flags (${deviations.length})`}
      </AlertHeading>
      <p className="usa-alert__text">{intro}</p>
      <ul className="usa-list">
        {deviations.map((deviation) => (
          <li key={deviation.key}>{deviationText(deviation)}</li>
        ))}
      </ul>
    </Alert>
  );
}

interface MetricFieldProps {
  metric: MetricDefinition;
  value: string;
  onChange: (key: string, value: string) => void;
  errors: readonly string[];
  warnings: readonly string[];
  notSaved?: string;
  /** For a field whose warning the grantee confirms (survivors reached above referrals). */
  confirmation?: { field: string; checked: boolean; onChange: (checked: boolean) => void; notSaved?: string };
}

/** One metric: its label (a part is indented under its whole, which its hint names), hint, messages and input. */
function MetricField({ metric, value, onChange, errors, warnings, notSaved, confirmation }: MetricFieldProps) {
  const id = fieldId(`metrics.${metric.key}`);
  const shownNotSaved = notSaved && !errors.includes(notSaved) ? notSaved : undefined;
  const invalid = errors.length > 0 || Boolean(shownNotSaved);
  const describedBy = [`${id}-hint`, ...fieldMessageIds({ id, errors, notSaved: shownNotSaved, warnings })].join(' ');
  return (
    <div className={metric.partOf ? 'abate-metric--part' : undefined} data-metric={metric.key}>
      <div className={`usa-form-group${invalid ? ' usa-form-group--error' : ''}`}>
        <label className={`usa-label${invalid ? ' usa-label--error' : ''}`} htmlFor={id}>
          {metric.label}
        </label>
        <div className="usa-hint" id={`${id}-hint`}>
          {metricHint(metric)}
        </div>
        <FieldMessages id={id} errors={errors} notSaved={shownNotSaved} warnings={warnings} />
        <input
          className={`usa-input usa-input--sm${invalid ? ' usa-input--error' : ''}`}
          id={id}
          name={id}
          type="text"
          inputMode={metric.unit === 'hours' ? 'decimal' : 'numeric'}
          autoComplete="off"
          value={value}
          aria-invalid={invalid ? true : undefined}
          aria-describedby={describedBy}
          onChange={(event) => onChange(metric.key, event.target.value)}
        />
        {confirmation && (
          <div className="usa-checkbox margin-top-1 abate-confirm">
            <input
              className="usa-checkbox__input"
              id={confirmId(confirmation.field)}
              name={confirmId(confirmation.field)}
              type="checkbox"
              checked={confirmation.checked}
              aria-describedby={warnings.length ? `${id}-warning` : undefined}
              onChange={(event) => confirmation.onChange(event.target.checked)}
            />
            <label className="usa-checkbox__label" htmlFor={confirmId(confirmation.field)}>
              I confirm this figure is right
            </label>
            {confirmation.notSaved && (
              <span className="usa-error-message" id={`${confirmId(confirmation.field)}-problem`}>
                <span className="usa-sr-only">Not saved: </span>
                {confirmation.notSaved}
              </span>
            )}
          </div>
        )}
      </div>
    </div>
  );
}

export interface MetricsSectionProps {
  values: ReportValues;
  problems: ReportProblems;
  notSaved: Readonly<Partial<Record<ReportPart, string>>>;
  onMetricChange: (key: string, value: string) => void;
  onConfirm: (field: string, confirmed: boolean) => void;
}

/** The quarterly metrics by group, as the metrics file groups them, each checked as it is typed. */
export function MetricsSection({ values, problems, notSaved, onMetricChange, onConfirm }: MetricsSectionProps) {
  return (
    <section id="section-metrics" aria-labelledby="section-metrics-heading" className="margin-bottom-6">
      <h2 id="section-metrics-heading" tabIndex={-1}>
        Figures for the period
      </h2>
      <p>
        Counts for the reporting period only, as whole numbers (0 if none). Figures are totals: never enter names or
        anything else that identifies a person.
      </p>
      {metricGroups().map((group) => (
        <section
          key={group.key}
          id={`metrics-${group.key}`}
          aria-labelledby={`metrics-${group.key}-heading`}
          className="margin-top-4 border-top-1px border-base-lighter"
        >
          <h3 id={`metrics-${group.key}-heading`} className="margin-bottom-0">
            {group.title}
          </h3>
          {group.intro && <p className="margin-top-1 text-base-dark">{group.intro}</p>}
          {group.key === 'safeguards' && (
            <SafeguardDeviationFlags
              deviations={problems.safeguardDeviations}
              intro="These figures differ from what the program expects. You can still submit: your program officer sees each flag with the report."
            />
          )}
          {group.metrics.map((metric) => {
            const field = `metrics.${metric.key}`;
            const { errors, warnings } = fieldMessages(problems, values, field);
            const confirmable = CONFIRMABLE_WARNINGS.includes(field) && warnings.length > 0;
            return (
              <MetricField
                key={metric.key}
                metric={metric}
                value={values.metrics[metric.key] ?? ''}
                onChange={onMetricChange}
                errors={errors}
                warnings={warnings}
                notSaved={notSaved[metricPart(metric.key)]}
                confirmation={
                  confirmable
                    ? {
                        field,
                        checked: values.confirmedWarnings.includes(field),
                        onChange: (checked) => onConfirm(field, checked),
                        notSaved: notSaved.confirmedWarnings,
                      }
                    : undefined
                }
              />
            );
          })}
        </section>
      ))}
    </section>
  );
}
