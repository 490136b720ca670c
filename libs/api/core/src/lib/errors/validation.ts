import type { ValidationError } from 'class-validator';
import { BadUserInputException } from './domain.exception';

/** First failing constraint of a class-validator tree, with its dotted input path. */
export function firstValidationFailure(
  errors: ValidationError[],
  prefix: string,
): { field: string; message: string } | undefined {
  for (const error of errors) {
    const field = prefix ? `${prefix}.${error.property}` : error.property;
    if (error.constraints) {
      const message = Object.values(error.constraints)[0];
      return { field, message };
    }
    const nested = firstValidationFailure(error.children ?? [], field);
    if (nested) return nested;
  }
  return undefined;
}

/** The ValidationPipe's exceptionFactory: names the argument path at fault. */
export function validationExceptionFactory(argName: string | undefined) {
  return (errors: ValidationError[]) => {
    const failure = firstValidationFailure(errors, argName ?? '');
    return new BadUserInputException(failure?.field ?? argName ?? 'input', failure?.message ?? 'Invalid input');
  };
}
