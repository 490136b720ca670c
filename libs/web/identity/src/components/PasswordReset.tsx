import { useState, type FormEvent } from 'react';
import { Button, Form } from '@trussworks/react-uswds';
import { useMutation } from 'urql';
import { toApiErrors } from '@abate/web/core';
import { ErrorSummary, TextField, type FormError } from '@abate/web/ui';
import { NewPasswordFields, newPasswordProblems } from './NewPasswordFields';
import { requestPasswordResetMutation, resetPasswordMutation } from '../graphql/identity.documents';

/** "Forgot your password?": the same answer whether or not the address has an account. */
export function RequestPasswordReset() {
  const [{ fetching }, request] = useMutation(requestPasswordResetMutation);
  const [email, setEmail] = useState('');
  const [sent, setSent] = useState(false);
  const [errors, setErrors] = useState<FormError[]>([]);

  const handleSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!email.trim()) return setErrors([{ message: 'Enter your email address', fieldId: 'email' }]);
    const result = await request({ email: email.trim() });
    if (result.error) return setErrors(toApiErrors(result.error).map(({ message }) => ({ message, fieldId: 'email' })));
    setErrors([]);
    setSent(true);
  };

  if (sent) {
    return (
      <div className="usa-alert usa-alert--success" role="status">
        <div className="usa-alert__body">
          <h2 className="usa-alert__heading">Check your email</h2>
          <p className="usa-alert__text">
            If {email.trim()} has an Abate account, a link to choose a new password is on its way. It works once, for
            one hour.
          </p>
        </div>
      </div>
    );
  }
  return (
    <>
      <ErrorSummary errors={errors} />
      <Form onSubmit={handleSubmit} noValidate large aria-label="Reset password">
        <TextField
          id="email"
          label="Email address"
          type="email"
          autoComplete="username"
          value={email}
          onChange={setEmail}
          error={errors[0]?.message}
        />
        <Button type="submit" disabled={fetching}>
          {fetching ? 'Sending…' : 'Send me a reset link'}
        </Button>
      </Form>
    </>
  );
}

export interface ChooseNewPasswordProps {
  token: string;
  onDone: () => void;
}

/** The page a reset mail opens; a click sets the password and signs the account out everywhere. */
export function ChooseNewPassword({ token, onDone }: ChooseNewPasswordProps) {
  const [{ fetching }, reset] = useMutation(resetPasswordMutation);
  const [password, setPassword] = useState('');
  const [confirm, setConfirm] = useState('');
  const [errors, setErrors] = useState<FormError[]>([]);

  const handleSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const problems = newPasswordProblems(password, confirm);
    if (problems.length) return setErrors(problems);
    const result = await reset({ token, password });
    if (result.error) return setErrors(toApiErrors(result.error).map(({ message }) => ({ message: `${message}.` })));
    onDone();
  };

  return (
    <>
      <ErrorSummary errors={errors} />
      <Form onSubmit={handleSubmit} noValidate large aria-label="Choose a new password">
        <NewPasswordFields
          label="New password"
          password={password}
          confirm={confirm}
          onPassword={setPassword}
          onConfirm={setConfirm}
          errors={errors}
        />
        <Button type="submit" disabled={fetching}>
          {fetching ? 'Saving…' : 'Set new password'}
        </Button>
      </Form>
    </>
  );
}
