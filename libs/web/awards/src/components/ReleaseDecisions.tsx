import { useEffect, useRef, useState } from 'react';
import { Alert, AlertHeading, AlertText, Button, ButtonGroup } from '@trussworks/react-uswds';
import { apiErrorText } from '@abate/web/core';
import { useReleaseDecisions } from '../hooks/useRanking';

export interface ReleaseDecisionsProps {
  roundId: string;
  /** Applications still without a decision: releasing waits for them. */
  undecided: number;
  total: number;
  onReleased: () => void;
}

/** "Release decisions", confirmed inline: it makes every decision final and tells the applicants. */
export function ReleaseDecisions({ roundId, undecided, total, onReleased }: ReleaseDecisionsProps) {
  const { release, fetching } = useReleaseDecisions();
  const [phase, setPhase] = useState<'idle' | 'confirm'>('idle');
  const [error, setError] = useState<string | null>(null);
  const confirmRef = useRef<HTMLDivElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const returnFocus = useRef(false);

  useEffect(() => {
    if (phase === 'confirm') confirmRef.current?.focus();
    if (phase === 'idle' && returnFocus.current) {
      returnFocus.current = false;
      buttonRef.current?.focus();
    }
  }, [phase]);

  const start = () => {
    if (undecided > 0) {
      setError(
        `Decide every application first: ${undecided} of ${total} ${undecided === 1 ? 'has' : 'have'} no decision yet.`,
      );
      return;
    }
    setError(null);
    setPhase('confirm');
  };
  const cancel = () => {
    returnFocus.current = true;
    setPhase('idle');
  };
  const confirm = async () => {
    if (fetching) return;
    setError(null);
    const result = await release(roundId);
    if (result.error || !result.data) {
      setError(result.error ? apiErrorText(result.error) : 'The decisions could not be released. Try again.');
      returnFocus.current = true;
      setPhase('idle');
      return;
    }
    onReleased();
  };

  return (
    <div className="margin-y-2">
      {error && (
        <Alert type="error" slim role="alert" className="margin-bottom-2">
          <AlertText>{error}</AlertText>
        </Alert>
      )}
      {phase === 'idle' ? (
        <Button type="button" ref={buttonRef} onClick={start}>
          Release decisions
        </Button>
      ) : (
        <div ref={confirmRef} tabIndex={-1} role="group" aria-labelledby="release-confirm-heading">
          <Alert type="warning" className="margin-bottom-2">
            <AlertHeading level="h3" id="release-confirm-heading">
              Release every decision?
            </AlertHeading>
            <AlertText>
              The {total} decisions become final and cannot be changed. Abate creates the awards and tells each
              applicant organization its decision; applicants can then read the reviewers’ comments.
            </AlertText>
          </Alert>
          <ButtonGroup>
            {/* aria-disabled, not disabled: a disabled button drops the keyboard focus. */}
            <Button type="button" onClick={confirm} aria-disabled={fetching}>
              {fetching ? 'Releasing…' : 'Yes, release decisions'}
            </Button>
            <Button type="button" outline onClick={() => !fetching && cancel()} aria-disabled={fetching}>
              Cancel
            </Button>
          </ButtonGroup>
        </div>
      )}
    </div>
  );
}
