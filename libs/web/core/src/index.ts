export { graphql } from './gql';
export type * from './gql/graphql';
export { GraphQLProvider } from './client/GraphQLProvider';
export { useResetGraphQLClient } from './client/useResetGraphQLClient';
export { toApiErrors, type ApiError, type ApiErrorCode } from './errors/api-error';
export {
  apiErrorText,
  apiFieldErrors,
  apiFormErrors,
  generalErrorMessage,
  type ApiFormError,
} from './errors/api-error-messages';
export * from './autosave';
export * from './format';
export { usePagedQuery, type Page } from './client/usePagedQuery';
