import { definePolicy, hasRole, Role } from '@abate/api/core';
import type { AuthUser } from '@abate/api/core';

/**
 * Quarterly reports and reporting milestones. Object level (ReportsService,
 * MilestonesService): grantees act on their own organizations' awards only; officers and
 * auditors read all (`readsEverything`).
 */
export const REPORTING_POLICY = definePolicy('reporting', {
  saveQuarterlyReport: [Role.APPLICANT],
  submitQuarterlyReport: [Role.APPLICANT],
  reviewQuarterlyReport: [Role.PROGRAM_OFFICER],
  quarterlyReport: [Role.APPLICANT, Role.PROGRAM_OFFICER, Role.AUDITOR],
  reportingMilestones: [Role.APPLICANT, Role.PROGRAM_OFFICER, Role.AUDITOR],
});

/** Reports are written by the grantee organization's members (with the membership check in the service), not by officers. */
export const filesReports = (actor: AuthUser): boolean => hasRole(actor, Role.APPLICANT);
