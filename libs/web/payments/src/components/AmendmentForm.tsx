import { useState, type FormEvent } from 'react';
import { useMutation } from 'urql';
import { Alert, Button, Fieldset } from '@trussworks/react-uswds';
import { formatCents } from '@abate/shared/money';
import { BUDGET_CATEGORIES } from '@abate/shared/metrics';
import { apiFieldErrors, toApiErrors, formatCalendarDate } from '@abate/web/core';
import { ErrorSummary, InputField, MoneyField, TextAreaField } from '@abate/web/ui';
import { amendAwardMutation } from '../graphql/payments.documents';
import {
  amendmentFieldId,
  amendmentFieldKey,
  checkAmendment,
  initialAmendmentValues,
  lineKey,
  linesTotal,
  type AmendmentErrors,
  type AmendmentValues,
  type CurrentTerms,
} from '../model/amendment-form';

export interface AmendmentFormProps {
  awardId: string;
  version: number;
  current: CurrentTerms;
  /** After a proposal is saved. */
  onProposed: () => void;
  /** The award changed under the form: reload it. */
  onStale: () => void;
  onCancel: () => void;
}

const summaryOrder = ['form', ...BUDGET_CATEGORIES.map((c) => lineKey(c.key)), 'lines', 'total', 'endDate', 'reason'];

/** "Propose an amendment": the new budget per SF-424A category, an optional new total and end date, and the reason. */
export function AmendmentForm({ awardId, version, current, onProposed, onStale, onCancel }: AmendmentFormProps) {
  const [values, setValues] = useState<AmendmentValues>(() => initialAmendmentValues(current));
  const [errors, setErrors] = useState<AmendmentErrors>({});
  const [stale, setStale] = useState<string | null>(null);
  const [{ fetching }, amend] = useMutation(amendAwardMutation);

  const set = (patch: Partial<AmendmentValues>) => setValues((v) => ({ ...v, ...patch }));
  const setLine = (category: string, text: string) =>
    setValues((v) => ({ ...v, lines: { ...v.lines, [category]: text } }));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setStale(null);
    const check = checkAmendment(values, current);
    if (!check.ok) {
      setErrors(check.errors);
      return;
    }
    setErrors({});
    const result = await amend({ awardId, version, input: check.input });
    if (result.data) {
      onProposed();
      return;
    }
    if (!result.error) return;
    if (toApiErrors(result.error).some((e) => e.code === 'CONFLICT')) {
      setStale(
        'This award was changed by someone else since you opened the form. The page now shows its current terms; check your changes and propose again.',
      );
      onStale();
      return;
    }
    const next: AmendmentErrors = {};
    for (const { message, field } of apiFieldErrors(result.error)) {
      const key = amendmentFieldKey(field, check.input);
      next[key] = next[key] ? `${next[key]} ${message}` : message;
    }
    setErrors(next);
  };

  const summary = summaryOrder
    .filter((key) => errors[key])
    .map((key) => ({ message: errors[key], fieldId: key === 'form' ? undefined : amendmentFieldId(key) }));
  const newTotal = linesTotal(values);

  return (
    <form className="usa-form maxw-none" noValidate onSubmit={(e) => void submit(e)} aria-labelledby="amend-heading">
      <h3 id="amend-heading">Propose an amendment</h3>
      <p className="usa-hint">
        The program officer decides; until then the award keeps its current terms. Award now{' '}
        {formatCents(current.amountCents)}, ending {formatCalendarDate(current.endDate)}.
      </p>
      {stale && (
        <Alert type="warning" slim role="alert">
          <p className="usa-alert__text">{stale}</p>
        </Alert>
      )}
      <ErrorSummary errors={summary} />
      <Fieldset legend="New budget by category" id={amendmentFieldId('lines')} tabIndex={-1}>
        <p className="usa-hint">Prefilled with the current awarded budget. The lines must add up to the total.</p>
        {errors.lines && (
          <span className="usa-error-message" role="alert">
            {errors.lines}
          </span>
        )}
        <div className="grid-row grid-gap">
          {BUDGET_CATEGORIES.map(({ key, label }) => (
            <div className="tablet:grid-col-6" key={key}>
              <MoneyField
                id={amendmentFieldId(lineKey(key))}
                label={label}
                value={values.lines[key] ?? ''}
                onChange={(text) => setLine(key, text)}
                error={errors[lineKey(key)]}
                disabled={fetching}
              />
            </div>
          ))}
        </div>
        <p className="margin-top-2" aria-live="polite">
          Lines add up to <strong>{formatCents(newTotal)}</strong>
        </p>
      </Fieldset>
      <MoneyField
        id={amendmentFieldId('total')}
        label="New award total (optional)"
        hint={`Leave blank to keep ${formatCents(current.amountCents)}.`}
        value={values.total}
        onChange={(total) => set({ total })}
        error={errors.total}
        disabled={fetching}
      />
      <InputField
        id={amendmentFieldId('endDate')}
        type="date"
        width="md"
        label="New end date (optional)"
        hint={`Leave blank to keep ${formatCalendarDate(current.endDate)}.`}
        value={values.endDate}
        onChange={(endDate) => set({ endDate })}
        error={errors.endDate}
        disabled={fetching}
      />
      <TextAreaField
        id={amendmentFieldId('reason')}
        label="Reason (required)"
        hint="Why the award should change: the program officer and the auditors read this."
        value={values.reason}
        onChange={(reason) => set({ reason })}
        error={errors.reason}
        disabled={fetching}
      />
      <div className="margin-top-3">
        <Button type="submit" disabled={fetching}>
          Propose the amendment
        </Button>
        <Button type="button" unstyled className="margin-left-2" onClick={onCancel}>
          Cancel
        </Button>
      </div>
    </form>
  );
}
