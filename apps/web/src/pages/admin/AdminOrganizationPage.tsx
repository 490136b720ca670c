import { Link, useParams } from 'react-router';
import { administersPeople } from '@abate/web/identity';
import { OrganizationAdmin } from '@abate/web/organizations';
import { paths } from '../../paths';
import { RequireAdministration } from './RequireAdministration';

/** /admin/organizations/:organizationId: details, e-mail domains and members of one organization. */
export function AdminOrganizationPage() {
  const { organizationId = '' } = useParams();
  return (
    <RequireAdministration title="Organization" who="program officers" allowed={(u) => administersPeople(u.roles)}>
      {(user) => (
        <>
          <p>
            <Link className="usa-link" to={paths.adminOrganizations}>
              All organizations
            </Link>
          </p>
          <OrganizationAdmin organizationId={organizationId} currentUserId={user.id} />
        </>
      )}
    </RequireAdministration>
  );
}
