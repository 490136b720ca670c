import { pipeline } from 'node:stream/promises';
import { Controller, Get, HttpCode, Logger, Param, PipeTransform, Post, Req, Res, UseFilters } from '@nestjs/common';
import type { Request, Response } from 'express';
import { Allow, BadUserInputException, CurrentUser, isUuid, NotFoundException } from '@abate/api/core';
import type { AuthUser } from '@abate/api/core';
import { AttachmentOwners } from '../attachment-owner';
import { AttachmentsService, tooLarge } from '../attachments.service';
import { ATTACHMENTS_POLICY } from '../attachments.policy';
import { AttachmentRefusedException } from '../attachment-errors';
import { contentDisposition, fileNameFromHeader } from '../file-name';
import { MAX_ATTACHMENT_BYTES } from '../file-type';
import { attachmentJson } from '../models/attachment.model';
import type { AttachmentJson } from '../models/attachment.model';
import { UploadErrorFilter } from './upload-error.filter';
import { BodyIncompleteError, BodyTooLargeError, readBodyCapped } from './read-body';

/** A path id that must be one of our UUIDs: 400 naming the parameter, never a SQL error. */
class UuidParam implements PipeTransform<unknown, string> {
  constructor(private readonly name: string) {}

  transform(value: unknown): string {
    if (!isUuid(value)) throw new BadUserInputException(this.name, `${this.name} is not a valid id`);
    return value.toLowerCase();
  }
}

const OCTET_STREAM = /^application\/octet-stream\s*(;|$)/i;

/**
 * Files go over plain HTTP (GraphQL carries their metadata): the raw bytes as
 * the body of a POST, and a download that is always an attachment, never rendered inline.
 * The global AccessGuard authenticates these routes by bearer token or session cookie.
 * Cross-site forms cannot send this Content-Type or the X-File-Name header
 * without a CORS preflight, which the API never grants, so a cookie alone cannot upload.
 */
@Controller('api')
@UseFilters(UploadErrorFilter)
export class AttachmentsController {
  private readonly logger = new Logger(AttachmentsController.name);

  constructor(
    private readonly service: AttachmentsService,
    private readonly owners: AttachmentOwners,
  ) {}

  // POST /api/applications/:id/attachments, /api/quarterly-reports/:id/attachments, ...: one route per
  // registered AttachmentOwner (its `path`), which also decides who may upload (assertCanChange).
  @Allow(ATTACHMENTS_POLICY.uploadAttachment)
  @Post(':owner/:id/attachments')
  @HttpCode(201)
  async upload(
    @Param('owner') ownerPath: string,
    @Param('id', new UuidParam('id')) ownerId: string,
    @Req() req: Request,
    @CurrentUser() actor: AuthUser,
  ): Promise<AttachmentJson> {
    const owner = this.owners.ofPath(ownerPath);
    if (!owner) throw new NotFoundException(`Attachments of ${ownerPath}`, 'owner');
    const fileName = fileNameFromHeader(req.headers['x-file-name']);
    if (!OCTET_STREAM.test(req.headers['content-type'] ?? '')) {
      throw new AttachmentRefusedException(
        'Send the file itself as the request body, with Content-Type: application/octet-stream',
        415,
        'Content-Type',
      );
    }
    const encoding = req.headers['content-encoding'];
    if (encoding && encoding.toLowerCase() !== 'identity') {
      throw new AttachmentRefusedException(
        `Send the file uncompressed (Content-Encoding ${encoding} is not accepted)`,
        415,
        'Content-Encoding',
      );
    }
    // Before a byte of the file is read: a caller who may not attach never gets to send 10 MB.
    await this.service.assertCanAttach(actor, owner, ownerId);
    let bytes: Buffer;
    try {
      bytes = await readBodyCapped(req, MAX_ATTACHMENT_BYTES);
    } catch (error) {
      if (error instanceof BodyTooLargeError) throw tooLarge(fileName);
      if (error instanceof BodyIncompleteError)
        throw new AttachmentRefusedException(`${fileName}: ${error.message}; try again`, 400);
      throw error;
    }
    return attachmentJson(await this.service.upload(actor, owner, ownerId, fileName, bytes));
  }

  // Whoever may read the record the file belongs to (its AttachmentOwner decides: for an application, reviewers' grants included).
  @Allow(ATTACHMENTS_POLICY.downloadAttachment)
  @Get('attachments/:id')
  async download(
    @Param('id', new UuidParam('id')) id: string,
    @CurrentUser() actor: AuthUser,
    @Res() res: Response,
  ): Promise<void> {
    const { attachment, content } = await this.service.open(actor, id);
    res.status(200);
    res.setHeader('Content-Type', attachment.contentType);
    res.setHeader('Content-Length', String(attachment.sizeBytes));
    res.setHeader('Content-Disposition', contentDisposition(attachment.fileName));
    res.setHeader('X-Content-Type-Options', 'nosniff');
    // Even if a browser were talked into rendering it, the file runs no script and loads nothing.
    res.setHeader('Content-Security-Policy', "default-src 'none'; sandbox");
    res.setHeader('Cache-Control', 'private, no-store');
    try {
      await pipeline(content, res);
    } catch (error) {
      content.destroy();
      // The client going away mid-download is normal; anything else is worth a look.
      if ((error as NodeJS.ErrnoException).code !== 'ERR_STREAM_PREMATURE_CLOSE')
        this.logger.error({ err: error, attachmentId: id }, 'Attachment download failed');
      res.destroy();
    }
  }
}
