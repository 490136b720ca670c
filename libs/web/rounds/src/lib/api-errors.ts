import type { CombinedError } from 'urql';
import { toApiErrors } from '@abate/web/core';

/** True when the API said the thing asked for does not exist (or the id is malformed). */
export function isNotFound(error: CombinedError | undefined): boolean {
  if (!error) return false;
  return toApiErrors(error).some(
    ({ code, field }) =>
      code === 'NOT_FOUND' || (code === 'BAD_USER_INPUT' && (field === 'id' || field === 'key' || field === 'version')),
  );
}
