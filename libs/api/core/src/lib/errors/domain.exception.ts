import { IntrinsicException } from '@nestjs/common';
import type { ErrorCode } from '@abate/shared/contract';

export type { ErrorCode } from '@abate/shared/contract';

/** Intrinsic: an expected outcome the client is told about, so Nest does not log it as a failure. */
export class DomainException extends IntrinsicException {
  constructor(
    readonly code: ErrorCode,
    message: string,
    /** Input path at fault, e.g. `input.email` or `input.responses.3.narrative`. */
    readonly field?: string,
  ) {
    super(message);
    this.name = 'DomainException';
  }
}

export class BadUserInputException extends DomainException {
  constructor(field: string, message: string) {
    super('BAD_USER_INPUT', message, field);
  }
}

export class UnauthenticatedException extends DomainException {
  constructor(message = 'Sign in to continue') {
    super('UNAUTHENTICATED', message);
  }
}

export class ForbiddenException extends DomainException {
  constructor(message = 'You are not allowed to do this') {
    super('FORBIDDEN', message);
  }
}

export class NotFoundException extends DomainException {
  constructor(entity: string, field?: string) {
    super('NOT_FOUND', `${entity} not found`, field);
  }
}

export class ConflictException extends DomainException {
  constructor(message = 'This record was changed by someone else; reload and try again', field = 'version') {
    super('CONFLICT', message, field);
  }
}

export class InvalidStateException extends DomainException {
  constructor(message: string) {
    super('INVALID_STATE', message);
  }
}

export class DeadlinePassedException extends DomainException {
  constructor(message: string) {
    super('DEADLINE_PASSED', message);
  }
}

export class RateLimitedException extends DomainException {
  constructor(message = 'Too many attempts; wait a few minutes and try again') {
    super('RATE_LIMITED', message);
  }
}
