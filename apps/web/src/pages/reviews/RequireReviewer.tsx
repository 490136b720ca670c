import type { ReactNode } from 'react';
import { Link, Navigate } from 'react-router';
import { useCurrentUser, can } from '@abate/web/identity';
import { Loading } from '@abate/web/rounds';
import { PageHeading } from '@abate/web/ui';
import { paths } from '../../paths';

/** Reviewer pages: sign in first; other roles are told where they are. The API enforces the same rule. */
export function RequireReviewer({ children }: { children: ReactNode }) {
  const { user, fetching } = useCurrentUser();

  if (fetching && !user) return <Loading />;
  if (!user) return <Navigate to={paths.signIn} replace />;
  if (!can.review(user.roles)) {
    return (
      <div className="usa-prose">
        <PageHeading>For reviewers</PageHeading>
        <p>Only reviewer accounts can declare conflicts of interest and score applications.</p>
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
