import type { CombinedError } from 'urql';
import { toApiErrors } from '@abate/web/core';
import type { FormError } from '@abate/web/ui';

export type SignInField = 'email' | 'password';

export function signInErrors(error: CombinedError): FormError[] {
  return toApiErrors(error).map(({ code, message, field }): FormError => {
    switch (code) {
      case 'UNAUTHENTICATED':
        // Not saying which of the two was wrong is deliberate (no account enumeration).
        return { message: message || 'Email or password is incorrect', fieldId: 'email' };
      case 'RATE_LIMITED':
        return { message: 'Too many sign-in attempts. Wait a few minutes, then try again.' };
      case 'BAD_USER_INPUT':
        return { message, fieldId: field === 'email' || field === 'password' ? field : undefined };
      case 'NETWORK':
        return { message: 'Abate could not be reached. Check your connection, then try again.' };
      default:
        return { message: 'Sign-in failed. Try again later.' };
    }
  });
}
