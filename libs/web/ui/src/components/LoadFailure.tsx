import { Link } from 'react-router';
import { Alert, Button } from '@trussworks/react-uswds';
import { PageHeading } from './PageHeading';

export interface LoadFailureProps {
  /** What the page shows, in a sentence: "application", "review". */
  what: string;
  /** The first error of the load (an API error's code and message), if any. */
  error: { code: string; message?: string } | undefined;
  /** The error means there is nothing at this address for this person: no retry then. */
  missing: boolean;
  /** What to say when it is missing. */
  missingText: string;
  onRetry(): void;
  back: { to: string; label: string };
}

/** The page a document page shows instead when its document could not be loaded. */
export function LoadFailure({ what, error, missing, missingText, onRetry, back }: LoadFailureProps) {
  return (
    <>
      <PageHeading>
        {missing ? `${what[0].toUpperCase()}${what.slice(1)} not found` : `The ${what} could not be loaded`}
      </PageHeading>
      <Alert type="error" className="margin-bottom-3">
        <p className="usa-alert__text">
          {missing
            ? missingText
            : error?.code === 'NETWORK'
              ? 'Abate could not be reached. Check your connection, then try again.'
              : (error?.message ?? 'Something went wrong.')}
        </p>
      </Alert>
      {!missing && (
        <Button type="button" onClick={onRetry}>
          Try again
        </Button>
      )}
      <p>
        <Link className="usa-link" to={back.to}>
          {back.label}
        </Link>
      </p>
    </>
  );
}
