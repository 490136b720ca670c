import { definePolicy, Role } from '@abate/api/core';

/**
 * Applications. Object level (ApplicationsService): applicants act on their own
 * organizations' applications only; a reviewer reads one only through the reviews
 * domain's grant (declared no conflict); officers and auditors read all (`readsEverything`).
 */
export const APPLICATIONS_POLICY = definePolicy('applications', {
  applications: [Role.APPLICANT, Role.PROGRAM_OFFICER, Role.AUDITOR],
  application: [Role.APPLICANT, Role.REVIEWER, Role.PROGRAM_OFFICER, Role.AUDITOR],
  createApplication: [Role.APPLICANT],
  saveApplication: [Role.APPLICANT],
  submitApplication: [Role.APPLICANT],
  withdrawApplication: [Role.APPLICANT],
});
