import type { CombinedError } from 'urql';
import { toApiErrors, type ApiError } from '@abate/web/core';

/** What people read for an API error that is not about one field. */
export function errorMessage({ code, message }: ApiError): string {
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

/** Every error of a failed operation as one sentence or more. */
export function errorText(error: CombinedError): string {
  return toApiErrors(error).map(errorMessage).join(' ');
}

/** The errors a form shows: each with the API's field path, when it names one. */
export function fieldErrors(error: CombinedError): Array<{ message: string; field?: string }> {
  return toApiErrors(error).map((apiError) => ({ message: errorMessage(apiError), field: apiError.code === 'BAD_USER_INPUT' ? apiError.field : undefined }));
}
