import { useEffect, useRef, type MouseEvent } from 'react';
import { Alert, AlertHeading, Button } from '@trussworks/react-uswds';
import type { ApiError, SubmitFailure } from '@abate/web/core';
import { fieldId, focusField } from '../model/field-ids';
import type { PartKey } from '../model/form-values';
import { responsePart, itemKeyOfPart } from '../model/form-values';
import { EditorSection } from './EditorSection';

interface Problem {
  field: string;
  message: string;
}

/** The element id a not-saved part points at. */
function partFieldId(part: PartKey): string {
  const itemKey = itemKeyOfPart(part);
  return itemKey !== null ? fieldId(`${responsePart(itemKey)}.narrative`) : fieldId(part);
}

function ProblemLink({ id, children }: { id: string; children: string }) {
  const onClick = (event: MouseEvent<HTMLAnchorElement>) => {
    // Focus the field itself, not just scroll to it, so it can be fixed at once.
    if (focusField(id)) event.preventDefault();
  };
  return (
    <a className="usa-link" href={`#${id}`} onClick={onClick}>
      {children}
    </a>
  );
}

function ProblemList({ problems }: { problems: readonly Problem[] }) {
  return (
    <ul className="usa-list">
      {problems.map((problem, index) => (
        <li key={`${problem.field}-${index}`}>
          <ProblemLink id={fieldId(problem.field)}>{problem.message}</ProblemLink>
        </li>
      ))}
    </ul>
  );
}

const failureHeadings: Partial<Record<ApiError['code'], string>> = {
  DEADLINE_PASSED: 'The deadline has passed',
  CONFLICT: 'Someone else saved this application',
  INVALID_STATE: 'The application can’t be submitted',
  BAD_USER_INPUT: 'The application has problems to fix',
  NETWORK: 'Abate could not be reached',
  UNAUTHENTICATED: 'You are signed out',
};

function SubmitFailureAlert({ failure }: { failure: SubmitFailure }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => ref.current?.focus(), [failure]);
  const heading =
    failure.kind === 'unsaved'
      ? 'Your changes are not all saved'
      : (failureHeadings[failure.error.code] ?? 'The application was not submitted');
  const message =
    failure.kind === 'unsaved'
      ? failure.message
      : failure.error.code === 'NETWORK'
        ? 'Check your connection, then try again. Your application was not submitted.'
        : failure.error.message;
  const field = failure.kind === 'api' && failure.error.code === 'BAD_USER_INPUT' ? failure.error.field : undefined;
  return (
    <div ref={ref} tabIndex={-1} className="margin-bottom-2" id="submit-error">
      <Alert type="error" role="alert">
        <AlertHeading level="h3">{heading}</AlertHeading>
        <p className="usa-alert__text">{field ? <ProblemLink id={fieldId(field)}>{message}</ProblemLink> : message}</p>
        {failure.kind === 'api' && failure.error.code !== 'NETWORK' && failure.error.code !== 'BAD_USER_INPUT' && (
          <p className="usa-alert__text">Your application was not submitted.</p>
        )}
      </Alert>
    </div>
  );
}

export interface ReviewSectionProps {
  errors: readonly Problem[];
  warnings: readonly Problem[];
  /** Changed parts that are not saved, and why. */
  unsaved: ReadonlyArray<{ part: PartKey; label: string; message: string }>;
  closesAtLocal: string;
  submitting: boolean;
  failure: SubmitFailure | null;
  onSubmit: () => void;
}

/**
 * Every validation error (blocking) and warning (advice), each a link to its
 * field; submitting is disabled, and says why, while any error remains.
 */
export function ReviewSection({
  errors,
  warnings,
  unsaved,
  closesAtLocal,
  submitting,
  failure,
  onSubmit,
}: ReviewSectionProps) {
  const blocked = errors.length > 0;
  return (
    <EditorSection id="section-review" title="Review and submit">
      {blocked ? (
        <div id="review-errors">
          <h3 className="margin-bottom-1">
            {errors.length === 1
              ? '1 problem to fix before you can submit'
              : `${errors.length} problems to fix before you can submit`}
          </h3>
          <ProblemList problems={errors} />
        </div>
      ) : (
        <Alert type="success" slim className="margin-bottom-3" id="review-ready">
          <p className="usa-alert__text">No problems found: the application is ready to submit.</p>
        </Alert>
      )}

      {warnings.length > 0 && (
        <div id="review-warnings">
          <h3 className="margin-bottom-1">Advice ({warnings.length})</h3>
          <p className="margin-top-0">
            These do not stop you submitting, but reviewers may score the application lower.
          </p>
          <ProblemList problems={warnings} />
        </div>
      )}

      {unsaved.length > 0 && (
        <div id="review-unsaved">
          <h3 className="margin-bottom-1">Changes not saved yet</h3>
          <ul className="usa-list">
            {unsaved.map(({ part, label, message }) => (
              <li key={part}>
                <ProblemLink id={partFieldId(part)}>{`${label}: ${message}`}</ProblemLink>
              </li>
            ))}
          </ul>
        </div>
      )}

      <div className="margin-top-4">
        {failure && <SubmitFailureAlert failure={failure} />}
        <Button type="button" onClick={onSubmit} disabled={blocked || submitting} aria-describedby="submit-help">
          {submitting ? 'Submitting…' : 'Submit application'}
        </Button>
        <p id="submit-help" className="usa-hint">
          {blocked
            ? `You can submit once ${errors.length === 1 ? 'the problem above is' : `the ${errors.length} problems above are`} fixed.`
            : `Submitting saves your latest changes and sends the application for review. You can withdraw it until the round closes (${closesAtLocal}).`}
        </p>
      </div>
    </EditorSection>
  );
}
