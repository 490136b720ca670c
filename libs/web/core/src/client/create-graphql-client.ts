import { Client, cacheExchange, fetchExchange } from 'urql';

export function createGraphQLClient(url = '/graphql'): Client {
  return new Client({
    url,
    exchanges: [cacheExchange, fetchExchange],
    // The API authenticates the browser by its httpOnly session cookie; no token is kept in JS.
    fetchOptions: { credentials: 'include' },
    // Always POST JSON: queries must not land in URLs, logs or caches.
    preferGetMethod: false,
  });
}
