import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { Button, Table } from '@trussworks/react-uswds';
import { useMutation, useQuery } from 'urql';
import { apiFormErrors } from '@abate/web/core';
import { LoadFailed, Loading, organizationKindLabels } from '@abate/web/rounds';
import { Pager, useCursorPages } from '@abate/web/ui';
import { adminOrganizationsQuery, createOrganizationMutation } from '../graphql/admin.documents';
import { emptyOrganization, OrganizationForm, organizationFieldId } from './OrganizationForm';

const PAGE = 25;

export interface OrganizationsAdminProps {
  /** The link to one organization's page. */
  organizationPath: (id: string) => string;
  onCreated: (id: string) => void;
}

/** Officers: every organization, searched and paged, and a form to add one. */
export function OrganizationsAdmin({ organizationPath, onCreated }: OrganizationsAdminProps) {
  const [typed, setTyped] = useState('');
  const [search, setSearch] = useState('');
  const [adding, setAdding] = useState(false);
  const pages = useCursorPages();
  const [{ data, error, fetching }, refetch] = useQuery({
    query: adminOrganizationsQuery,
    variables: { search: search || null, first: PAGE, after: pages.after },
  });
  const [{ fetching: creating }, create] = useMutation(createOrganizationMutation);

  const submitSearch = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setSearch(typed.trim());
    pages.reset();
  };

  const list = data?.organizations;
  return (
    <>
      {adding ? (
        <section aria-labelledby="add-organization-heading" className="margin-bottom-4">
          <h2 id="add-organization-heading">Add an organization</h2>
          <OrganizationForm
            initial={emptyOrganization}
            submitLabel="Add organization"
            busy={creating}
            onCancel={() => setAdding(false)}
            onSubmit={async (input) => {
              const result = await create({ input });
              if (result.error) return apiFormErrors(result.error, organizationFieldId);
              onCreated(result.data!.createOrganization.id);
              return [];
            }}
          />
        </section>
      ) : (
        <p>
          <Button type="button" onClick={() => setAdding(true)}>
            Add an organization
          </Button>
        </p>
      )}
      <section aria-labelledby="organizations-list-heading">
        <h2 id="organizations-list-heading">Organizations</h2>
        <form className="usa-search margin-bottom-2" role="search" onSubmit={submitSearch}>
          <label className="usa-sr-only" htmlFor="organization-search">
            Search organizations
          </label>
          <input
            className="usa-input"
            id="organization-search"
            type="search"
            name="organization-search"
            placeholder="Name, FIPS code or state"
            value={typed}
            onChange={(event) => setTyped(event.target.value)}
          />
          <button className="usa-button" type="submit">
            <span className="usa-search__submit-text">Search</span>
          </button>
        </form>
        {fetching && !list && <Loading what="Loading organizations…" />}
        {error && <LoadFailed error={error} what="the organizations" onRetry={() => refetch()} />}
        {list && (
          <>
            <p role="status">
              {list.totalCount === 1 ? '1 organization' : `${list.totalCount.toLocaleString('en-US')} organizations`}
              {search ? `${list.totalCount === 1 ? ' matches' : ' match'} “${search}”` : ''}.
            </p>
            {list.nodes.length > 0 && (
              <Table fullWidth striped>
                <caption className="usa-sr-only">Organizations</caption>
                <thead>
                  <tr>
                    <th scope="col">Name</th>
                    <th scope="col">Kind</th>
                    <th scope="col">State</th>
                    <th scope="col">FIPS code</th>
                    <th scope="col" className="text-right">
                      Population
                    </th>
                    <th scope="col">E-mail domains</th>
                  </tr>
                </thead>
                <tbody>
                  {list.nodes.map((org) => (
                    <tr key={org.id}>
                      <th scope="row">
                        <Link className="usa-link" to={organizationPath(org.id)}>
                          {org.name}
                        </Link>
                      </th>
                      <td>{organizationKindLabels[org.kind]}</td>
                      <td>{org.state}</td>
                      <td>{org.fipsCode}</td>
                      <td className="text-right font-mono-xs">{org.population.toLocaleString('en-US')}</td>
                      <td>{org.emailDomains.length ? org.emailDomains.join(', ') : '—'}</td>
                    </tr>
                  ))}
                </tbody>
              </Table>
            )}
            <Pager label="Organization pages" {...pages.pagerProps(list, PAGE)} loading={fetching} />
          </>
        )}
      </section>
    </>
  );
}
