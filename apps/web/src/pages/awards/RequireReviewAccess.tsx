import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { Alert, AlertText } from '@trussworks/react-uswds';
import { useCurrentUser, can } from '@abate/web/identity';
import { Loading } from '@abate/web/rounds';
import { PageHeading } from '@abate/web/ui';
import { paths } from '../../paths';

export interface RequireReviewAccessProps {
  /** The page's title, used when the page cannot be shown. */
  title: string;
  /** Gets whether the user may act (program officers) or only read (auditors). */
  children: (canAct: boolean) => ReactNode;
}

/** Review and award pages: program officers act on them, auditors read them. The API enforces the same rule. */
export function RequireReviewAccess({ title, children }: RequireReviewAccessProps) {
  const { user, fetching } = useCurrentUser();

  if (fetching && !user) return <Loading />;
  if (!user) {
    return (
      <div className="usa-prose">
        <PageHeading>{title}</PageHeading>
        <p className="usa-intro">Sign in as a program officer or an auditor to use this page.</p>
        <p>
          <Link className="usa-button" to={paths.signIn}>
            Sign in
          </Link>
        </p>
      </div>
    );
  }
  const canAct = can.manage(user.roles);
  if (!can.readAll(user.roles)) {
    return (
      <>
        <PageHeading>{title}</PageHeading>
        <Alert type="warning" slim>
          <AlertText>
            Only program officers and auditors can use this page.{' '}
            <Link className="usa-link" to={paths.rounds}>
              See the funding rounds
            </Link>
          </AlertText>
        </Alert>
      </>
    );
  }
  return <>{children(canAct)}</>;
}
