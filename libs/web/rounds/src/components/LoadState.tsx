import type { CombinedError } from 'urql';
import { Alert, AlertHeading, AlertText, Button } from '@trussworks/react-uswds';
import { apiErrorText } from '@abate/web/core';

export function Loading({ what = 'Loading…' }: { what?: string }) {
  return (
    <p role="status" aria-live="polite" aria-busy="true">
      {what}
    </p>
  );
}

export interface LoadFailedProps {
  error: CombinedError;
  /** "the funding rounds": what could not be loaded. */
  what: string;
  onRetry: () => void;
}

/** A query failed: says why, and offers to try again. */
export function LoadFailed({ error, what, onRetry }: LoadFailedProps) {
  const reason = apiErrorText(error);
  return (
    <Alert type="error" className="margin-bottom-3">
      <AlertHeading level="h2">{`We couldn’t load ${what}`}</AlertHeading>
      <AlertText>{reason}</AlertText>
      <Button type="button" outline onClick={onRetry}>
        Try again
      </Button>
    </Alert>
  );
}
