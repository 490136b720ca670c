import { Link } from 'react-router';
import { Alert, AlertHeading, Button } from '@trussworks/react-uswds';
import { formatDollars } from '@abate/shared/checklist';
import { PageHeading } from '@abate/web/ui';
import { useApplicationReceipt } from '../hooks/useApplicationReceipt';
import { formatInTimeZone } from '../model/format';
import './applications.css';

export interface ApplicationReceiptProps {
  applicationId: string;
  applicationHref: string;
  dashboardHref: string;
}

/** The submission receipt: tracking id, time, round, title and amount; prints without the site chrome. */
export function ApplicationReceipt({ applicationId, applicationHref, dashboardHref }: ApplicationReceiptProps) {
  const { application, fetching, errors } = useApplicationReceipt(applicationId);

  if (!application) {
    if (fetching) {
      return (
        <p aria-live="polite" aria-busy="true">
          Loading the receipt…
        </p>
      );
    }
    const [error] = errors;
    return (
      <>
        <PageHeading>Receipt not found</PageHeading>
        <Alert type="error" className="margin-bottom-3">
          <p className="usa-alert__text">
            {error?.code === 'NETWORK'
              ? 'Abate could not be reached. Check your connection, then reload the page.'
              : 'There is no application at this address that you can open.'}
          </p>
        </Alert>
        <Link className="usa-link" to={dashboardHref}>
          Back to your applications
        </Link>
      </>
    );
  }

  if (!application.trackingId || !application.submittedAt) {
    return (
      <>
        <PageHeading>No receipt yet</PageHeading>
        <Alert type="info" className="margin-bottom-3">
          <p className="usa-alert__text">This application has not been submitted, so there is no receipt.</p>
        </Alert>
        <Link className="usa-button" to={applicationHref}>
          Go to the application
        </Link>
      </>
    );
  }

  const submitted = formatInTimeZone(application.submittedAt, application.round.timeZone);
  return (
    <div className="abate-receipt">
      <PageHeading>Application received</PageHeading>
      <Alert type="success" className="margin-bottom-3" id="receipt-confirmation">
        <AlertHeading level="h2">Your application was submitted</AlertHeading>
        <p className="usa-alert__text">
          Tracking id <strong id="receipt-tracking-id">{application.trackingId}</strong>. Quote it if you contact the
          program officer.
        </p>
        <p className="usa-alert__text">A receipt was emailed to your organization’s members.</p>
      </Alert>
      {application.status === 'WITHDRAWN' && (
        <Alert type="warning" className="margin-bottom-3">
          <p className="usa-alert__text">
            This application was withdrawn after it was submitted. Reviewers will not see it.
          </p>
        </Alert>
      )}

      <h2>Receipt</h2>
      <dl className="abate-receipt__details">
        <dt className="text-bold">Tracking id</dt>
        <dd className="margin-left-0 margin-bottom-2">{application.trackingId}</dd>
        <dt className="text-bold">Submitted</dt>
        <dd className="margin-left-0 margin-bottom-2">
          <time dateTime={application.submittedAt}>{submitted}</time>
        </dd>
        <dt className="text-bold">Funding round</dt>
        <dd className="margin-left-0 margin-bottom-2">{application.round.title}</dd>
        <dt className="text-bold">Organization</dt>
        <dd className="margin-left-0 margin-bottom-2">{application.organization.name}</dd>
        <dt className="text-bold">Application title</dt>
        <dd className="margin-left-0 margin-bottom-2">{application.title || 'Untitled'}</dd>
        <dt className="text-bold">Requested amount</dt>
        <dd className="margin-left-0 margin-bottom-2">
          {application.requestedCents === null ? 'Not given' : formatDollars(application.requestedCents)}
        </dd>
      </dl>
      <p>Reviews begin after the round closes ({application.round.closesAtLocal}).</p>

      <div className="abate-no-print display-flex flex-align-center flex-wrap margin-top-4">
        <Button type="button" className="margin-right-3" onClick={() => window.print()}>
          Print this receipt
        </Button>
        <Link className="usa-link margin-right-3" to={dashboardHref}>
          Back to your applications
        </Link>
        <Link className="usa-link" to={applicationHref}>
          View the submitted application
        </Link>
      </div>
    </div>
  );
}
