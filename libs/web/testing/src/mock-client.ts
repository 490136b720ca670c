import {
  Client,
  CombinedError,
  getOperationName,
  makeErrorResult,
  makeResult,
  type Exchange,
  type Operation,
} from '@urql/core';
import { filter, fromPromise, mergeMap, pipe } from 'wonka';

/** What the fake API answers: data, or GraphQL errors with the codes the real API uses. */
export type MockResponse = { data: Record<string, unknown> } | { errors: MockError[] } | { networkError: true };

export interface MockError {
  message: string;
  code: string;
  field?: string;
}

export type MockHandler = (
  operationName: string,
  variables: Record<string, unknown>,
) => MockResponse | Promise<MockResponse>;

export interface MockCall {
  operationName: string;
  variables: Record<string, unknown>;
}

function toResult(operation: Operation, response: MockResponse) {
  if ('data' in response) return makeResult(operation, { data: response.data });
  if ('networkError' in response) return makeErrorResult(operation, new TypeError('Failed to fetch'));
  return makeResult(operation, {
    data: null,
    errors: response.errors.map(({ message, code, field }) => ({
      message,
      extensions: field ? { code, field } : { code },
    })),
  });
}

/**
 * A real urql Client whose exchange answers from `handler` instead of the network: the components under
 * test run their real hooks, documents and error mapping (CombinedError -> ApiError). `calls` records
 * every operation sent, in order.
 */
export function mockClient(handler: MockHandler): { client: Client; calls: MockCall[] } {
  const calls: MockCall[] = [];
  const exchange: Exchange = () => (operations$) =>
    pipe(
      operations$,
      filter((operation) => operation.kind === 'query' || operation.kind === 'mutation'),
      mergeMap((operation) => {
        const operationName = getOperationName(operation.query) ?? '';
        const variables = (operation.variables ?? {}) as Record<string, unknown>;
        calls.push({ operationName, variables });
        return fromPromise(
          Promise.resolve(handler(operationName, variables)).then((response) => toResult(operation, response)),
        );
      }),
    );
  return {
    client: new Client({ url: 'http://abate.test/graphql', exchanges: [exchange], requestPolicy: 'network-only' }),
    calls,
  };
}

/** An API error as the server sends it, for `toApiErrors` tests. */
export const combinedError = (errors: MockError[]) =>
  new CombinedError({
    graphQLErrors: errors.map(({ message, code, field }) => ({
      message,
      extensions: field ? { code, field } : { code },
    })),
  });
