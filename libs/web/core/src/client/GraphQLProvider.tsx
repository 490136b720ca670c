import { useCallback, useState, type ReactNode } from 'react';
import { Provider } from 'urql';
import { createGraphQLClient } from './create-graphql-client';
import { ResetGraphQLClientContext } from './reset-graphql-client.context';

/**
 * Provides the urql client. Resetting replaces the client, which is how urql drops every
 * cached result (e.g. the previous user's data after sign-out) and refetches active queries.
 */
export function GraphQLProvider({ children }: { children: ReactNode }) {
  const [session, setSession] = useState(() => ({ client: createGraphQLClient(), generation: 0 }));
  const reset = useCallback(
    () => setSession(({ generation }) => ({ client: createGraphQLClient(), generation: generation + 1 })),
    [],
  );

  // Remounting under a new key means no component can render the previous user's data for even one frame.
  return (
    <ResetGraphQLClientContext value={reset}>
      <Provider key={session.generation} value={session.client}>
        {children}
      </Provider>
    </ResetGraphQLClientContext>
  );
}
