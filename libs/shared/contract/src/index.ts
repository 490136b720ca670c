/**
 * The `extensions.code` values of API-CONTRACT.md: what the API sends and the web
 * app (and county IT scripts) switch on. Never INTERNAL_SERVER_ERROR for client input.
 */
export const ERROR_CODES = [
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'BAD_USER_INPUT',
  'CONFLICT',
  'INVALID_STATE',
  'DEADLINE_PASSED',
  'RATE_LIMITED',
] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];
