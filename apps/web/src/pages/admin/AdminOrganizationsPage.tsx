import { Link, useNavigate } from 'react-router';
import { administersPeople } from '@abate/web/identity';
import { OrganizationsAdmin } from '@abate/web/organizations';
import { PageHeading } from '@abate/web/ui';
import { paths } from '../../paths';
import { RequireAdministration } from './RequireAdministration';

/** /admin/organizations: officers find, open and add organizations. */
export function AdminOrganizationsPage() {
  const navigate = useNavigate();
  return (
    <RequireAdministration title="Organizations" who="program officers" allowed={(u) => administersPeople(u.roles)}>
      {() => (
        <>
          <PageHeading>Organizations</PageHeading>
          <p className="usa-intro">
            The counties, cities, tribes, agencies and non-profits that apply. Their people are also listed on the{' '}
            <Link className="usa-link" to={paths.adminUsers}>
              people
            </Link>{' '}
            page.
          </p>
          <OrganizationsAdmin
            organizationPath={paths.adminOrganization}
            onCreated={(id) => navigate(paths.adminOrganization(id))}
          />
        </>
      )}
    </RequireAdministration>
  );
}
