import { describe, expect, it, vi } from 'vitest';
import { screen } from '@testing-library/react';
import { errorSummaryItems, queryErrorSummary, renderWithApi, type MockHandler } from '@abate/web/testing';
import { SignInForm } from './SignInForm';

const signInWith =
  (answer: ReturnType<MockHandler>): MockHandler =>
  (operation) => {
    if (operation === 'SignIn') return answer;
    if (operation === 'CurrentUser') return { data: { me: null } };
    throw new Error(`unexpected ${operation}`);
  };

async function fillAndSubmit(user: import('@testing-library/user-event').UserEvent, email: string, password: string) {
  if (email) await user.type(screen.getByLabelText('Email address'), email);
  if (password) await user.type(screen.getByLabelText('Password'), password);
  await user.click(screen.getByRole('button', { name: 'Sign in' }));
}

describe('SignInForm', () => {
  it('names each missing field in the summary and beside the field, without calling the API', async () => {
    const { user, calls } = renderWithApi(<SignInForm onSignedIn={vi.fn()} />);
    await fillAndSubmit(user, '', '');

    expect(errorSummaryItems()).toEqual([
      { message: 'Enter your email address', fieldId: 'email' },
      { message: 'Enter your password', fieldId: 'password' },
    ]);
    expect(screen.getByLabelText('Email address')).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByLabelText('Email address')).toHaveAccessibleDescription('Enter your email address');
    expect(calls).toEqual([]);
  });

  it('says email or password is wrong without saying which (UNAUTHENTICATED)', async () => {
    const onSignedIn = vi.fn();
    const { user } = renderWithApi(<SignInForm onSignedIn={onSignedIn} />, {
      api: signInWith({ errors: [{ code: 'UNAUTHENTICATED', message: 'Email or password is incorrect' }] }),
    });
    await fillAndSubmit(user, 'officer@abate.test', 'wrong');

    await screen.findByRole('link', { name: 'Email or password is incorrect' });
    expect(errorSummaryItems()).toEqual([{ message: 'Email or password is incorrect', fieldId: 'email' }]);
    expect(screen.getByLabelText('Password')).not.toHaveAttribute('aria-invalid');
    expect(onSignedIn).not.toHaveBeenCalled();
  });

  it('asks to wait after too many attempts (RATE_LIMITED) and says when the network failed', async () => {
    const { user, unmount } = renderWithApi(<SignInForm onSignedIn={vi.fn()} />, {
      api: signInWith({ errors: [{ code: 'RATE_LIMITED', message: 'slow down' }] }),
    });
    await fillAndSubmit(user, 'officer@abate.test', 'x');
    expect(
      await screen.findByText('Too many sign-in attempts. Wait a few minutes, then try again.'),
    ).toBeInTheDocument();
    unmount();

    const second = renderWithApi(<SignInForm onSignedIn={vi.fn()} />, { api: signInWith({ networkError: true }) });
    await fillAndSubmit(second.user, 'officer@abate.test', 'x');
    expect(
      await screen.findByText('Abate could not be reached. Check your connection, then try again.'),
    ).toBeInTheDocument();
  });

  it('signs in with the trimmed email, refreshes the current user, then calls onSignedIn', async () => {
    const onSignedIn = vi.fn();
    const { user, calls } = renderWithApi(<SignInForm onSignedIn={onSignedIn} />, {
      api: signInWith({ data: { signIn: { __typename: 'SignInPayload', user: { __typename: 'User', id: 'u1' } } } }),
    });
    await fillAndSubmit(user, '  officer@abate.test ', 'abate-demo');

    await vi.waitFor(() => expect(onSignedIn).toHaveBeenCalledTimes(1));
    expect(calls.map((call) => call.operationName)).toEqual(['SignIn', 'CurrentUser']);
    expect(calls[0]?.variables).toEqual({ email: 'officer@abate.test', password: 'abate-demo' });
    expect(queryErrorSummary()).toBeNull();
  });
});
