import { useEffect, useRef, useState } from 'react';
import { Link } from 'react-router';
import { Alert, AlertHeading, AlertText, Button, ButtonGroup } from '@trussworks/react-uswds';
import { apiErrorText, type RoundsPublishFundingRoundMutation } from '@abate/web/core';
import { usePublishFundingRound } from '../hooks/useRoundMutations';

export type PublishedRound = RoundsPublishFundingRoundMutation['publishFundingRound'];

export interface PublishRoundButtonProps {
  roundId: string;
  /** Link to the public round page, offered once published. */
  roundHref?: string;
  /** Why publishing must wait (e.g. unsaved changes); shown instead of publishing. */
  blockedReason?: string;
  onPublished?: (round: PublishedRound) => void;
}

/** "Publish round", confirmed inline because it cannot be undone and locks the round's terms. */
export function PublishRoundButton({ roundId, roundHref, blockedReason, onPublished }: PublishRoundButtonProps) {
  const { publishRound, fetching } = usePublishFundingRound();
  const [phase, setPhase] = useState<'idle' | 'confirm' | 'done'>('idle');
  const [error, setError] = useState<string | null>(null);
  const confirmRef = useRef<HTMLDivElement>(null);
  const doneRef = useRef<HTMLDivElement>(null);
  const publishButtonRef = useRef<HTMLButtonElement>(null);
  const returnFocus = useRef(false);

  useEffect(() => {
    if (phase === 'confirm') confirmRef.current?.focus();
    if (phase === 'done') doneRef.current?.focus();
    if (phase === 'idle' && returnFocus.current) {
      returnFocus.current = false;
      publishButtonRef.current?.focus();
    }
  }, [phase]);

  const start = () => {
    setError(blockedReason ?? null);
    if (!blockedReason) setPhase('confirm');
  };
  const cancel = () => {
    returnFocus.current = true;
    setPhase('idle');
  };
  const confirm = async () => {
    setError(null);
    const result = await publishRound(roundId);
    if (result.error || !result.data) {
      setError(result.error ? apiErrorText(result.error) : 'The round could not be published. Try again.');
      returnFocus.current = true;
      setPhase('idle');
      return;
    }
    setPhase('done');
    onPublished?.(result.data.publishFundingRound);
  };

  return (
    <div className="margin-y-2">
      {error && (
        <Alert type="error" slim role="alert" className="margin-bottom-2">
          {error}
        </Alert>
      )}
      {phase === 'idle' && (
        <Button type="button" ref={publishButtonRef} onClick={start}>
          Publish round
        </Button>
      )}
      {phase === 'confirm' && (
        <div ref={confirmRef} tabIndex={-1} role="group" aria-labelledby={`publish-confirm-${roundId}`}>
          <Alert type="warning" className="margin-bottom-2">
            <AlertHeading level="h3" id={`publish-confirm-${roundId}`}>
              Publish this round?
            </AlertHeading>
            <AlertText>
              Everyone will be able to see it on the funding rounds page, and applicants can apply from its opening time
              until its deadline. Once it is published only the title, the description and a later deadline can change.
            </AlertText>
          </Alert>
          <ButtonGroup>
            <Button type="button" onClick={confirm} disabled={fetching}>
              {fetching ? 'Publishing…' : 'Yes, publish round'}
            </Button>
            <Button type="button" outline onClick={cancel} disabled={fetching}>
              Cancel
            </Button>
          </ButtonGroup>
        </div>
      )}
      {phase === 'done' && (
        <div ref={doneRef} tabIndex={-1}>
          <Alert type="success">
            <AlertHeading level="h3">Round published</AlertHeading>
            <AlertText>
              It is now listed on the public funding rounds page.
              {roundHref && (
                <>
                  {' '}
                  <Link className="usa-link" to={roundHref}>
                    View the public round page
                  </Link>
                </>
              )}
            </AlertText>
          </Alert>
        </div>
      )}
    </div>
  );
}
