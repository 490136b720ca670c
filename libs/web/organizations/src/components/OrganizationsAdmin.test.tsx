import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderWithApi } from '@abate/web/testing';
import { OrganizationsAdmin } from './OrganizationsAdmin';

const alamance = {
  __typename: 'Organization',
  id: 'o-1',
  name: 'Alamance County',
  kind: 'COUNTY',
  state: 'NC',
  fipsCode: '37001',
  population: 171415,
  emailDomains: ['alamancecountync.gov'],
};

describe('OrganizationsAdmin', () => {
  it('searches, says how many match, and links each organization to its page', async () => {
    const { user, calls } = renderWithApi(
      <OrganizationsAdmin organizationPath={(id) => `/admin/organizations/${id}`} onCreated={() => undefined} />,
      {
        api: (_operation, variables) => ({
          data: {
            organizations: {
              __typename: 'OrganizationConnection',
              totalCount: variables['search'] ? 1 : 2,
              pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: null },
              nodes: [alamance],
            },
          },
        }),
      },
    );
    expect(await screen.findByText('2 organizations.')).toBeTruthy();
    await user.type(screen.getByRole('searchbox', { name: 'Search organizations' }), 'Alamance');
    await user.click(screen.getByRole('button', { name: 'Search' }));
    await waitFor(() => expect(calls.at(-1)?.variables['search']).toBe('Alamance'));
    expect(await screen.findByText('1 organization matches “Alamance”.')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Alamance County' }).getAttribute('href')).toBe('/admin/organizations/o-1');
  });
});
