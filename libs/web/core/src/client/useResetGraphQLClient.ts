import { useContext } from 'react';
import { ResetGraphQLClientContext } from './GraphQLProvider';

export function useResetGraphQLClient(): () => void {
  return useContext(ResetGraphQLClientContext);
}
