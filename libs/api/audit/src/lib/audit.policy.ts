import { definePolicy, Role } from '@abate/api/core';

/** The audit trail: officers and auditors. */
export const AUDIT_POLICY = definePolicy('audit', {
  auditEvents: [Role.PROGRAM_OFFICER, Role.AUDITOR],
});
