import { Catch } from '@nestjs/common';
import type { Response } from 'express';
import { HttpErrorFilter } from '@abate/api/core';
import { discardRestOfUpload } from './read-body';

/**
 * The core's JSON errors for plain routes, plus: an upload refused for its
 * size (413) is never read to the end; the client gets a moment to see the
 * answer and is then cut off.
 */
@Catch()
export class UploadErrorFilter extends HttpErrorFilter {
  protected override beforeReply(status: number, res: Response): void {
    if (status === 413) res.once('finish', () => discardRestOfUpload(res.req));
  }
}
