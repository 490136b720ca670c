import type { CombinedError } from 'urql';
import { ERROR_CODES, type ErrorCode } from '@abate/shared/contract';

/** The API's `extensions.code` values, plus NETWORK when the API could not be reached. */
export type ApiErrorCode = ErrorCode | 'NETWORK' | 'UNKNOWN';

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
    code: ERROR_CODES.find((code) => code === extensions.code) ?? 'UNKNOWN',
    message,
    field: typeof extensions.field === 'string' ? extensions.field : undefined,
  }));
}
