import { useRef, useState, type FormEvent } from 'react';
import { Button, Form, Table, Tag, type ModalRef } from '@trussworks/react-uswds';
import { useMutation, useQuery } from 'urql';
import { apiErrorText, type AdminUsersQuery, type Role } from '@abate/web/core';
import { roleLabels, sortRoles } from '@abate/web/identity';
import { LoadFailed, Loading } from '@abate/web/rounds';
import { CheckboxesField, InputField, Pager, SelectField, useCursorPages } from '@abate/web/ui';
import {
  adminOrganizationsQuery,
  adminUsersQuery,
  deactivateUserMutation,
  reactivateUserMutation,
  updateUserRolesMutation,
} from '../graphql/admin.documents';
import { allRoles, membershipRoleLabels } from '../lib/labels';
import { ConfirmDialog } from './ConfirmDialog';
import { InviteForm } from './InviteForm';

const PAGE = 25;
type User = AdminUsersQuery['users']['nodes'][number];

interface Filters {
  search: string;
  role: Role | '';
  organizationId: string;
  active: '' | 'true' | 'false';
}
const noFilters: Filters = { search: '', role: '', organizationId: '', active: '' };

export interface UsersAdminProps {
  currentUserId: string;
}

/**
 * Officers: every account, searched by name or e-mail, role, organization and state;
 * invite, change roles, deactivate (its sessions end at once) and reactivate.
 */
