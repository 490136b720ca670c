import type { ChangeEvent, ReactNode } from 'react';
import { ErrorMessage, FormGroup, InputGroup, InputPrefix, Label, Textarea } from '@trussworks/react-uswds';

interface DescribedBy {
  'aria-describedby'?: string;
  'aria-invalid'?: true;
}

interface FieldShellProps {
  id: string;
  label: ReactNode;
  hint?: ReactNode;
  error?: string;
  children: (describedBy: DescribedBy) => ReactNode;
}

/** Label, hint and inline error the USWDS way; the control is described by the hint and the error. */
function FieldShell({ id, label, hint, error, children }: FieldShellProps) {
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(' ') || undefined;
  return (
    <FormGroup error={Boolean(error)}>
      <Label htmlFor={id} error={Boolean(error)}>
        {label}
      </Label>
      {hint && (
        <div className="usa-hint" id={hintId}>
          {hint}
        </div>
      )}
      {error && <ErrorMessage id={errorId}>{error}</ErrorMessage>}
      {children({ 'aria-describedby': describedBy, 'aria-invalid': error ? true : undefined })}
    </FormGroup>
  );
}

interface FieldProps {
  id: string;
  label: ReactNode;
  value: string;
  onChange: (value: string) => void;
  hint?: ReactNode;
  error?: string;
}

/** Dollars typed with a "$" prefix; the caller parses the text into cents. */
export function MoneyField({ id, label, value, onChange, hint, error }: FieldProps) {
  return (
    <FieldShell id={id} label={label} hint={hint} error={error}>
      {(describedBy) => (
        <InputGroup error={Boolean(error)} className="usa-input--md">
          <InputPrefix>$</InputPrefix>
          <input
            id={id}
            name={id}
            type="text"
            inputMode="decimal"
            autoComplete="off"
            className={`usa-input${error ? ' usa-input--error' : ''}`}
            value={value}
            onChange={(event: ChangeEvent<HTMLInputElement>) => onChange(event.target.value)}
            {...describedBy}
          />
        </InputGroup>
      )}
    </FieldShell>
  );
}

export function NumberField({ id, label, value, onChange, hint, error }: FieldProps) {
  return (
    <FieldShell id={id} label={label} hint={hint} error={error}>
      {(describedBy) => (
        <input
          id={id}
          name={id}
          type="text"
          inputMode="numeric"
          autoComplete="off"
          className={`usa-input usa-input--xs${error ? ' usa-input--error' : ''}`}
          value={value}
          onChange={(event: ChangeEvent<HTMLInputElement>) => onChange(event.target.value)}
          {...describedBy}
        />
      )}
    </FieldShell>
  );
}

export function TextAreaField({ id, label, value, onChange, hint, error, rows = 3 }: FieldProps & { rows?: number }) {
  return (
    <FieldShell id={id} label={label} hint={hint} error={error}>
      {(describedBy) => (
        <Textarea
          id={id}
          name={id}
          value={value}
          rows={rows}
          error={Boolean(error)}
          onChange={(event: ChangeEvent<HTMLTextAreaElement>) => onChange(event.target.value)}
          {...describedBy}
        />
      )}
    </FieldShell>
  );
}
