import { ArgumentMetadata, ValidationPipe } from '@nestjs/common';
import { BadUserInputException } from './errors/domain.exception';
import { validationExceptionFactory } from './errors/validation';

/**
 * Global validation (whitelist, forbid unknown) whose errors name the input
 * path: `input.email` for a field of an `input` argument, `first` for an @ArgsType field.
 */
export class InputValidationPipe extends ValidationPipe {
  constructor() {
    super({
      whitelist: true,
      forbidNonWhitelisted: true,
      transform: true,
      validateCustomDecorators: false,
      exceptionFactory: validationExceptionFactory(undefined),
    });
  }

  override async transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    try {
      return await super.transform(value, metadata);
    } catch (error) {
      if (error instanceof BadUserInputException && metadata.type !== 'custom' && metadata.data && error.field) {
        throw new BadUserInputException(`${metadata.data}.${error.field}`, error.message);
      }
      throw error;
    }
  }
}
