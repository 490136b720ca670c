import { Link } from 'react-router';
import { administersPeople } from '@abate/web/identity';
import { UsersAdmin } from '@abate/web/organizations';
import { PageHeading } from '@abate/web/ui';
import { paths } from '../../paths';
import { RequireAdministration } from './RequireAdministration';

/** /admin/users: officers find people, invite them, change their roles, deactivate and reactivate them. */
export function AdminUsersPage() {
  return (
    <RequireAdministration title="People" who="program officers" allowed={(u) => administersPeople(u.roles)}>
      {(user) => (
        <>
          <PageHeading>People</PageHeading>
          <p className="usa-intro">
            Everyone with an Abate account. Organizations and their members are on the{' '}
            <Link className="usa-link" to={paths.adminOrganizations}>
              organizations
            </Link>{' '}
            page.
          </p>
          <UsersAdmin currentUserId={user.id} />
        </>
      )}
    </RequireAdministration>
  );
}