export function UsersAdmin({ currentUserId }: UsersAdminProps) {
  const [typed, setTyped] = useState<Filters>(noFilters);
  const [filters, setFilters] = useState<Filters>(noFilters);
  const [inviting, setInviting] = useState(false);
  const [message, setMessage] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [target, setTarget] = useState<{ user: User; action: 'deactivate' | 'roles' } | null>(null);
  const [roles, setRoles] = useState<Role[]>([]);
  const deactivateRef = useRef<ModalRef>(null);
  const rolesRef = useRef<ModalRef>(null);
  const pages = useCursorPages();
  const [{ data, error: loadError, fetching }, refetch] = useQuery({
    query: adminUsersQuery,
    variables: {
      search: filters.search || null,
      role: filters.role || null,
      organizationId: filters.organizationId || null,
      active: filters.active === '' ? null : filters.active === 'true',
      first: PAGE,
      after: pages.after,
    },
  });
  const [{ data: orgs }] = useQuery({ query: adminOrganizationsQuery, variables: { first: 100 } });
  const [{ fetching: deactivating }, deactivate] = useMutation(deactivateUserMutation);
  const [{ fetching: reactivating }, reactivate] = useMutation(reactivateUserMutation);
  const [{ fetching: savingRoles }, updateRoles] = useMutation(updateUserRolesMutation);

  const apply = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setFilters({ ...typed, search: typed.search.trim() });
    pages.reset();
  };
  const set = (field: keyof Filters) => (value: string) => setTyped((f) => ({ ...f, [field]: value }));
  const done = (text: string) => {
    setError(null);
    setMessage(text);
    setTarget(null);
    refetch({ requestPolicy: 'network-only' });
  };

  const confirmDeactivate = async () => {
    if (!target) return;
    const result = await deactivate({ id: target.user.id });
    if (result.error) return setError(apiErrorText(result.error));
    deactivateRef.current?.toggleModal(undefined, false);
    done(`${target.user.name} is deactivated: they were signed out and cannot sign in.`);
  };
  const saveRoles = async () => {
    if (!target) return;
    if (!roles.length) return setError('Choose at least one role');
    const result = await updateRoles({ id: target.user.id, roles });
    if (result.error) return setError(apiErrorText(result.error));
    rolesRef.current?.toggleModal(undefined, false);
    done(
      `${target.user.name}’s roles are now: ${sortRoles(roles)
        .map((r) => roleLabels[r])
        .join(', ')}.`,
    );
  };

  const list = data?.users;
  return (
    <>
      {inviting ? (
        <section aria-labelledby="invite-heading" className="margin-bottom-4">
          <h2 id="invite-heading">Invite a person</h2>
          <InviteForm
            onInvited={(text) => {
              setInviting(false);
              setMessage(text);
            }}
          />
          <Button type="button" unstyled className="margin-top-2" onClick={() => setInviting(false)}>
            Cancel
          </Button>
        </section>
      ) : (
        <p>
          <Button type="button" onClick={() => setInviting(true)}>
            Invite a person
          </Button>
        </p>
      )}
      <div role="status" className="text-bold margin-bottom-2">
        {message}
      </div>
      {error && !target && (
        <div className="usa-alert usa-alert--error usa-alert--slim" role="alert">
          <div className="usa-alert__body">
            <p className="usa-alert__text">{error}</p>
          </div>
        </div>
      )}

      <section aria-labelledby="users-heading">
        <h2 id="users-heading">People</h2>
        <Form onSubmit={apply} noValidate aria-label="Find people" className="maxw-none">
          <div className="grid-row grid-gap">
            <div className="tablet:grid-col-4">
              <InputField id="user-search" label="Name or e-mail" value={typed.search} onChange={set('search')} />
            </div>
            <div className="tablet:grid-col-2">
              <SelectField
                id="user-role"
                label="Role"
                value={typed.role}
                onChange={set('role')}
                placeholder="Any role"
                options={allRoles.map((value) => ({ value, label: roleLabels[value] }))}
              />
            </div>
            <div className="tablet:grid-col-4">
              <SelectField
                id="user-organization"
                label="Organization"
                value={typed.organizationId}
                onChange={set('organizationId')}
                placeholder="Any organization"
                options={(orgs?.organizations.nodes ?? []).map((o) => ({
                  value: o.id,
                  label: `${o.name} (${o.state})`,
                }))}
              />
            </div>
            <div className="tablet:grid-col-2">
              <SelectField
                id="user-active"
                label="Account"
                value={typed.active}
                onChange={set('active')}
                placeholder="Any"
                options={[
                  { value: 'true', label: 'Active' },
                  { value: 'false', label: 'Deactivated' },
                ]}
              />
            </div>
          </div>
          <Button type="submit" outline>
            Find people
          </Button>
        </Form>

        {fetching && !list && <Loading what="Loading people…" />}
        {loadError && <LoadFailed error={loadError} what="the people" onRetry={() => refetch()} />}
        {list && (
          <>
            <p>{list.totalCount === 1 ? '1 person' : `${list.totalCount.toLocaleString('en-US')} people`} found.</p>
            {list.nodes.length > 0 && (
              <Table fullWidth striped>
                <caption className="usa-sr-only">People</caption>
                <thead>
                  <tr>
                    <th scope="col">Name</th>
                    <th scope="col">E-mail</th>
                    <th scope="col">Roles</th>
                    <th scope="col">Organizations</th>
                    <th scope="col">Account</th>
                    <th scope="col">Actions</th>
                  </tr>
                </thead>
                <tbody>
                  {list.nodes.map((user) => {
                    const self = user.id === currentUserId;
                    return (
                      <tr key={user.id}>
                        <th scope="row">
                          {user.name}
                          {self && ' (you)'}
                        </th>
                        <td>{user.email}</td>
                        <td>
                          {sortRoles(user.roles)
                            .map((r) => roleLabels[r])
                            .join(', ')}
                        </td>
                        <td>
                          {user.memberships.length
                            ? user.memberships
                                .map((m) => `${m.organization.name} (${membershipRoleLabels[m.role].toLowerCase()})`)
                                .join(', ')
                            : '—'}
                        </td>
                        <td>
                          {user.active ? (
                            <Tag className="bg-green text-no-uppercase">Active</Tag>
                          ) : (
                            <Tag className="bg-secondary-dark text-no-uppercase">Deactivated</Tag>
                          )}
                        </td>
                        <td>
                          {!self && (
                            <>
                              <Button
                                type="button"
                                unstyled
                                className="margin-right-2"
                                aria-label={`Change roles of ${user.name}`}
                                onClick={() => {
                                  setError(null);
                                  setRoles(sortRoles(user.roles));
                                  setTarget({ user, action: 'roles' });
                                  rolesRef.current?.toggleModal(undefined, true);
                                }}
                              >
                                Change roles
                              </Button>
                              {user.active ? (
                                <Button
                                  type="button"
                                  unstyled
                                  className="text-secondary-dark"
                                  aria-label={`Deactivate ${user.name}`}
                                  onClick={() => {
                                    setError(null);
                                    setTarget({ user, action: 'deactivate' });
                                    deactivateRef.current?.toggleModal(undefined, true);
                                  }}
                                >
                                  Deactivate
                                </Button>
                              ) : (
                                <Button
                                  type="button"
                                  unstyled
                                  disabled={reactivating}
                                  aria-label={`Reactivate ${user.name}`}
                                  onClick={async () => {
                                    const result = await reactivate({ id: user.id });
                                    if (result.error) setError(apiErrorText(result.error));
                                    else done(`${user.name} is active again and may sign in.`);
                                  }}
                                >
                                  Reactivate
                                </Button>
                              )}
                            </>
                          )}
                        </td>
                      </tr>
                    );
                  })}
                </tbody>
              </Table>
            )}
            <Pager label="Pages of people" {...pages.pagerProps(list, PAGE)} loading={fetching} />
          </>
        )}
      </section>

      <ConfirmDialog
        id="deactivate-dialog"
        modalRef={deactivateRef}
        heading={target ? `Deactivate ${target.user.name}?` : 'Deactivate this account?'}
        confirmLabel="Deactivate account"
        danger
        busy={deactivating}
        error={target?.action === 'deactivate' ? error : null}
        onConfirm={confirmDeactivate}
      >
        <p>
          {target?.user.email} will be signed out everywhere at once and cannot sign in until an officer reactivates the
          account. Their records stay.
        </p>
      </ConfirmDialog>
      <ConfirmDialog
        id="roles-dialog"
        modalRef={rolesRef}
        heading={target ? `Roles of ${target.user.name}` : 'Roles'}
        confirmLabel="Save roles"
        busy={savingRoles}
        error={target?.action === 'roles' ? error : null}
        onConfirm={saveRoles}
      >
        <CheckboxesField
          id="change-roles"
          legend="Roles"
          options={allRoles.map((value) => ({ value, label: roleLabels[value] }))}
          value={roles}
          onChange={setRoles}
        />
      </ConfirmDialog>
    </>
  );
}
