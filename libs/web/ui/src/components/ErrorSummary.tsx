import { useEffect, useRef, type MouseEvent } from 'react';
import { Alert, AlertHeading } from '@trussworks/react-uswds';

export interface FormError {
  message: string;
  /** id of the input at fault; the summary links to it. */
  fieldId?: string;
}

export interface ErrorSummaryProps {
  errors: FormError[];
}

/** USWDS/GOV.UK error summary: takes focus when errors appear, and links each error to its field. */
export function ErrorSummary({ errors }: ErrorSummaryProps) {
  const ref = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (errors.length > 0) ref.current?.focus();
  }, [errors]);

  if (errors.length === 0) return null;

  const focusField = (event: MouseEvent<HTMLAnchorElement>, fieldId: string) => {
    // Focusing the input (not just scrolling to it) lets the user fix the error at once.
    event.preventDefault();
    document.getElementById(fieldId)?.focus();
  };

  return (
    <div ref={ref} tabIndex={-1} aria-labelledby="error-summary-heading" className="margin-bottom-3">
      <Alert type="error" role="alert">
        <AlertHeading level="h2" id="error-summary-heading">
          There is a problem
        </AlertHeading>
        {/* Without .usa-list: inside an alert that class indents the list past the heading. */}
        <ul className="usa-list--unstyled margin-top-1">
          {errors.map(({ message, fieldId }) => (
            <li key={`${fieldId ?? ''}:${message}`}>
              {fieldId ? (
                <a className="usa-link" href={`#${fieldId}`} onClick={(event) => focusField(event, fieldId)}>
                  {message}
                </a>
              ) : (
                message
              )}
            </li>
          ))}
        </ul>
      </Alert>
    </div>
  );
}
