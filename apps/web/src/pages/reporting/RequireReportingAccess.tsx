import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { Alert, AlertText } from '@trussworks/react-uswds';
import type { Role } from '@abate/web/core';
import { useCurrentUser } from '@abate/web/identity';
import { Loading } from '@abate/web/rounds';
import { PageHeading } from '@abate/web/ui';
import { paths } from '../../paths';

export interface RequireReportingAccessProps {
  /** The page's title, used when the page cannot be shown. */
  title: string;
  /** Roles that may open the page. */
  roles: readonly Role[];
  /** Who may open it, in words: "grantees", "program officers and auditors". */
  who: string;
  /** Gets the signed-in user's roles. */
  children: (roles: readonly Role[]) => ReactNode;
}

/** Reporting pages: sign in first; people without one of the roles are told who the page is for. The API enforces the same rule. */
export function RequireReportingAccess({ title, roles, who, children }: RequireReportingAccessProps) {
  const { user, fetching } = useCurrentUser();

  if (fetching && !user) return <Loading />;
  if (!user) {
    return (
      <div className="usa-prose">
        <PageHeading>{title}</PageHeading>
        <p className="usa-intro">Sign in to use this page: it is for {who}.</p>
        <p>
          <Link className="usa-button" to={paths.signIn}>
            Sign in
          </Link>
        </p>
      </div>
    );
  }
  if (!roles.some((role) => user.roles.includes(role))) {
    return (
      <>
        <PageHeading>{title}</PageHeading>
        <Alert type="warning" slim>
          <AlertText>
            {`This page is for ${who}. `}
            <Link className="usa-link" to={paths.home}>
              Go to your home page
            </Link>
          </AlertText>
        </Alert>
      </>
    );
  }
  return <>{children(user.roles)}</>;
}
