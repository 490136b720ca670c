import { definePolicy, Role } from '@abate/api/core';

/** The job queue serves no operation; it only declares who its messages go to. */
export const JOBS_POLICY = definePolicy('jobs', {});

/** Who receives the weekly digest of overdue reports. */
export const OVERDUE_DIGEST_ROLE = Role.PROGRAM_OFFICER;
