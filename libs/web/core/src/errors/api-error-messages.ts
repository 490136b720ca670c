import type { CombinedError } from 'urql';
import { toApiErrors, type ApiError } from './api-error';

/** The message people read for an API error that is not about one field (for BAD_USER_INPUT, the API's own message). */
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

/** Every error of a failed operation as one sentence or more. */
export function apiErrorText(error: CombinedError): string {
  return toApiErrors(error).map(generalErrorMessage).join(' ');
}

/**
 * An error as an error summary shows it: the same shape as `FormError` of
 * `@abate/web/ui` (web-core may not depend on the ui library, so the shape is
 * stated here and TypeScript matches the two structurally).
 */
export interface ApiFormError {
  message: string;
  /** id of the input at fault; the summary links to it. */
  fieldId?: string;
}

/**
 * API errors as form errors: an error whose `extensions.field` names a field of
 * the form (`fieldIdFor` returns its element id) links to that field; everything
 * else is shown as it is.
 */
export function apiFormErrors(
  error: CombinedError,
  fieldIdFor: (path: string) => string | undefined = () => undefined,
): ApiFormError[] {
  return toApiErrors(error).map((apiError) => ({
    message: generalErrorMessage(apiError),
    fieldId: apiError.field ? fieldIdFor(apiError.field) : undefined,
  }));
}

/**
 * The errors a form sorts out itself: each message with the API's input path when
 * the error is BAD_USER_INPUT and names one (other codes' fields are not the form's).
 */
export function apiFieldErrors(error: CombinedError): Array<{ message: string; field?: string }> {
  return toApiErrors(error).map((apiError) => ({
    message: generalErrorMessage(apiError),
    field: apiError.code === 'BAD_USER_INPUT' ? apiError.field : undefined,
  }));
}
