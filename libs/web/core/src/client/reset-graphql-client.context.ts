import { createContext } from 'react';

export const ResetGraphQLClientContext = createContext<() => void>(() => {
  throw new Error('useResetGraphQLClient must be used inside <GraphQLProvider>');
});
