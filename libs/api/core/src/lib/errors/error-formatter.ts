import type { GraphQLFormattedError } from 'graphql';
import { GraphQLError } from 'graphql';
import { HttpException } from '@nestjs/common';
import { QueryFailedError } from 'typeorm';
import { DomainException } from './domain.exception';
import { currentRequestId } from '../context/request-context';

const GENERIC_MESSAGE = 'Something went wrong on our side. Quote the request id when you report it.';

/** Apollo's own codes for requests that could not be parsed, validated or coerced. */
const CLIENT_CODES = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
  'BAD_REQUEST',
]);

export interface ErrorLogger {
  error(obj: object, msg: string): void;
}

/**
 * The one place that turns any thrown error into what a client sees:
 * domain codes pass through with their field; everything unexpected is logged
 * with the request id and reaches the client as a generic message.
 */
export function createErrorFormatter(logger: ErrorLogger) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = error instanceof GraphQLError ? error.originalError ?? error : error;
    const requestId = currentRequestId();
    const base = { locations: formatted.locations, path: formatted.path };

    if (original instanceof DomainException) {
      return {
        ...base,
        message: original.message,
        extensions: { code: original.code, ...(original.field ? { field: original.field } : {}), requestId },
      };
    }
    if (original instanceof HttpException) {
      const status = original.getStatus();
      const code = status === 401 ? 'UNAUTHENTICATED' : status === 403 ? 'FORBIDDEN' : status === 404 ? 'NOT_FOUND' : status === 429 ? 'RATE_LIMITED' : status < 500 ? 'BAD_USER_INPUT' : undefined;
      if (code) return { ...base, message: original.message, extensions: { code, requestId } };
    }
    const code = formatted.extensions?.code;
    if (typeof code === 'string' && CLIENT_CODES.has(code) && !(original instanceof QueryFailedError)) {
      // Coercion errors ("Variable $x got invalid value") name the variable path.
      const field = variablePath(formatted.message);
      return {
        ...base,
        message: formatted.message,
        extensions: { code: code === 'GRAPHQL_VALIDATION_FAILED' || code === 'GRAPHQL_PARSE_FAILED' ? code : 'BAD_USER_INPUT', ...(field ? { field } : {}), requestId },
      };
    }
    logger.error({ err: original, requestId }, 'Unhandled error in GraphQL operation');
    return { ...base, message: GENERIC_MESSAGE, extensions: { code: 'INTERNAL_SERVER_ERROR', requestId } };
  };
}

function variablePath(message: string): string | undefined {
  const match = /^Variable "\$([A-Za-z0-9_]+)" got invalid value .*?(?:at "[A-Za-z0-9_]+((?:\.[A-Za-z0-9_]+|\[\d+\])*)")?;/s.exec(message);
  if (!match) return undefined;
  const rest = (match[2] ?? '').replace(/\[(\d+)\]/g, '.$1');
  return `${match[1]}${rest}`;
}
