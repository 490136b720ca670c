import { useCallback, useState, type ReactNode } from 'react';
import { Provider } from 'urql';
import { createGraphQLClient } from './create-graphql-client';
import { ResetGraphQLClientContext } from './reset-graphql-client.context';

/**
 * Provides the urql client. Resetting replaces the client, which is how urql drops every
 * cached result (e.g. the previous user's data after sign-out) and refetches active queries.
 */
export function GraphQLProvider({ children }: { children: ReactNode }) {
  const [client, setClient] = useState(createGraphQLClient);
  const reset = useCallback(() => setClient(createGraphQLClient()), []);

  return (
    <ResetGraphQLClientContext value={reset}>
      <Provider value={client}>{children}</Provider>
    </ResetGraphQLClientContext>
  );
}
