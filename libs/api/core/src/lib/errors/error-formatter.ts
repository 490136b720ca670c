import type { GraphQLError, GraphQLFormattedError } from 'graphql';
import { HttpException } from '@nestjs/common';
import { DomainException } from './domain.exception';
import { currentRequestId } from '../context/request-context';

const GENERIC_MESSAGE = 'Something went wrong on our side. Quote the request id when you report it.';

/** Codes graphql-js and Apollo give requests that could not be parsed or validated; kept as they are. */
const REQUEST_CODES = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
  'BAD_REQUEST',
  'BAD_USER_INPUT',
]);

export interface ErrorLogger {
  error(obj: object, msg: string): void;
}

// Duck-typed: graphql ships CommonJS and ESM builds (an error from one is not an
// instance of the other's class), and Apollo's subclasses rename themselves
// (SyntaxError, ValidationError, UserInputError, BadRequestError).
function asGraphQLError(error: unknown): GraphQLError | undefined {
  return error instanceof Error && 'extensions' in error && 'locations' in error && 'path' in error
    ? (error as GraphQLError)
    : undefined;
}

/**
 * The one place that turns any thrown error into what a client sees:
 * domain codes pass through with their field; malformed requests (parse,
 * validation, variable coercion, limits) are the client's input errors;
 * everything else is logged with the request id and reaches the client as a
 * generic message, never a stack or SQL.
 */
/**
 * graphql-js suggests names it knows ("Did you mean \"passwordHash\"?"): with introspection off
 * that would hand the schema out one typo at a time. Removed when `hideSuggestions`.
 */
export function withoutSuggestions(message: string): string {
  return message.replace(/\s*Did you mean [^?]*\?/g, '');
}

export function createErrorFormatter(logger: ErrorLogger, options: { hideSuggestions?: boolean } = {}) {
  const clean = (message: string) => (options.hideSuggestions ? withoutSuggestions(message) : message);
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    // Unwrap GraphQLErrors down to what was thrown; one with nothing inside came from graphql-js or Apollo.
    let original: unknown = error;
    while (asGraphQLError(original)?.originalError) original = (original as GraphQLError).originalError;
    const graphQLError = asGraphQLError(original);
    const requestId = currentRequestId();
    const base = { locations: formatted.locations, path: formatted.path };

    if (original instanceof DomainException) {
      return {
        ...base,
        message: original.message,
        extensions: { code: original.code, ...(original.field ? { field: original.field } : {}), requestId },
      };
    }
    if (original instanceof HttpException && original.getStatus() < 500) {
      const status = original.getStatus();
      const code =
        status === 401
          ? 'UNAUTHENTICATED'
          : status === 403
            ? 'FORBIDDEN'
            : status === 404
              ? 'NOT_FOUND'
              : status === 429
                ? 'RATE_LIMITED'
                : 'BAD_USER_INPUT';
      return { ...base, message: original.message, extensions: { code, requestId } };
    }
    if (graphQLError) {
      const reported = formatted.extensions?.code;
      const code = typeof reported === 'string' && REQUEST_CODES.has(reported) ? reported : 'BAD_USER_INPUT';
      const named = formatted.extensions?.field;
      const field = typeof named === 'string' ? named : variablePath(formatted.message);
      return {
        ...base,
        message: clean(formatted.message),
        extensions: { code, ...(field ? { field } : {}), requestId },
      };
    }
    logger.error({ err: original, requestId }, 'Unhandled error in GraphQL operation');
    return { ...base, message: GENERIC_MESSAGE, extensions: { code: 'INTERNAL_SERVER_ERROR', requestId } };
  };
}

/** `Variable "$input" got invalid value "X" at "input.kind"; ...` names `input.kind`. */
export function variablePath(message: string): string | undefined {
  const match =
    /^Variable "\$([A-Za-z0-9_]+)" (?:got invalid value .*? at "[A-Za-z0-9_]+((?:\.[A-Za-z0-9_]+|\[\d+\])*)"|got invalid value|of required type|of non-null type)/s.exec(
      message,
    );
  if (!match) return undefined;
  // A key missing from (or unknown to) an input object is the field at fault, not the object.
  const key = /; Field "([A-Za-z0-9_]+)" (?:of required type .* was not provided|is not defined by type .*)\.$/s.exec(
    message,
  );
  return `${match[1]}${(match[2] ?? '').replace(/\[(\d+)\]/g, '.$1')}${key ? `.${key[1]}` : ''}`;
}
