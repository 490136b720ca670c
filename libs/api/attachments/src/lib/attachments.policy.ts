import { definePolicy, Role } from '@abate/api/core';

/**
 * Files of any record. Object level: the owning domain's AttachmentOwner decides (for an
 * application: membership of its organization while it is a draft to attach and delete;
 * whatever reading the application needs to download, ApplicationsService.getReadable).
 * An owner whose uploaders hold another role (a payment request's) adds it here.
 */
export const ATTACHMENTS_POLICY = definePolicy('attachments', {
  deleteAttachment: [Role.APPLICANT],
  /** POST /api/<owner path>/:id/attachments, e.g. /api/applications/:id/attachments */
  uploadAttachment: [Role.APPLICANT],
  /** GET /api/attachments/:id */
  downloadAttachment: [Role.APPLICANT, Role.REVIEWER, Role.PROGRAM_OFFICER, Role.FINANCE_OFFICER, Role.AUDITOR],
});
