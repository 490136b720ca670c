import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ROLES } from '@abate/web/identity';
import { renderWithApi, type MockHandler } from '@abate/web/testing';
import { UsersAdmin } from './UsersAdmin';

const dana = {
  __typename: 'User',
  id: 'u-dana',
  name: 'Dana Reviewer',
  email: 'dana@example.gov',
  roles: [...ROLES.reviewers],
  active: true,
  memberships: [],
};
const me = { ...dana, id: 'u-me', name: 'Olive Officer', email: 'olive@example.gov', roles: [...ROLES.officers] };

const api =
  (active: { value: boolean }): MockHandler =>
  (operation) => {
    switch (operation) {
      case 'AdminUsers':
        return {
          data: {
            users: {
              __typename: 'UserConnection',
              totalCount: 2,
              pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: null },
              nodes: [{ ...dana, active: active.value }, me],
            },
          },
        };
      case 'AdminOrganizations':
        return {
          data: {
            organizations: {
              __typename: 'OrganizationConnection',
              totalCount: 0,
              pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: null },
              nodes: [],
            },
          },
        };
      case 'AdminDeactivateUser':
        active.value = false;
        return { data: { deactivateUser: { __typename: 'User', id: 'u-dana', active: false } } };
      default:
        throw new Error(`Unexpected ${operation}`);
    }
  };

describe('UsersAdmin', () => {
  it('asks before deactivating, says the sessions end, and shows the account as deactivated; the officer’s own row has no actions', async () => {
    const state = { value: true };
    const { user, calls } = renderWithApi(<UsersAdmin currentUserId="u-me" />, { api: api(state) });
    const row = (await screen.findByText('Dana Reviewer')).closest('tr')!;
    expect(within(row).getByText('Active')).toBeTruthy();
    const mine = screen.getByText(/Olive Officer/).closest('tr')!;
    expect(within(mine).queryByRole('button')).toBeNull();

    await user.click(within(row).getByRole('button', { name: 'Deactivate Dana Reviewer' }));
    expect(calls.some((c) => c.operationName === 'AdminDeactivateUser')).toBe(false);
    expect(screen.getByText(/signed out everywhere at once/)).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Deactivate account' }));
    await waitFor(() => expect(calls.some((c) => c.operationName === 'AdminDeactivateUser')).toBe(true));
    expect(await screen.findByText(/Dana Reviewer is deactivated/)).toBeTruthy();
    await waitFor(() => expect(within(row).getByText('Deactivated')).toBeTruthy());
  });
});
