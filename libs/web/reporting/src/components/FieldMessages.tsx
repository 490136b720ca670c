export interface FieldMessagesProps {
  /** The field's id: messages get `${id}-error`, `${id}-problem` and `${id}-warning`. */
  id: string;
  errors?: readonly string[];
  /** Why the field's text is not saved yet (the text stays on the device). */
  notSaved?: string;
  warnings?: readonly string[];
}

/** The ids of the messages FieldMessages shows, for the control's aria-describedby. */
export function fieldMessageIds({ id, errors = [], notSaved, warnings = [] }: FieldMessagesProps): string[] {
  return [
    errors.length ? `${id}-error` : null,
    notSaved ? `${id}-problem` : null,
    warnings.length ? `${id}-warning` : null,
  ].filter((x): x is string => x !== null);
}

/** Errors (USWDS error message), "not saved" and warnings beside a field. */
export function FieldMessages({ id, errors = [], notSaved, warnings = [] }: FieldMessagesProps) {
  return (
    <>
      {errors.length > 0 && (
        <span className="usa-error-message" id={`${id}-error`}>
          <span className="usa-sr-only">Error: </span>
          {errors.join(' ')}
        </span>
      )}
      {notSaved && (
        <span className="usa-error-message" id={`${id}-problem`}>
          <span className="usa-sr-only">Not saved: </span>
          {notSaved}
        </span>
      )}
      {warnings.length > 0 && (
        <span className="abate-field-warning" id={`${id}-warning`}>
          <span className="usa-sr-only">Warning: </span>
          {warnings.join(' ')}
        </span>
      )}
    </>
  );
}
