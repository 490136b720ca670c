import { useCallback } from 'react';
import { useClient, useMutation, type CombinedError } from 'urql';
import { currentUserQuery, signInMutation } from '../graphql/identity.documents';

export interface SignInCredentials {
  email: string;
  password: string;
}

export function useSignIn() {
  const client = useClient();
  const [{ fetching }, executeSignIn] = useMutation(signInMutation);

  const signIn = useCallback(
    async (credentials: SignInCredentials): Promise<CombinedError | undefined> => {
      const result = await executeSignIn(credentials);
      if (result.error) return result.error;
      // The cached `me` is still the anonymous answer (null carries no typename for urql to
      // invalidate), so refetch it before the caller navigates; every useCurrentUser updates.
      await client.query(currentUserQuery, {}, { requestPolicy: 'network-only' }).toPromise();
      return undefined;
    },
    [client, executeSignIn],
  );

  return { signIn, fetching };
}
