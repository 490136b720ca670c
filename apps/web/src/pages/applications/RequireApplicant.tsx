import type { ReactNode } from 'react';
import { Link, Navigate } from 'react-router';
import { useCurrentUser, can } from '@abate/web/identity';
import { PageHeading } from '@abate/web/ui';
import { paths } from '../../paths';

/** Applicant pages: sign in first; other roles are told where they are. */
export function RequireApplicant({ children }: { children: ReactNode }) {
  const { user, fetching } = useCurrentUser();

  if (fetching && !user) {
    return (
      <p aria-live="polite" aria-busy="true">
        Loading…
      </p>
    );
  }
  if (!user) return <Navigate to={paths.signIn} replace />;
  if (!can.apply(user.roles)) {
    return (
      <div className="usa-prose">
        <PageHeading>For applicants</PageHeading>
        <p>Only applicant accounts can prepare and submit applications.</p>
        <p>
          <Link className="usa-link" to={paths.home}>
            Go to your home page
          </Link>
        </p>
      </div>
    );
  }
  return children;
}
