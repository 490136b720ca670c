import { useEffect, useRef, useState, type ReactNode } from 'react';
import { FieldMessages } from './FieldMessages';

const formatCount = (n: number) => n.toLocaleString('en-US');

/** "5,000 characters allowed", "4,870 characters left", "12 characters over limit". */
export function countMessage(length: number, max: number): string {
  if (length === 0) return `${formatCount(max)} characters allowed`;
  const left = max - length;
  if (left === 1) return '1 character left';
  if (left === -1) return '1 character over limit';
  return left >= 0 ? `${formatCount(left)} characters left` : `${formatCount(-left)} characters over limit`;
}

export interface CharacterCountFieldProps {
  id: string;
  label: string;
  hint?: ReactNode;
  value: string;
  onChange: (value: string) => void;
  maxLength: number;
  errors?: readonly string[];
  notSaved?: string;
  rows?: number;
}

/**
 * A USWDS character count (usa-character-count) whose text past the limit is
 * kept and marked, not cut, so nothing typed or pasted is lost. The count is
 * shown at once and read out once typing pauses, as the USWDS script does.
 */
export function CharacterCountField({
  id,
  label,
  hint,
  value,
  onChange,
  maxLength,
  errors = [],
  notSaved,
  rows = 8,
}: CharacterCountFieldProps) {
  const over = value.length > maxLength;
  const message = countMessage(value.length, maxLength);
  const [spoken, setSpoken] = useState('');
  const typed = useRef(false);
  useEffect(() => {
    if (!typed.current) return;
    const timer = setTimeout(() => setSpoken(message), 1000);
    return () => clearTimeout(timer);
  }, [message]);

  const shownNotSaved = notSaved && !errors.includes(notSaved) ? notSaved : undefined;
  const invalid = over || errors.length > 0 || Boolean(shownNotSaved);
  const describedBy = [
    hint ? `${id}-hint` : null,
    errors.length ? `${id}-error` : null,
    shownNotSaved ? `${id}-problem` : null,
    `${id}-info`,
  ]
    .filter(Boolean)
    .join(' ');

  return (
    <div className={`usa-form-group usa-character-count${invalid ? ' usa-form-group--error' : ''}`}>
      <label className={`usa-label${invalid ? ' usa-label--error' : ''}`} htmlFor={id}>
        {label}
      </label>
      {hint && (
        <div className="usa-hint" id={`${id}-hint`}>
          {hint}
        </div>
      )}
      <FieldMessages id={id} errors={errors} notSaved={shownNotSaved} />
      <textarea
        className={`usa-textarea usa-character-count__field${invalid ? ' usa-input--error' : ''}`}
        id={id}
        name={id}
        rows={rows}
        value={value}
        aria-invalid={invalid ? true : undefined}
        aria-describedby={describedBy}
        onChange={(event) => {
          typed.current = true;
          onChange(event.target.value);
        }}
      />
      <span id={`${id}-info`} className="usa-sr-only">
        You can enter up to {formatCount(maxLength)} characters
      </span>
      <div
        className={`usa-hint usa-character-count__status${over ? ' usa-character-count__status--invalid' : ''}`}
        aria-hidden="true"
      >
        {message}
      </div>
      <div className="usa-character-count__sr-status usa-sr-only" aria-live="polite">
        {spoken}
      </div>
    </div>
  );
}
