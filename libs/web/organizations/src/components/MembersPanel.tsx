import { useRef, useState } from 'react';
import { Button, Table, Tag, type ModalRef } from '@trussworks/react-uswds';
import { useMutation, useQuery } from 'urql';
import { apiErrorText, type MembershipRole, formatLocalDate } from '@abate/web/core';
import {
  pendingInvitationsQuery,
  removeMembershipMutation,
  revokeInvitationMutation,
  updateMembershipMutation,
} from '../graphql/admin.documents';
import { membershipRoleLabels } from '../lib/labels';
import { ConfirmDialog } from './ConfirmDialog';
import { InviteForm } from './InviteForm';

export interface Member {
  role: MembershipRole;
  since: string;
  user: { id: string; name: string; email: string; active: boolean };
}

export interface MembersPanelProps {
  organization: { id: string; name: string };
  members: readonly Member[];
  /** The signed-in user: an owner cannot change or remove their own membership. */
  currentUserId: string;
  /** Reload the organization after a change. */
  onChanged: () => void;
}

/**
 * An organization's people: their place (owner or contributor), taking someone out,
 * inviting someone, and the invitations still open. Used by officers on the
 * organization's page and by an owner on "Your team"; the API decides who may.
 */
export function MembersPanel({ organization, members, currentUserId, onChanged }: MembersPanelProps) {
  const [message, setMessage] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [removing, setRemoving] = useState<Member | null>(null);
  const modalRef = useRef<ModalRef>(null);
  const [{ fetching: updating }, updateMembership] = useMutation(updateMembershipMutation);
  const [{ fetching: removingBusy }, removeMembership] = useMutation(removeMembershipMutation);
  const [{ fetching: revoking }, revoke] = useMutation(revokeInvitationMutation);
  const [{ data: invitations }, refetchInvitations] = useQuery({
    query: pendingInvitationsQuery,
    variables: { organizationId: organization.id, first: 50 },
    requestPolicy: 'cache-and-network',
  });

  const changeRole = async (member: Member, organizationRole: MembershipRole) => {
    const result = await updateMembership({
      userId: member.user.id,
      organizationId: organization.id,
      organizationRole,
    });
    if (result.error) {
      setError(apiErrorText(result.error));
      return;
    }
    setError(null);
    setMessage(`${member.user.name} is now ${organizationRole === 'OWNER' ? 'an owner' : 'a contributor'}.`);
    onChanged();
  };

  const confirmRemove = async () => {
    if (!removing) return;
    const result = await removeMembership({ userId: removing.user.id, organizationId: organization.id });
    if (result.error) {
      setError(apiErrorText(result.error));
      return;
    }
    modalRef.current?.toggleModal(undefined, false);
    setError(null);
    setMessage(`${removing.user.name} is no longer in ${organization.name}.`);
    setRemoving(null);
    onChanged();
  };

  const pending = invitations?.invitations.nodes ?? [];
  return (
    <>
      <section aria-labelledby="members-heading" className="margin-top-5">
        <h2 id="members-heading">Members</h2>
        <div role="status" className="text-bold margin-bottom-1">
          {message}
        </div>
        {error && !removing && (
          <div className="usa-alert usa-alert--error usa-alert--slim" role="alert">
            <div className="usa-alert__body">
              <p className="usa-alert__text">{error}</p>
            </div>
          </div>
        )}
        {members.length === 0 ? (
          <p>Nobody belongs to {organization.name} yet.</p>
        ) : (
          <Table fullWidth striped>
            <caption className="usa-sr-only">Members of {organization.name}</caption>
            <thead>
              <tr>
                <th scope="col">Name</th>
                <th scope="col">E-mail</th>
                <th scope="col">Place</th>
                <th scope="col">Since</th>
                <th scope="col">Actions</th>
              </tr>
            </thead>
            <tbody>
              {members.map((member) => {
                const self = member.user.id === currentUserId;
                const other: MembershipRole = member.role === 'OWNER' ? 'CONTRIBUTOR' : 'OWNER';
                return (
                  <tr key={member.user.id}>
                    <th scope="row">
                      {member.user.name}
                      {self && ' (you)'}
                      {!member.user.active && (
                        <Tag className="bg-secondary-dark margin-left-1 text-no-uppercase">Deactivated</Tag>
                      )}
                    </th>
                    <td>{member.user.email}</td>
                    <td>{membershipRoleLabels[member.role]}</td>
                    <td>{formatLocalDate(member.since, 'long')}</td>
                    <td>
                      {!self && (
                        <>
                          <Button
                            type="button"
                            unstyled
                            className="margin-right-2"
                            disabled={updating}
                            aria-label={`${other === 'OWNER' ? 'Make owner' : 'Make contributor'}: ${member.user.name}`}
                            onClick={() => changeRole(member, other)}
                          >
                            {other === 'OWNER' ? 'Make owner' : 'Make contributor'}
                          </Button>
                          <Button
                            type="button"
                            unstyled
                            className="text-secondary-dark"
                            aria-label={`Remove ${member.user.name}`}
                            onClick={() => {
                              setError(null);
                              setRemoving(member);
                              modalRef.current?.toggleModal(undefined, true);
                            }}
                          >
                            Remove
                          </Button>
                        </>
                      )}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </Table>
        )}
      </section>
      <ConfirmDialog
        id="remove-member-dialog"
        modalRef={modalRef}
        heading={removing ? `Remove ${removing.user.name} from ${organization.name}?` : 'Remove this person?'}
        confirmLabel="Remove from organization"
        danger
        busy={removingBusy}
        error={removing ? error : null}
        onConfirm={confirmRemove}
      >
        <p>
          They will no longer see or work on {organization.name}’s applications, awards and reports. Their account
          stays; you can invite them again.
        </p>
      </ConfirmDialog>

      <section aria-labelledby="invite-heading" className="margin-top-5">
        <h2 id="invite-heading">Invite someone</h2>
        <p className="usa-hint">
          We e-mail them a link that works once, for 7 days. Someone who already has an Abate account joins with it.
        </p>
        <InviteForm
          organization={organization}
          onInvited={(text) => {
            setMessage(text);
            refetchInvitations({ requestPolicy: 'network-only' });
          }}
        />
      </section>

      <section aria-labelledby="invitations-heading" className="margin-top-5">
        <h2 id="invitations-heading">Open invitations</h2>
        {pending.length === 0 ? (
          <p>No invitation is waiting to be accepted.</p>
        ) : (
          <Table fullWidth striped>
            <caption className="usa-sr-only">Invitations waiting to be accepted</caption>
            <thead>
              <tr>
                <th scope="col">Name</th>
                <th scope="col">E-mail</th>
                <th scope="col">Place</th>
                <th scope="col">Link works until</th>
                <th scope="col">Actions</th>
              </tr>
            </thead>
            <tbody>
              {pending.map((inv) => (
                <tr key={inv.id}>
                  <th scope="row">{inv.name}</th>
                  <td>{inv.email}</td>
                  <td>{inv.organizationRole ? membershipRoleLabels[inv.organizationRole] : '—'}</td>
                  <td>{formatLocalDate(inv.expiresAt, 'long')}</td>
                  <td>
                    <Button
                      type="button"
                      unstyled
                      disabled={revoking}
                      aria-label={`Withdraw the invitation to ${inv.email}`}
                      onClick={async () => {
                        const result = await revoke({ id: inv.id });
                        if (result.error) setError(apiErrorText(result.error));
                        else {
                          setMessage(`The invitation to ${inv.email} was withdrawn.`);
                          refetchInvitations({ requestPolicy: 'network-only' });
                        }
                      }}
                    >
                      Withdraw
                    </Button>
                  </td>
                </tr>
              ))}
            </tbody>
          </Table>
        )}
      </section>
    </>
  );
}
