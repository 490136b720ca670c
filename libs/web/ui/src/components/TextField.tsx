import type { ChangeEvent } from 'react';
import { ErrorMessage, FormGroup, Label, TextInput, type TextInputProps } from '@trussworks/react-uswds';

export interface TextFieldProps {
  id: string;
  label: string;
  type: TextInputProps['type'];
  value: string;
  onChange: (value: string) => void;
  error?: string;
  autoComplete?: string;
  hint?: string;
}

/** Label, inline error and input wired together the USWDS way. */
export function TextField({ id, label, type, value, onChange, error, autoComplete, hint }: TextFieldProps) {
  const errorId = `${id}-error`;
  return (
    <FormGroup error={Boolean(error)}>
      <Label htmlFor={id} error={Boolean(error)} hint={hint}>
        {label}
      </Label>
      {error && <ErrorMessage id={errorId}>{error}</ErrorMessage>}
      <TextInput
        id={id}
        name={id}
        type={type}
        value={value}
        autoComplete={autoComplete}
        validationStatus={error ? 'error' : undefined}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? errorId : undefined}
        onChange={(event: ChangeEvent<HTMLInputElement>) => onChange(event.target.value)}
      />
    </FormGroup>
  );
}
