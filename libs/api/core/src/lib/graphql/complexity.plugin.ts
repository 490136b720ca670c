// The ESM declaration, as @nestjs/apollo (ESM-only) uses: the CJS one is a distinct type.
import type { ApolloServerPlugin } from '@apollo/server' with { 'resolution-mode': 'import' };
import { GraphQLError } from 'graphql';
import { fieldExtensionsEstimator, getComplexity, simpleEstimator } from 'graphql-query-complexity';

/**
 * Refuses an operation whose estimated cost is above `maxComplexity`. Each field
 * costs 1; list fields paged with `first` cost `first` times their children.
 */
export function complexityPlugin(maxComplexity: number): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document, schema }) {
          const complexity = getComplexity({
            schema,
            operationName: request.operationName,
            query: document,
            variables: request.variables,
            estimators: [
              fieldExtensionsEstimator(),
              ({ args, childComplexity }) => (typeof args['first'] === 'number' ? Math.max(1, args['first']) * (childComplexity || 1) : undefined),
              simpleEstimator({ defaultComplexity: 1 }),
            ],
          });
          if (complexity > maxComplexity) {
            throw new GraphQLError(`Query is too complex (${complexity}); the limit is ${maxComplexity}`, {
              extensions: { code: 'BAD_USER_INPUT', http: { status: 400 } },
            });
          }
        },
      };
    },
  };
}
