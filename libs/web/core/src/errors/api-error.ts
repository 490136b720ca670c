import type { CombinedError } from 'urql';

/** `extensions.code` values from API-CONTRACT.md, plus NETWORK when the API could not be reached. */
export type ApiErrorCode =
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'NOT_FOUND'
  | 'BAD_USER_INPUT'
  | 'CONFLICT'
  | 'INVALID_STATE'
  | 'DEADLINE_PASSED'
  | 'RATE_LIMITED'
  | 'NETWORK'
  | 'UNKNOWN';

export interface ApiError {
  code: ApiErrorCode;
  message: string;
  /** Input path at fault, from `extensions.field` (BAD_USER_INPUT). */
  field?: string;
}

export function toApiErrors(error: CombinedError): ApiError[] {
  if (error.networkError || error.graphQLErrors.length === 0) {
    return [{ code: 'NETWORK', message: error.message }];
  }
  return error.graphQLErrors.map(({ message, extensions }) => ({
    code: typeof extensions.code === 'string' ? (extensions.code as ApiErrorCode) : 'UNKNOWN',
    message,
    field: typeof extensions.field === 'string' ? extensions.field : undefined,
  }));
}
