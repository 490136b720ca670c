// The ESM declaration, as @nestjs/apollo (ESM-only) uses: the CJS one is a distinct type.
import type { ApolloServerPlugin } from '@apollo/server' with { 'resolution-mode': 'import' };
import { getNullableType, GraphQLError, isListType } from 'graphql';
import type { DocumentNode, GraphQLField, GraphQLObjectType } from 'graphql';
import { fieldExtensionsEstimator, getComplexity, simpleEstimator } from 'graphql-query-complexity';
import type { ComplexityEstimator } from 'graphql-query-complexity';

/**
 * What an unpaged list field (no `first`) is assumed to hold when its resolver declares no
 * bound: every list has a cost, and nested lists multiply (award -> milestones -> award ->
 * milestones ... costs 20^n, so a cycle cannot explode under the limit).
 */
export const DEFAULT_LIST_SIZE = 20;

/** A list field's declared largest size: `@Extensions(maxItems(5000))` on the field. */
export const maxItems = (size: number) => ({ maxItems: size });

/**
 * The cost of a field: `first` times its children on a paged field; on an unpaged list of
 * objects, its declared `maxItems` (else DEFAULT_LIST_SIZE) times its children; a connection's
 * `nodes` pass their children's cost through (the paged field already multiplied it).
 */
export const listEstimator: ComplexityEstimator = ({ type, field, args, childComplexity }) => {
  if (typeof args['first'] === 'number') return Math.max(1, args['first']) * (childComplexity || 1);
  if (!isListType(getNullableType((field as GraphQLField<unknown, unknown>).type))) return undefined;
  if (/Connection$/.test((type as GraphQLObjectType).name) && (field.name === 'nodes' || field.name === 'edges'))
    return 1 + childComplexity;
  if (!childComplexity) return 1; // a list of scalars or enums, loaded with its parent
  const declared = (field as GraphQLField<unknown, unknown>).extensions?.['maxItems'];
  const size = typeof declared === 'number' ? declared : DEFAULT_LIST_SIZE;
  return 1 + size * childComplexity;
};

/** Variables longer than this (as JSON) are not worth remembering: their cost is computed each time. */
const CACHED_VARIABLES_MAX_CHARS = 1_000;
/** Costs remembered per parsed document (one per distinct operation name and variables). */
const CACHED_COSTS_PER_DOCUMENT = 100;

/**
 * Refuses an operation whose estimated cost is above `maxComplexity`; scalar fields cost 1.
 * The cost is a pure function of the document, the operation name and the variables, and Apollo
 * hands the same parsed document to every request with the same text, so the cost is remembered
 * per document for small variables (it was about 7% of the CPU of an authenticated `{ me { id } }`).
 */
export function complexityPlugin(maxComplexity: number): ApolloServerPlugin {
  const costs = new WeakMap<DocumentNode, Map<string, number>>();
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document, schema }) {
          const variables = JSON.stringify(request.variables ?? {});
          const key =
            variables.length <= CACHED_VARIABLES_MAX_CHARS ? `${request.operationName ?? ''}\u0000${variables}` : null;
          let known = costs.get(document);
          let complexity = key === null ? undefined : known?.get(key);
          if (complexity === undefined) {
            complexity = getComplexity({
              schema,
              operationName: request.operationName,
              query: document,
              variables: request.variables,
              estimators: [fieldExtensionsEstimator(), listEstimator, simpleEstimator({ defaultComplexity: 1 })],
            });
            if (key !== null) {
              if (!known) costs.set(document, (known = new Map()));
              if (known.size >= CACHED_COSTS_PER_DOCUMENT) known.delete(known.keys().next().value!);
              known.set(key, complexity);
            }
          }
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
