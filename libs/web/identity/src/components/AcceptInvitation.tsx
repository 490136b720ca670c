import { useState, type FormEvent } from 'react';
import { Button, Form } from '@trussworks/react-uswds';
import { useClient, useMutation, useQuery } from 'urql';
import { toApiErrors } from '@abate/web/core';
import { ErrorSummary, InputField, type FormError } from '@abate/web/ui';
import { NewPasswordFields, newPasswordProblems } from './NewPasswordFields';
import { acceptInvitationMutation, currentUserQuery, invitationQuery } from '../graphql/identity.documents';
import { roleLabels } from '../role-labels';

export interface AcceptInvitationProps {
  token: string;
  onAccepted: () => void;
}

/** The page a mailed invitation opens: it shows the invitation and needs a click (mail scanners do not click). */
export function AcceptInvitation({ token, onAccepted }: AcceptInvitationProps) {
  const [{ data, error, fetching }] = useQuery({ query: invitationQuery, variables: { token } });
  const [{ fetching: accepting }, accept] = useMutation(acceptInvitationMutation);
  const client = useClient();
  const [password, setPassword] = useState('');
  const [confirm, setConfirm] = useState('');
  const [errors, setErrors] = useState<FormError[]>([]);

  if (fetching) return <p>Loading your invitation…</p>;
  if (error || !data?.invitation) {
    const message = error
      ? (toApiErrors(error)[0]?.message ?? 'This invitation cannot be used.')
      : 'This invitation cannot be used.';
    return (
      <div className="usa-alert usa-alert--error" role="alert">
        <div className="usa-alert__body">
          <h2 className="usa-alert__heading">This invitation cannot be used</h2>
          <p className="usa-alert__text">{message} Ask the person who invited you for a new invitation.</p>
        </div>
      </div>
    );
  }
  const invitation = data.invitation;

  const existing = Boolean(invitation.existingAccount);

  const handleSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const problems = existing
      ? password
        ? []
        : [{ message: 'Enter the password of your Abate account', fieldId: 'password' }]
      : newPasswordProblems(password, confirm);
    setErrors(problems);
    if (problems.length) return;
    const result = await accept({ token, password });
    if (result.error) {
      setErrors(
        toApiErrors(result.error).map(({ message, field }) => ({
          message,
          fieldId: field === 'password' ? 'password' : undefined,
        })),
      );
      return;
    }
    await client.query(currentUserQuery, {}, { requestPolicy: 'network-only' }).toPromise();
    onAccepted();
  };

  return (
    <>
      <p className="usa-intro">
        {invitation.name}, you are invited to Abate as {invitation.roles.map((r) => roleLabels[r] ?? r).join(', ')}
        {invitation.organizationName ? ` for ${invitation.organizationName}` : ''}. Your sign-in will be{' '}
        <strong>{invitation.email}</strong>.
      </p>
      {existing && (
        <p>
          This address already has an Abate account. Enter its password to accept: you keep your account and password,
          and gain what the invitation gives.
        </p>
      )}
      <ErrorSummary errors={errors} />
      <Form onSubmit={handleSubmit} noValidate large aria-label="Accept invitation">
        {existing ? (
          <InputField
            id="password"
            label="Your Abate password"
            type="password"
            autoComplete="current-password"
            value={password}
            onChange={setPassword}
            error={errors.find((e) => e.fieldId === 'password')?.message}
          />
        ) : (
          <NewPasswordFields
            label="Choose a password"
            password={password}
            confirm={confirm}
            onPassword={setPassword}
            onConfirm={setConfirm}
            errors={errors}
          />
        )}
        <Button type="submit" disabled={accepting}>
          {accepting ? 'Accepting…' : 'Accept invitation'}
        </Button>
      </Form>
    </>
  );
}
