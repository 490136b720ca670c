import { useEffect, useRef, useState } from 'react';
import { Alert, AlertHeading, Button, ButtonGroup } from '@trussworks/react-uswds';
import type { ApiError, SubmitFailure } from '@abate/web/core';
import { confirmId, fieldId, SPENDING_ID, type FieldMessage } from '../model/report-form';
import { ControlLink } from './ControlLink';

/** The element a submit error's field points at: a confirmation's checkbox, a figure, or the spending table. */
export function submitErrorTarget(field: string, message: string): string {
  if (/^confirm this figure/i.test(message)) return confirmId(field);
  if (/^spending\.\d+/.test(field) || field === 'spending') return SPENDING_ID;
  return fieldId(field);
}

const failureHeadings: Partial<Record<ApiError['code'], string>> = {
  BAD_USER_INPUT: 'The report has problems to fix',
  CONFLICT: 'Someone else saved this report',
  INVALID_STATE: 'The report can’t be submitted',
  FORBIDDEN: 'You can’t submit this report',
  NETWORK: 'Abate could not be reached',
  UNAUTHENTICATED: 'You are signed out',
};

function SubmitFailureAlert({ failure }: { failure: SubmitFailure }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => ref.current?.focus(), [failure]);
  const heading =
    failure.kind === 'unsaved'
      ? 'Your changes are not all saved'
      : (failureHeadings[failure.error.code] ?? 'The report was not submitted');
  const message =
    failure.kind === 'unsaved'
      ? failure.message
      : failure.error.code === 'NETWORK'
        ? 'Check your connection, then try again.'
        : failure.error.message;
  const field = failure.kind === 'api' && failure.error.code === 'BAD_USER_INPUT' ? failure.error.field : undefined;
  return (
    <div ref={ref} tabIndex={-1} className="margin-bottom-2" id="submit-report-error">
      <Alert type="error" role="alert">
        <AlertHeading level="h3">{heading}</AlertHeading>
        <p className="usa-alert__text">
          {field ? <ControlLink id={submitErrorTarget(field, message)}>{message}</ControlLink> : message}
        </p>
        <p className="usa-alert__text">Your report was not submitted.</p>
      </Alert>
    </div>
  );
}

function ProblemList({ problems }: { problems: ReadonlyArray<FieldMessage & { targetId: string }> }) {
  return (
    <ul className="usa-list">
      {problems.map((problem, index) => (
        <li key={`${problem.field}-${index}`}>
          <ControlLink id={problem.targetId}>{problem.message}</ControlLink>
        </li>
      ))}
    </ul>
  );
}

export interface SubmitReportSectionProps {
  /** What stops submitting, each with the element it links to. */
  errors: ReadonlyArray<FieldMessage & { targetId: string }>;
  warnings: ReadonlyArray<FieldMessage & { targetId: string }>;
  /** Changed parts that are not saved, and why. */
  unsaved: ReadonlyArray<{ part: string; text: string; targetId: string }>;
  /** Sent back by the program officer: this is a resubmission. */
  resubmission: boolean;
  reportName: string;
  submitting: boolean;
  failure: SubmitFailure | null;
  /** Resolves true once submitted. */
  onSubmit: () => Promise<boolean>;
}

/**
 * Every problem that stops submitting (each a link to its field), the advice,
 * and "Submit report", enabled once nothing blocks it, with a confirmation step.
 */
export function SubmitReportSection({
  errors,
  warnings,
  unsaved,
  resubmission,
  reportName,
  submitting,
  failure,
  onSubmit,
}: SubmitReportSectionProps) {
  const [confirming, setConfirming] = useState(false);
  const confirmHeading = useRef<HTMLHeadingElement>(null);
  const openButton = useRef<HTMLButtonElement>(null);
  const wasConfirming = useRef(false);
  /** After a failed submit the failure alert takes focus, not the button. */
  const failed = useRef(false);
  const blocked = errors.length > 0;
  const showConfirm = confirming && !blocked;

  useEffect(() => {
    if (showConfirm) confirmHeading.current?.focus();
    else if (wasConfirming.current && !failed.current) openButton.current?.focus();
    wasConfirming.current = showConfirm;
    failed.current = false;
  }, [showConfirm]);

  const confirm = async () => {
    const submitted = await onSubmit();
    if (!submitted) {
      failed.current = true;
      setConfirming(false);
    }
  };

  return (
    <section id="section-submit" aria-labelledby="section-submit-heading" className="margin-bottom-6">
      <h2 id="section-submit-heading" tabIndex={-1}>
        {resubmission ? 'Check and submit again' : 'Check and submit'}
      </h2>
      {blocked ? (
        <div id="report-errors">
          <h3 className="margin-bottom-1">
            {errors.length === 1
              ? '1 problem to fix before you can submit'
              : `${errors.length} problems to fix before you can submit`}
          </h3>
          <ProblemList problems={errors} />
        </div>
      ) : (
        <Alert type="success" slim className="margin-bottom-3" id="report-ready">
          <p className="usa-alert__text">No problems found: the report is ready to submit.</p>
        </Alert>
      )}

      {warnings.length > 0 && (
        <div id="report-warnings">
          <h3 className="margin-bottom-1">Warnings ({warnings.length})</h3>
          <p className="margin-top-0">
            These do not stop you submitting; your program officer sees them with the report.
          </p>
          <ProblemList problems={warnings} />
        </div>
      )}

      {unsaved.length > 0 && (
        <div id="report-unsaved">
          <h3 className="margin-bottom-1">Changes not saved yet</h3>
          <ul className="usa-list">
            {unsaved.map(({ part, text, targetId }) => (
              <li key={part}>
                <ControlLink id={targetId}>{text}</ControlLink>
              </li>
            ))}
          </ul>
        </div>
      )}

      <div className="margin-top-3">
        {failure && <SubmitFailureAlert failure={failure} />}
        {!showConfirm ? (
          <>
            <Button
              type="button"
              ref={openButton}
              onClick={() => setConfirming(true)}
              disabled={blocked || submitting}
              aria-describedby="submit-report-help"
            >
              Submit report
            </Button>
            <p id="submit-report-help" className="usa-hint">
              {blocked
                ? `You can submit once ${errors.length === 1 ? 'the problem above is' : `the ${errors.length} problems above are`} fixed.`
                : 'Submitting saves your latest changes and sends the report to your program officer. You can’t change it after that unless they ask for changes.'}
            </p>
          </>
        ) : (
          <Alert type="warning" id="submit-report-confirm">
            <h3 className="usa-alert__heading" ref={confirmHeading} tabIndex={-1}>
              {resubmission ? `Submit the ${reportName} again?` : `Submit the ${reportName}?`}
            </h3>
            <p className="usa-alert__text">
              Your program officer will review it. You won’t be able to change it unless they ask for changes.
            </p>
            <ButtonGroup type="default" className="margin-top-2">
              <Button type="button" onClick={() => void confirm()} disabled={submitting}>
                {submitting ? 'Submitting…' : 'Yes, submit the report'}
              </Button>
              <Button type="button" outline onClick={() => setConfirming(false)} disabled={submitting}>
                Cancel
              </Button>
            </ButtonGroup>
          </Alert>
        )}
      </div>
    </section>
  );
}
