import { useQuery } from 'urql';
import type { CurrentUserQuery } from '@abate/web/core';
import { currentUserQuery } from '../graphql/identity.documents';

export type CurrentUser = NonNullable<CurrentUserQuery['me']>;

export interface CurrentUserState {
  /** null when anonymous, or when the API cannot say who the user is. */
  user: CurrentUser | null;
  fetching: boolean;
  /** The API could not be reached; the app carries on as anonymous. */
  apiUnavailable: boolean;
}

export function useCurrentUser(): CurrentUserState {
  const [{ data, fetching, error }] = useQuery({ query: currentUserQuery });
  return {
    user: data?.me ?? null,
    fetching,
    apiUnavailable: Boolean(error?.networkError),
  };
}
