import { useContext } from 'react';
import { ResetGraphQLClientContext } from './reset-graphql-client.context';

export function useResetGraphQLClient(): () => void {
  return useContext(ResetGraphQLClientContext);
}
