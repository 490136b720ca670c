import { useCallback } from 'react';
import { useMutation } from 'urql';
import { useResetGraphQLClient } from '@abate/web/core';
import { signOutMutation } from '../graphql/identity.documents';

export function useSignOut() {
  const resetClient = useResetGraphQLClient();
  const [{ fetching, error }, executeSignOut] = useMutation(signOutMutation);

  /** Resolves true once signed out; the GraphQL cache is dropped with the session. */
  const signOut = useCallback(async (): Promise<boolean> => {
    const result = await executeSignOut({});
    if (result.error) return false;
    resetClient();
    return true;
  }, [executeSignOut, resetClient]);

  return { signOut, fetching, failed: Boolean(error) };
}
