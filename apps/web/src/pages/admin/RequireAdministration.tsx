import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { Alert, AlertText } from '@trussworks/react-uswds';
import { useCurrentUser, type CurrentUser } from '@abate/web/identity';
import { Loading } from '@abate/web/rounds';
import { PageHeading } from '@abate/web/ui';
import { paths } from '../../paths';

export interface RequireAdministrationProps {
  title: string;
  /** Whether this user may open the page (a rule of libs/web/identity/src/access.ts). */
  allowed: (user: CurrentUser) => boolean;
  /** Who the page is for, in words. */
  who: string;
  children: (user: CurrentUser) => ReactNode;
}

/** The administration pages: sign in first; anyone the rule leaves out is told who the page is for. The API enforces the same. */
export function RequireAdministration({ title, allowed, who, children }: RequireAdministrationProps) {
  const { user, fetching } = useCurrentUser();
  if (fetching && !user) return <Loading />;
  if (!user) {
    return (
      <div className="usa-prose">
        <PageHeading>{title}</PageHeading>
        <p className="usa-intro">Sign in to use this page: it is for {who}.</p>
        <p>
          <Link className="usa-button" to={`${paths.signIn}?returnTo=${encodeURIComponent(location.pathname)}`}>
            Sign in
          </Link>
        </p>
      </div>
    );
  }
  if (!allowed(user)) {
    return (
      <>
        <PageHeading>{title}</PageHeading>
        <Alert type="warning" slim>
          <AlertText>
            {`You are not allowed to use this page: it is for ${who}. `}
            <Link className="usa-link" to={paths.home}>
              Go to your home page
            </Link>
          </AlertText>
        </Alert>
      </>
    );
  }
  return <>{children(user)}</>;
}
