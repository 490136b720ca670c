import type { Role } from '@abate/web/core';

// What each role will be able to do; later features turn these lines into links.
export const roleTasks: Record<Role, string[]> = {
  PROGRAM_OFFICER: [
    'Run funding rounds',
    'Assign reviewers to applications',
    'Rank applications and decide awards',
    'Review quarterly reports',
    'Manage users and organizations',
  ],
  APPLICANT: [
    'Find open funding rounds',
    'Prepare and submit applications for your organization',
    'File quarterly reports on your award',
  ],
  REVIEWER: ['Declare conflicts of interest', 'Score your assigned applications against the best-practice checklist'],
  FINANCE_OFFICER: ["Keep the settlement fund's books", 'Give the financial approval of payments to grantees'],
  AUDITOR: ['Read funding rounds, decisions and quarterly reports', 'Read the audit trail'],
};
