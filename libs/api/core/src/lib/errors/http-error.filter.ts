import { ArgumentsHost, Catch, ExceptionFilter, HttpException, Logger } from '@nestjs/common';
import type { Response } from 'express';
import type { ErrorCode } from '@abate/shared/contract';
import { currentRequestId } from '../context/request-context';
import { DomainException } from './domain.exception';

/** HTTP status for each error code of the contract. */
export const HTTP_STATUS: Record<ErrorCode, number> = {
  BAD_USER_INPUT: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  INVALID_STATE: 409,
  DEADLINE_PASSED: 409,
  RATE_LIMITED: 429,
};

export interface JsonError {
  error: { code: ErrorCode | 'INTERNAL_SERVER_ERROR'; message: string; field: string | null; requestId: string | null };
}

const GENERIC_MESSAGE = 'Something went wrong on our side. Quote the request id when you report it.';

function fromHttpException(exception: HttpException): { status: number; code: ErrorCode } {
  const status = exception.getStatus();
  const code: ErrorCode =
    status === 401
      ? 'UNAUTHENTICATED'
      : status === 403
        ? 'FORBIDDEN'
        : status === 404
          ? 'NOT_FOUND'
          : status === 429
            ? 'RATE_LIMITED'
            : 'BAD_USER_INPUT';
  return { status, code };
}

/**
 * The REST twin of the GraphQL error formatter, for the few plain HTTP routes
 * (downloads, uploads): `{ error: { code, message, field, requestId } }` with the
 * matching status. Anything unexpected is logged and answered with a generic
 * 500, never a stack trace or SQL. A DomainException may carry its own `httpStatus`.
 */
@Catch()
export class HttpErrorFilter implements ExceptionFilter {
  protected readonly logger = new Logger('Http');

  catch(exception: unknown, host: ArgumentsHost): void {
    const res = host.switchToHttp().getResponse<Response>();
    const requestId = currentRequestId() ?? null;
    if (res.headersSent) {
      // A download failed half-way: cutting the connection tells the client it is incomplete.
      this.logger.error({ err: exception, requestId }, 'Response failed after it started');
      res.destroy();
      return;
    }
    let status: number;
    let body: JsonError['error'];
    if (exception instanceof DomainException) {
      status = (exception as DomainException & { httpStatus?: number }).httpStatus ?? HTTP_STATUS[exception.code];
      body = { code: exception.code, message: exception.message, field: exception.field ?? null, requestId };
    } else if (exception instanceof HttpException && exception.getStatus() < 500) {
      const mapped = fromHttpException(exception);
      status = mapped.status;
      body = { code: mapped.code, message: exception.message, field: null, requestId };
    } else {
      this.logger.error({ err: exception, requestId }, 'Unhandled error in an HTTP route');
      status = 500;
      body = { code: 'INTERNAL_SERVER_ERROR', message: GENERIC_MESSAGE, field: null, requestId };
    }
    this.beforeReply(status, res);
    res.status(status).json({ error: body } satisfies JsonError);
  }

  /** Hook for routes that must do something before the error goes out (an upload drains its body). */
  protected beforeReply(_status: number, _res: Response): void {
    // nothing by default
  }
}
