import { LoadFailure } from '@abate/web/ui';
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
export function ApplicationWorkspace({
  applicationId,
  receiptHref,
  dashboardHref,
  signInHref,
  onSubmitted,
}: ApplicationWorkspaceProps) {
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
    return (
      <LoadFailure
        what="application"
        error={error}
        missing={error?.code === 'NOT_FOUND' || error?.code === 'FORBIDDEN'}
        missingText="There is no application at this address that you can open. It may belong to another organization."
        onRetry={reload}
        back={{ to: dashboardHref, label: 'Back to your applications' }}
      />
    );
  }

  const { data } = state;
  if (data.status === 'DRAFT' && data.round.accepting) {
    return (
      <ApplicationEditor
        key={state.loadedAt}
        data={data}
        onSubmitted={onSubmitted}
        onReloadPage={reload}
        signInHref={signInHref}
      />
    );
  }
  return <ApplicationReadOnly data={data} receiptHref={receiptHref(data.id)} onChanged={reload} />;
}
