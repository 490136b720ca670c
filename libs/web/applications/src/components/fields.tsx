import { useEffect, useRef, useState, type ChangeEvent, type ReactNode } from 'react';

const joinIds = (...ids: Array<string | false | null | undefined>) => ids.filter(Boolean).join(' ') || undefined;

/** "Not saved yet" under a field whose text the API would refuse; the text itself stays. */
export function FieldProblem({ id, children }: { id: string; children: ReactNode }) {
  return (
    <span className="usa-error-message" id={id}>
      <span className="usa-sr-only">Not saved: </span>
      {children}
    </span>
  );
}

export interface TextInputFieldProps {
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  hint?: ReactNode;
  problem?: string;
  /** Shown before the input, e.g. "$" (usa-input-prefix). */
  prefix?: string;
  inputMode?: 'text' | 'decimal' | 'numeric';
  className?: string;
  autoComplete?: string;
}

/** Label, hint, "not saved" message and input, each wired to the input by id. */
export function TextInputField({
  id,
  label,
  value,
  onChange,
  hint,
  problem,
  prefix,
  inputMode,
  className,
  autoComplete = 'off',
}: TextInputFieldProps) {
  const hintId = `${id}-hint`;
  const problemId = `${id}-problem`;
  const input = (
    <input
      className={`usa-input${problem ? ' usa-input--error' : ''}${className ? ` ${className}` : ''}`}
      id={id}
      name={id}
      type="text"
      inputMode={inputMode}
      autoComplete={autoComplete}
      value={value}
      aria-invalid={problem ? true : undefined}
      aria-describedby={joinIds(hint ? hintId : undefined, problem ? problemId : undefined)}
      onChange={(event: ChangeEvent<HTMLInputElement>) => onChange(event.target.value)}
    />
  );
  return (
    <div className={`usa-form-group${problem ? ' usa-form-group--error' : ''}`}>
      <label className={`usa-label${problem ? ' usa-label--error' : ''}`} htmlFor={id}>
        {label}
      </label>
      {hint && (
        <div className="usa-hint" id={hintId}>
          {hint}
        </div>
      )}
      {problem && <FieldProblem id={problemId}>{problem}</FieldProblem>}
      {prefix ? (
        <div className={`usa-input-group${problem ? ' usa-input-group--error' : ''}`}>
          <div className="usa-input-prefix" aria-hidden="true">
            {prefix}
          </div>
          {input}
        </div>
      ) : (
        input
      )}
    </div>
  );
}

const formatCount = (n: number) => n.toLocaleString('en-US');

function countMessage(length: number, max: number): string {
  if (length === 0) return `${formatCount(max)} characters allowed`;
  const left = max - length;
  if (left === 1) return '1 character left';
  if (left === -1) return '1 character over limit';
  return left >= 0 ? `${formatCount(left)} characters left` : `${formatCount(-left)} characters over limit`;
}

export interface CharacterCountTextareaProps {
  id: string;
  value: string;
  onChange: (value: string) => void;
  maxLength: number;
  /** Ids of the hint and messages that describe the field, besides the count. */
  describedBy?: Array<string | false | null | undefined>;
  invalid?: boolean;
  rows?: number;
}

/**
 * The textarea of a USWDS character count (usa-character-count): the limit is
 * announced, the count shown, and text past the limit is kept (marked, not cut),
 * so nothing typed or pasted is lost. The caller renders the label and wraps it
 * in `usa-form-group usa-character-count`.
 */
export function CharacterCountTextarea({
  id,
  value,
  onChange,
  maxLength,
  describedBy = [],
  invalid,
  rows = 8,
}: CharacterCountTextareaProps) {
  const over = value.length > maxLength;
  const message = countMessage(value.length, maxLength);
  // Screen readers hear the count once typing pauses, as the USWDS script does (not on page load).
  const [spoken, setSpoken] = useState('');
  const typed = useRef(false);
  useEffect(() => {
    if (!typed.current) return;
    const timer = setTimeout(() => setSpoken(message), 1000);
    return () => clearTimeout(timer);
  }, [message]);

  return (
    <>
      <textarea
        className={`usa-textarea usa-character-count__field${over || invalid ? ' usa-input--error' : ''}`}
        id={id}
        name={id}
        rows={rows}
        value={value}
        aria-invalid={over || invalid ? true : undefined}
        aria-describedby={joinIds(...describedBy, `${id}-info`)}
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
    </>
  );
}
