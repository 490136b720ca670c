import type { CombinedError } from 'urql';
import { toApiErrors, type ApiError } from '@abate/web/core';
import type { FormError } from '@abate/web/ui';

/** The message people see for codes that are not about one field. */
export function generalErrorMessage({ code, message }: ApiError): string {
  switch (code) {
    case 'NETWORK':
      return 'Abate could not be reached. Check your connection, then try again.';
    case 'UNAUTHENTICATED':
      return 'Your session has ended. Sign in again, then try again.';
    case 'FORBIDDEN':
      return message || 'Your account is not allowed to do this.';
    case 'RATE_LIMITED':
      return 'Too many requests. Wait a minute, then try again.';
    case 'UNKNOWN':
      return message || 'Something went wrong. Try again later.';
    default:
      return message;
  }
}

/**
 * API errors as form errors: a BAD_USER_INPUT whose `extensions.field` names a
 * field of the form links to that field; everything else is shown as it is.
 */
export function apiFormErrors(error: CombinedError, fieldIdFor: (path: string) => string | undefined = () => undefined): FormError[] {
  return toApiErrors(error).map((apiError) => {
    const fieldId = apiError.field ? fieldIdFor(apiError.field) : undefined;
    return { message: apiError.code === 'BAD_USER_INPUT' ? apiError.message : generalErrorMessage(apiError), fieldId };
  });
}

/** True when the API said the thing asked for does not exist (or the id is malformed). */
export function isNotFound(error: CombinedError | undefined): boolean {
  if (!error) return false;
  return toApiErrors(error).some(({ code, field }) => code === 'NOT_FOUND' || (code === 'BAD_USER_INPUT' && (field === 'id' || field === 'key' || field === 'version')));
}
