import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { Alert, AlertText } from '@trussworks/react-uswds';
import { can, useCurrentUser } from '@abate/web/identity';
import { Loading } from '@abate/web/rounds';
import { PageHeading } from '@abate/web/ui';
import { paths } from '../../paths';

/** Fund pages: finance officers write the books, program officers and auditors read them. The API enforces the same rule. */
export function RequireBooks({ title, children }: { title: string; children: (canWrite: boolean) => ReactNode }) {
  const { user, fetching } = useCurrentUser();
  if (fetching && !user) return <Loading />;
  if (!user || !can.readBooks(user.roles)) {
    return (
      <>
        <PageHeading>{title}</PageHeading>
        <Alert type="warning" slim>
          <AlertText>
            {user
              ? 'Only finance officers, program officers and auditors can use this page. '
              : 'Sign in as a finance officer to use this page. '}
            <Link className="usa-link" to={user ? paths.publicSpending : paths.signIn}>
              {user ? 'See the public spending page' : 'Sign in'}
            </Link>
          </AlertText>
        </Alert>
      </>
    );
  }
  return <>{children(can.keepBooks(user.roles))}</>;
}
