import type { ChangeEvent, ReactNode } from 'react';
import {
  Checkbox,
  ErrorMessage,
  Fieldset,
  FormGroup,
  InputGroup,
  InputPrefix,
  Label,
  Select,
  Textarea,
} from '@trussworks/react-uswds';

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

/** Label, hint and inline error the USWDS way; the control is described by the hint and error. */
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

export interface BaseFieldProps {
  id: string;
  label: ReactNode;
  value: string;
  onChange: (value: string) => void;
  hint?: ReactNode;
  error?: string;
  disabled?: boolean;
}

export interface InputFieldProps extends BaseFieldProps {
  type?: 'text' | 'date' | 'datetime-local' | 'number' | 'email' | 'password' | 'search';
  /** USWDS width modifier: 2xs … xl. */
  width?: '2xs' | 'xs' | 'sm' | 'md' | 'lg' | 'xl';
  inputMode?: 'numeric' | 'decimal' | 'text';
  min?: number;
  max?: number;
  autoComplete?: string;
}

export function InputField({
  id,
  label,
  value,
  onChange,
  hint,
  error,
  disabled,
  type = 'text',
  width,
  inputMode,
  min,
  max,
  autoComplete = 'off',
}: InputFieldProps) {
  const className = ['usa-input', error ? 'usa-input--error' : '', width ? `usa-input--${width}` : '']
    .filter(Boolean)
    .join(' ');
  return (
    <FieldShell id={id} label={label} hint={hint} error={error}>
      {(describedBy) => (
        <input
          id={id}
          name={id}
          type={type}
          className={className}
          value={value}
          disabled={disabled}
          inputMode={inputMode}
          min={min}
          max={max}
          autoComplete={autoComplete}
          onChange={(event: ChangeEvent<HTMLInputElement>) => onChange(event.target.value)}
          {...describedBy}
        />
      )}
    </FieldShell>
  );
}

/** Dollars typed with a "$" prefix; the caller parses the text into cents. */
export function MoneyField({ id, label, value, onChange, hint, error, disabled }: BaseFieldProps) {
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
            disabled={disabled}
            onChange={(event: ChangeEvent<HTMLInputElement>) => onChange(event.target.value)}
            {...describedBy}
          />
        </InputGroup>
      )}
    </FieldShell>
  );
}

export interface TextAreaFieldProps extends BaseFieldProps {
  /** Visible lines; 3 unless given. */
  rows?: number;
  className?: string;
  spellCheck?: boolean;
}

export function TextAreaField({
  id,
  label,
  value,
  onChange,
  hint,
  error,
  disabled,
  rows = 3,
  className,
  spellCheck,
}: TextAreaFieldProps) {
  return (
    <FieldShell id={id} label={label} hint={hint} error={error}>
      {(describedBy) => (
        <Textarea
          id={id}
          name={id}
          value={value}
          error={Boolean(error)}
          disabled={disabled}
          rows={rows}
          className={className}
          spellCheck={spellCheck}
          onChange={(event: ChangeEvent<HTMLTextAreaElement>) => onChange(event.target.value)}
          {...describedBy}
        />
      )}
    </FieldShell>
  );
}

export interface SelectFieldProps extends BaseFieldProps {
  options: Array<{ value: string; label: string }>;
  /** Shown first, with an empty value, when nothing is chosen yet. */
  placeholder?: string;
}

export function SelectField({
  id,
  label,
  value,
  onChange,
  hint,
  error,
  disabled,
  options,
  placeholder,
}: SelectFieldProps) {
  return (
    <FieldShell id={id} label={label} hint={hint} error={error}>
      {(describedBy) => (
        <Select
          id={id}
          name={id}
          value={value}
          disabled={disabled}
          validationStatus={error ? 'error' : undefined}
          onChange={(event: ChangeEvent<HTMLSelectElement>) => onChange(event.target.value)}
          {...describedBy}
        >
          {placeholder !== undefined && <option value="">{placeholder}</option>}
          {options.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </Select>
      )}
    </FieldShell>
  );
}

export interface CheckboxesFieldProps<T extends string> {
  /** Prefix of the checkbox ids; the first checkbox's id is `${id}-${options[0].value}`. */
  id: string;
  legend: string;
  options: Array<{ value: T; label: string }>;
  value: readonly T[];
  onChange: (value: T[]) => void;
  hint?: ReactNode;
  error?: string;
  disabled?: boolean;
}

/** The id an error summary links to: the group's first checkbox. */
export const firstCheckboxId = (id: string, firstValue: string) => `${id}-${firstValue}`;

export function CheckboxesField<T extends string>({
  id,
  legend,
  options,
  value,
  onChange,
  hint,
  error,
  disabled,
}: CheckboxesFieldProps<T>) {
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const toggle = (option: T, checked: boolean) =>
    // Kept in the options' order whatever order they were ticked in.
    onChange(options.map((o) => o.value).filter((v) => (v === option ? checked : value.includes(v))));
  return (
    <FormGroup error={Boolean(error)}>
      <Fieldset legend={legend} aria-describedby={[hintId, errorId].filter(Boolean).join(' ') || undefined}>
        {hint && (
          <div className="usa-hint" id={hintId}>
            {hint}
          </div>
        )}
        {error && <ErrorMessage id={errorId}>{error}</ErrorMessage>}
        {options.map((option) => (
          <Checkbox
            key={option.value}
            id={firstCheckboxId(id, option.value)}
            name={id}
            value={option.value}
            label={option.label}
            checked={value.includes(option.value)}
            disabled={disabled}
            onChange={(event: ChangeEvent<HTMLInputElement>) => toggle(option.value, event.target.checked)}
          />
        ))}
      </Fieldset>
    </FormGroup>
  );
}
