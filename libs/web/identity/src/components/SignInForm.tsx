import { useState, type FormEvent } from 'react';
import { Button, Form } from '@trussworks/react-uswds';
import { ErrorSummary, TextField, type FormError } from '@abate/web/ui';
import { useSignIn } from '../hooks/useSignIn';
import { signInErrors, type SignInField } from '../sign-in-errors';

export interface SignInFormProps {
  onSignedIn: () => void;
}

function requiredFieldErrors(email: string, password: string): FormError[] {
  const errors: FormError[] = [];
  if (!email.trim()) errors.push({ message: 'Enter your email address', fieldId: 'email' });
  if (!password) errors.push({ message: 'Enter your password', fieldId: 'password' });
  return errors;
}

export function SignInForm({ onSignedIn }: SignInFormProps) {
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [errors, setErrors] = useState<FormError[]>([]);
  const { signIn, fetching } = useSignIn();

  const fieldError = (field: SignInField) => errors.find((error) => error.fieldId === field)?.message;

  const handleSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const missing = requiredFieldErrors(email, password);
    setErrors(missing);
    if (missing.length > 0) return;

    const error = await signIn({ email: email.trim(), password });
    if (error) {
      setErrors(signInErrors(error));
      return;
    }
    onSignedIn();
  };

  return (
    <>
      <ErrorSummary errors={errors} />
      {/* noValidate: the error summary replaces the browser's own validation bubbles. */}
      <Form onSubmit={handleSubmit} noValidate large aria-label="Sign in">
        <TextField
          id="email"
          label="Email address"
          type="email"
          autoComplete="username"
          value={email}
          onChange={setEmail}
          error={fieldError('email')}
        />
        <TextField
          id="password"
          label="Password"
          type="password"
          autoComplete="current-password"
          value={password}
          onChange={setPassword}
          error={fieldError('password')}
        />
        <Button type="submit" disabled={fetching}>
          {fetching ? 'Signing in…' : 'Sign in'}
        </Button>
      </Form>
    </>
  );
}
