import { definePolicy, Role } from '@abate/api/core';

/** The audit trail: officers and auditors, on the page and as a download. */
export const AUDIT_POLICY = definePolicy('audit', {
  auditEvents: [Role.PROGRAM_OFFICER, Role.AUDITOR],
  auditExport: [Role.PROGRAM_OFFICER, Role.AUDITOR],
});
