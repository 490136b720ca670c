import { definePolicy, Role } from '@abate/api/core';

/**
 * Supporting documents. Object level (AttachmentsService): attaching and deleting need
 * membership of the application's organisation while it is a draft; downloading needs
 * whatever reading the application needs (ApplicationsService.getReadable).
 */
export const ATTACHMENTS_POLICY = definePolicy('attachments', {
  deleteAttachment: [Role.APPLICANT],
  /** POST /api/applications/:id/attachments */
  uploadAttachment: [Role.APPLICANT],
  /** GET /api/attachments/:id */
  downloadAttachment: [Role.APPLICANT, Role.REVIEWER, Role.PROGRAM_OFFICER, Role.AUDITOR],
});
