import { Link } from 'react-router';
import { Alert, Button } from '@trussworks/react-uswds';
import { PageHeading } from '@abate/web/ui';
import { useApplicationEditorData } from '../hooks/useApplicationEditorData';
import { ApplicationEditor } from './ApplicationEditor';
import { ApplicationReadOnly } from './ApplicationReadOnly';

export interface ApplicationWorkspaceProps {
  applicationId: string;
  receiptHref: (applicationId: string) => string;
  dashboardHref: string;
  signInHref: string;
  onSubmitted: (applicationId: string) => void;
}

/** Loads an application: the editor while it is a draft in an open round, otherwise the read-only view. */
export function ApplicationWorkspace({ applicationId, receiptHref, dashboardHref, signInHref, onSubmitted }: ApplicationWorkspaceProps) {
  const { state, reload } = useApplicationEditorData(applicationId);

  if (state.kind === 'loading') {
    return (
      <p aria-live="polite" aria-busy="true">
        Loading the application…
      </p>
    );
  }

  if (state.kind === 'failed') {
    const [error] = state.errors;
    const missing = error?.code === 'NOT_FOUND' || error?.code === 'FORBIDDEN';
    return (
      <>
        <PageHeading>{missing ? 'Application not found' : 'The application could not be loaded'}</PageHeading>
        <Alert type="error" className="margin-bottom-3">
          <p className="usa-alert__text">
            {missing
              ? 'There is no application at this address that you can open. It may belong to another organisation.'
              : error?.code === 'NETWORK'
                ? 'Abate could not be reached. Check your connection, then try again.'
                : (error?.message ?? 'Something went wrong.')}
          </p>
        </Alert>
        {!missing && (
          <Button type="button" onClick={reload}>
            Try again
          </Button>
        )}
        <p>
          <Link className="usa-link" to={dashboardHref}>
            Back to your applications
          </Link>
        </p>
      </>
    );
  }

  const { data } = state;
  if (data.status === 'DRAFT' && data.round.accepting) {
    return <ApplicationEditor key={state.loadedAt} data={data} onSubmitted={onSubmitted} onReloadPage={reload} signInHref={signInHref} />;
  }
  return <ApplicationReadOnly data={data} receiptHref={receiptHref(data.id)} onChanged={reload} />;
}
