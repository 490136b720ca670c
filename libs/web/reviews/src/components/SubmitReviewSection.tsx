import { useEffect, useRef, useState, type MouseEvent } from 'react';
import { Alert, AlertHeading, Button, ButtonGroup } from '@trussworks/react-uswds';
import type { ApiError, SubmitFailure } from '@abate/web/core';
import { itemFieldsetId, type MissingItem } from '../model/review-form';
import { focusControl } from './focus';

function ControlLink({ id, children }: { id: string; children: string }) {
  const onClick = (event: MouseEvent<HTMLAnchorElement>) => {
    if (focusControl(id)) event.preventDefault();
  };
  return (
    <a className="usa-link" href={`#${id}`} onClick={onClick}>
      {children}
    </a>
  );
}

const failureHeadings: Partial<Record<ApiError['code'], string>> = {
  BAD_USER_INPUT: 'The review is not finished',
  INVALID_STATE: 'The review can’t be submitted',
  NETWORK: 'Abate could not be reached',
  UNAUTHENTICATED: 'You are signed out',
};

function SubmitFailureAlert({ failure }: { failure: SubmitFailure }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => ref.current?.focus(), [failure]);
  const heading =
    failure.kind === 'unsaved'
      ? 'Your changes are not all saved'
      : (failureHeadings[failure.error.code] ?? 'The review was not submitted');
  const message =
    failure.kind === 'unsaved'
      ? failure.message
      : failure.error.code === 'NETWORK'
        ? 'Check your connection, then try again.'
        : failure.error.message;
  // submitReview names the first unrated item as `scores.<itemKey>`.
  const field = failure.kind === 'api' && failure.error.code === 'BAD_USER_INPUT' ? failure.error.field : undefined;
  const itemKey = field?.startsWith('scores.') ? field.slice('scores.'.length) : undefined;
  return (
    <div ref={ref} tabIndex={-1} className="margin-bottom-2" id="submit-review-error">
      <Alert type="error" role="alert">
        <AlertHeading level="h3">{heading}</AlertHeading>
        <p className="usa-alert__text">
          {itemKey ? <ControlLink id={itemFieldsetId(itemKey)}>{message}</ControlLink> : message}
        </p>
        <p className="usa-alert__text">Your review was not submitted.</p>
      </Alert>
    </div>
  );
}

export interface SubmitReviewSectionProps {
  progress: string;
  missing: readonly MissingItem[];
  submitting: boolean;
  failure: SubmitFailure | null;
  /** Resolves true once submitted. */
  onSubmit: () => Promise<boolean>;
}

/**
 * What is left before the review can be submitted (each a link to the item), and
 * "Submit review", enabled once nothing is left, with a confirmation step: submitting makes it final.
 */
export function SubmitReviewSection({ progress, missing, submitting, failure, onSubmit }: SubmitReviewSectionProps) {
  const [confirming, setConfirming] = useState(false);
  const confirmHeading = useRef<HTMLHeadingElement>(null);
  const openButton = useRef<HTMLButtonElement>(null);
  const wasConfirming = useRef(false);
  /** After a failed submit the failure alert takes focus, not the button. */
  const failed = useRef(false);
  const blocked = missing.length > 0;
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
    <section aria-labelledby="submit-review-heading" id="section-submit" className="margin-top-6">
      <h2 id="submit-review-heading" tabIndex={-1}>
        Submit your review
      </h2>
      <p>{progress}.</p>
      {blocked ? (
        <div id="review-missing">
          <h3 className="margin-bottom-1">
            {missing.length === 1
              ? '1 thing to finish before you can submit'
              : `${missing.length} things to finish before you can submit`}
          </h3>
          <ul className="usa-list">
            {missing.map((item) => (
              <li key={item.targetId}>
                <ControlLink id={item.targetId}>{item.message}</ControlLink>
              </li>
            ))}
          </ul>
        </div>
      ) : (
        <Alert type="success" slim className="margin-bottom-3" id="review-ready">
          <p className="usa-alert__text">Every item is rated: the review is ready to submit.</p>
        </Alert>
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
              aria-describedby="submit-review-help"
            >
              Submit review
            </Button>
            <p id="submit-review-help" className="usa-hint">
              {blocked
                ? `You can submit once every item is rated and every rating of 0 has a comment (${missing.length} left).`
                : 'Submitting saves your latest changes and makes the review final. Then you will see the other reviewers’ submitted reviews.'}
            </p>
          </>
        ) : (
          <Alert type="warning" id="submit-review-confirm">
            <h3 className="usa-alert__heading" ref={confirmHeading} tabIndex={-1}>
              Submit your review?
            </h3>
            <p className="usa-alert__text">
              Submitting makes the review final: you won’t be able to change your ratings or comments afterwards.
            </p>
            <ButtonGroup type="default" className="margin-top-2">
              <Button type="button" onClick={() => void confirm()} disabled={submitting}>
                {submitting ? 'Submitting…' : 'Yes, submit the review'}
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
