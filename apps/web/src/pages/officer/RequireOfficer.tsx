import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { Alert } from '@trussworks/react-uswds';
import { useCurrentUser, can } from '@abate/web/identity';
import { Loading } from '@abate/web/rounds';
import { PageHeading } from '@abate/web/ui';
import { paths } from '../../paths';

export interface RequireOfficerProps {
  /** The page's title, used when the page cannot be shown. */
  title: string;
  children: ReactNode;
}

/** Shows officer pages to program officers; others are told why not. The API enforces the same rule. */
export function RequireOfficer({ title, children }: RequireOfficerProps) {
  const { user, fetching } = useCurrentUser();

  if (fetching && !user) return <Loading />;
  if (!user) {
    return (
      <div className="usa-prose">
        <PageHeading>{title}</PageHeading>
        <p className="usa-intro">Sign in as a program officer to use this page.</p>
        <p>
          <Link className="usa-button" to={paths.signIn}>
            Sign in
          </Link>
        </p>
      </div>
    );
  }
  if (!can.manage(user.roles)) {
    return (
      <>
        <PageHeading>{title}</PageHeading>
        <Alert type="warning" slim>
          Only program officers can use this page.{' '}
          <Link className="usa-link" to={paths.rounds}>
            See the funding rounds
          </Link>
        </Alert>
      </>
    );
  }
  return <>{children}</>;
}
