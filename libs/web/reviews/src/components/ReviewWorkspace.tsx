import { useCallback, useEffect, useState } from 'react';
import { Alert, Button } from '@trussworks/react-uswds';
import { Breadcrumbs, Loading } from '@abate/web/rounds';
import { LoadFailure, PageHeading } from '@abate/web/ui';
import { useReviewAssignment } from '../hooks/useReviewAssignment';
import { ConflictDeclaration, ConflictDeclared } from './ConflictDeclaration';
import { ScoringScreen } from './ScoringScreen';
import { SubmittedReview } from './SubmittedReview';

export interface ReviewWorkspaceProps {
  assignmentId: string;
  queueHref: string;
  roundHref: (roundId: string) => string;
  signInHref: string;
}

/**
 * `/reviews/:assignmentId`: the conflict declaration while it is pending, the
 * scoring screen while in progress, the read-only review once submitted, and a
 * confirmation after a declared conflict.
 */
export function ReviewWorkspace({ assignmentId, queueHref, roundHref, signInHref }: ReviewWorkspaceProps) {
  const { state, reload } = useReviewAssignment(assignmentId);
  // What just happened on this page, for the confirmation it deserves.
  const [justDone, setJustDone] = useState<'declared' | 'submitted' | null>(null);
  const afterDeclaring = useCallback(() => {
    setJustDone('declared');
    reload();
  }, [reload]);
  const afterSubmitting = useCallback(() => {
    setJustDone('submitted');
    reload();
  }, [reload]);
  const reloadPage = useCallback(() => {
    setJustDone(null);
    reload();
  }, [reload]);

  // The form that had focus is gone: the confirmation takes it, so it is read out.
  const loadedAt = state.kind === 'ready' ? state.loadedAt : null;
  const status = state.kind === 'ready' ? state.data.status : null;
  useEffect(() => {
    if (loadedAt === null || !justDone) return;
    const id =
      justDone === 'submitted'
        ? 'review-submitted'
        : status === 'CONFLICTED'
          ? 'conflict-declared'
          : 'no-conflict-declared';
    document.getElementById(id)?.focus();
  }, [loadedAt, status, justDone]);

  if (state.kind === 'loading') return <Loading what="Loading the review…" />;

  if (state.kind === 'failed') {
    const [error] = state.errors;
    return (
      <LoadFailure
        what="review"
        error={error}
        missing={
          error?.code === 'NOT_FOUND' ||
          error?.code === 'FORBIDDEN' ||
          (error?.code === 'BAD_USER_INPUT' && error.field === 'id')
        }
        missingText="There is no review at this address that is assigned to you."
        onRetry={reload}
        back={{ to: queueHref, label: 'Back to your reviews' }}
      />
    );
  }

  const { data } = state;
  const crumbs = <Breadcrumbs trail={[{ label: 'Your reviews', to: queueHref }]} current={data.organizationName} />;

  if (data.status === 'PENDING_COI') {
    return (
      <>
        {crumbs}
        <ConflictDeclaration assignment={data} roundHref={roundHref(data.round.id)} onDeclared={afterDeclaring} />
      </>
    );
  }
  if (data.status === 'CONFLICTED') {
    return (
      <>
        {crumbs}
        <ConflictDeclared assignment={data} queueHref={queueHref} justDeclared={justDone === 'declared'} />
      </>
    );
  }
  if (data.status === 'SUBMITTED') {
    return (
      <>
        {crumbs}
        <SubmittedReview
          data={data}
          queueHref={queueHref}
          roundHref={roundHref(data.round.id)}
          justSubmitted={justDone === 'submitted'}
        />
      </>
    );
  }
  if (!data.application) {
    // IN_PROGRESS always opens the application to its reviewer; this guards a stale answer.
    return (
      <>
        {crumbs}
        <PageHeading>{`Review of ${data.organizationName}`}</PageHeading>
        <Alert type="error" className="margin-bottom-3">
          <p className="usa-alert__text">The application could not be opened. Try again in a moment.</p>
        </Alert>
        <Button type="button" onClick={reloadPage}>
          Try again
        </Button>
      </>
    );
  }
  return (
    <>
      {crumbs}
      {justDone === 'declared' && (
        <Alert type="success" slim role="status" className="margin-bottom-3" id="no-conflict-declared" tabIndex={-1}>
          <p className="usa-alert__text">You declared no conflict of interest. The application is open to you below.</p>
        </Alert>
      )}
      {/* Keyed by load: a reload starts a fresh autosave on the server's latest version. */}
      <ScoringScreen
        key={state.loadedAt}
        data={data}
        application={data.application}
        roundHref={roundHref(data.round.id)}
        signInHref={signInHref}
        onSubmitted={afterSubmitting}
        onReloadPage={reloadPage}
      />
    </>
  );
}
