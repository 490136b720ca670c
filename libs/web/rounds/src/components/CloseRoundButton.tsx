import { useEffect, useRef, useState, type FormEvent } from 'react';
import { Alert, AlertHeading, AlertText, Button, ButtonGroup, Form } from '@trussworks/react-uswds';
import { apiErrorText, type RoundsCloseFundingRoundMutation } from '@abate/web/core';
import { TextAreaField } from '@abate/web/ui';
import { useCloseFundingRound } from '../hooks/useRoundMutations';

export type ClosedRound = RoundsCloseFundingRoundMutation['closeFundingRound'];

export interface CloseRoundButtonProps {
  roundId: string;
  roundTitle: string;
  onClosed?: (round: ClosedRound) => void;
}

const REASON_ID = 'close-round-reason';

/**
 * "Close the round now": asks for the reason (kept in the audit trail) before ending an
 * accepting round early. Applicants can no longer submit; reviewers can start.
 */
export function CloseRoundButton({ roundId, roundTitle, onClosed }: CloseRoundButtonProps) {
  const { closeRound, fetching } = useCloseFundingRound();
  const [phase, setPhase] = useState<'idle' | 'asking' | 'done'>('idle');
  const [reason, setReason] = useState('');
  const [reasonError, setReasonError] = useState<string | undefined>();
  const [error, setError] = useState<string | null>(null);
  const dialogRef = useRef<HTMLDivElement>(null);
  const doneRef = useRef<HTMLDivElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const returnFocus = useRef(false);

  useEffect(() => {
    if (phase === 'asking') dialogRef.current?.querySelector<HTMLTextAreaElement>(`#${REASON_ID}`)?.focus();
    if (phase === 'done') doneRef.current?.focus();
    if (phase === 'idle' && returnFocus.current) {
      returnFocus.current = false;
      buttonRef.current?.focus();
    }
  }, [phase]);

  const cancel = () => {
    returnFocus.current = true;
    setReasonError(undefined);
    setPhase('idle');
  };

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setError(null);
    if (reason.trim().length < 3) {
      setReasonError('Give a reason for closing the round early (at least 3 characters).');
      return;
    }
    setReasonError(undefined);
    const result = await closeRound(roundId, reason.trim());
    if (result.error || !result.data) {
      const field = result.error?.graphQLErrors[0]?.extensions?.['field'];
      const text = result.error ? apiErrorText(result.error) : 'The round could not be closed. Try again.';
      if (field === 'reason') setReasonError(text);
      else setError(text);
      return;
    }
    setPhase('done');
    onClosed?.(result.data.closeFundingRound);
  };

  return (
    <div className="margin-y-2">
      {phase === 'idle' && (
        <Button type="button" secondary ref={buttonRef} onClick={() => setPhase('asking')}>
          Close the round now
        </Button>
      )}
      {phase === 'asking' && (
        <div
          ref={dialogRef}
          role="dialog"
          aria-modal="false"
          aria-labelledby="close-round-heading"
          className="border-1px border-base-lighter padding-2 radius-md maxw-tablet"
        >
          <h3 id="close-round-heading" className="margin-top-0">
            Close {roundTitle} now?
          </h3>
          <p>
            The deadline becomes this moment: applicants can no longer submit, drafts stay unsubmitted, and reviewers
            can start. This cannot be undone. Your reason is kept in the audit trail.
          </p>
          {error && (
            <Alert type="error" slim role="alert" className="margin-bottom-2">
              {error}
            </Alert>
          )}
          <Form onSubmit={submit} noValidate aria-label="Close the round now" className="maxw-full">
            <TextAreaField
              id={REASON_ID}
              label="Reason for closing early (required)"
              value={reason}
              onChange={(text) => {
                setReason(text);
                if (reasonError && text.trim().length >= 3) setReasonError(undefined);
              }}
              error={reasonError}
              rows={3}
            />
            <ButtonGroup className="margin-top-2">
              <Button type="submit" secondary disabled={fetching}>
                {fetching ? 'Closing…' : 'Yes, close the round'}
              </Button>
              <Button type="button" outline onClick={cancel} disabled={fetching}>
                Cancel
              </Button>
            </ButtonGroup>
          </Form>
        </div>
      )}
      {phase === 'done' && (
        <div ref={doneRef} tabIndex={-1}>
          <Alert type="success" role="status">
            <AlertHeading level="h3">Round closed</AlertHeading>
            <AlertText>Applications are no longer accepted. Assign reviewers to start the review.</AlertText>
          </Alert>
        </div>
      )}
    </div>
  );
}
