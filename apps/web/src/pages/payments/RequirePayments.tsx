import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { Alert, AlertText } from '@trussworks/react-uswds';
import type { Role } from '@abate/web/core';
import { can, useCurrentUser } from '@abate/web/identity';
import type { PaymentViewer } from '@abate/web/payments';
import { Loading } from '@abate/web/rounds';
import { PageHeading } from '@abate/web/ui';
import { paths } from '../../paths';

export interface RequirePaymentsProps {
  title: string;
  roles: readonly Role[];
  /** Who the page is for, in words. */
  who: string;
  children: (viewer: PaymentViewer, roles: readonly Role[]) => ReactNode;
}

/** Payment pages: sign in first; people without one of the roles are told who the page is for. The API enforces the same rule. */
export function RequirePayments({ title, roles, who, children }: RequirePaymentsProps) {
  const { user, fetching } = useCurrentUser();
  if (fetching && !user) return <Loading />;
  if (!user || !roles.some((role) => user.roles.includes(role))) {
    return (
      <>
        <PageHeading>{title}</PageHeading>
        <Alert type="warning" slim>
          <AlertText>
            {`This page is for ${who}. `}
            <Link className="usa-link" to={user ? paths.home : paths.signIn}>
              {user ? 'Go to your home page' : 'Sign in'}
            </Link>
          </AlertText>
        </Alert>
      </>
    );
  }
  const viewer: PaymentViewer = {
    userId: user.id,
    grantee: can.apply(user.roles),
    programOfficer: can.approvePaymentsFirst(user.roles),
    financeOfficer: can.pay(user.roles),
  };
  return <>{children(viewer, user.roles)}</>;
}
