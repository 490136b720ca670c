import { BadUserInputException } from '@abate/api/core';

/**
 * A file the server will not keep: BAD_USER_INPUT on the `file` field for
 * GraphQL-minded clients, with the HTTP status that says why (413 too large,
 * 415 not an accepted type, 400 empty or malformed), which the core's
 * HttpErrorFilter sends.
 */
export class AttachmentRefusedException extends BadUserInputException {
  constructor(
    message: string,
    readonly httpStatus: 400 | 413 | 415,
    field = 'file',
  ) {
    super(field, message);
  }
}
