export { graphql } from './gql';
export type * from './gql/graphql';
export { GraphQLProvider } from './client/GraphQLProvider';
export { useResetGraphQLClient } from './client/useResetGraphQLClient';
export { toApiErrors, type ApiError, type ApiErrorCode } from './errors/api-error';
export * from './autosave';
