import { useState, type FormEvent } from 'react';
import { Button, Form } from '@trussworks/react-uswds';
import { useMutation, useQuery } from 'urql';
import { apiFormErrors, type MembershipRole, type Role } from '@abate/web/core';
import { can, roleLabels, ROLES } from '@abate/web/identity';
import { CheckboxesField, ErrorSummary, firstCheckboxId, InputField, SelectField, type FormError } from '@abate/web/ui';
import { adminOrganizationsQuery, inviteUserMutation } from '../graphql/admin.documents';
import { allRoles, membershipRoleHints, membershipRoleLabels } from '../lib/labels';

export interface InviteFormProps {
  /** Invite into this organization as an applicant (the team and organization pages); otherwise roles and organization are chosen. */
  organization?: { id: string; name: string };
  onInvited: (message: string) => void;
}

const ids = {
  name: 'invite-name',
  email: 'invite-email',
  roles: 'invite-roles',
  organizationId: 'invite-organization',
  organizationRole: 'invite-organization-role',
};
const fieldIdFor = (path: string) => ids[path.replace(/^input\./, '') as keyof typeof ids];

/**
 * Invites a person by e-mail: the link in the mail works once, for 7 days. The answer
 * is the same whether or not the address already has an account.
 */
export function InviteForm({ organization, onInvited }: InviteFormProps) {
  const [name, setName] = useState('');
  const [email, setEmail] = useState('');
  const [roles, setRoles] = useState<Role[]>(organization ? [...ROLES.applicants] : []);
  const [organizationId, setOrganizationId] = useState(organization?.id ?? '');
  const [organizationRole, setOrganizationRole] = useState<MembershipRole>('CONTRIBUTOR');
  const [errors, setErrors] = useState<FormError[]>([]);
  const [{ fetching }, invite] = useMutation(inviteUserMutation);
  const [{ data: orgs }] = useQuery({
    query: adminOrganizationsQuery,
    variables: { first: 100 },
    pause: Boolean(organization),
  });
  const errorOf = (id: string) => errors.find((e) => e.fieldId === id)?.message;

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (fetching) return;
    const found: FormError[] = [];
    if (!name.trim()) found.push({ message: 'Enter the person’s name', fieldId: ids.name });
    if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email.trim()))
      found.push({ message: 'Enter an e-mail address, such as casey@alamancecountync.gov', fieldId: ids.email });
    if (!roles.length)
      found.push({ message: 'Choose at least one role', fieldId: firstCheckboxId(ids.roles, allRoles[0]) });
    if (can.apply(roles) && !organizationId)
      found.push({ message: 'Choose the organization an applicant works for', fieldId: ids.organizationId });
    setErrors(found);
    if (found.length) return;
    const result = await invite({
      input: {
        name: name.trim(),
        email: email.trim(),
        roles,
        organizationId: organizationId || null,
        organizationRole: organizationId ? organizationRole : null,
      },
    });
    if (result.error) {
      setErrors(apiFormErrors(result.error, fieldIdFor));
      return;
    }
    onInvited(`Invitation sent to ${email.trim()}. The link in it works once, for 7 days.`);
    setName('');
    setEmail('');
  };

  const membershipOptions = (['CONTRIBUTOR', 'OWNER'] as MembershipRole[]).map((value) => ({
    value,
    label: `${membershipRoleLabels[value]} (${membershipRoleHints[value]})`,
  }));

  return (
    <>
      <ErrorSummary errors={errors} />
      <Form onSubmit={submit} noValidate aria-label="Invite a person">
        <InputField id={ids.name} label="Name" value={name} onChange={setName} error={errorOf(ids.name)} />
        <InputField
          id={ids.email}
          label="E-mail address"
          type="email"
          autoComplete="off"
          value={email}
          onChange={setEmail}
          error={errorOf(ids.email)}
        />
        {!organization && (
          <>
            <CheckboxesField
              id={ids.roles}
              legend="Roles"
              options={allRoles.map((value) => ({ value, label: roleLabels[value] }))}
              value={roles}
              onChange={setRoles}
              error={errorOf(firstCheckboxId(ids.roles, allRoles[0]))}
            />
            <SelectField
              id={ids.organizationId}
              label="Organization"
              hint="Required for applicants."
              value={organizationId}
              onChange={setOrganizationId}
              placeholder="- None -"
              options={(orgs?.organizations.nodes ?? []).map((o) => ({ value: o.id, label: `${o.name} (${o.state})` }))}
              error={errorOf(ids.organizationId)}
            />
          </>
        )}
        {(organization || organizationId) && (
          <SelectField
            id={ids.organizationRole}
            label={`Place in ${organization?.name ?? 'the organization'}`}
            value={organizationRole}
            onChange={(v) => setOrganizationRole(v as MembershipRole)}
            options={membershipOptions}
            error={errorOf(ids.organizationRole)}
          />
        )}
        <Button type="submit" className="margin-top-3" disabled={fetching}>
          {fetching ? 'Sending…' : 'Send invitation'}
        </Button>
      </Form>
    </>
  );
}
