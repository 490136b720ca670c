export const paths = {
  home: '/',
  signIn: '/sign-in',
  forgotPassword: '/forgot-password',
  // Opened from mail: the API writes these links (PUBLIC_URL/invitation/<token>, PUBLIC_URL/reset-password/<token>).
  acceptInvitation: (token = ':token') => `/invitation/${token}`,
  resetPassword: (token = ':token') => `/reset-password/${token}`,
  // Public
  rounds: '/rounds',
  round: (roundId = ':roundId') => `/rounds/${roundId}`,
  checklist: (key = ':key', version = ':version') => `/checklists/${key}/${version}`,
  // Program officer
  newRound: '/officer/rounds/new',
  editRound: (roundId = ':roundId') => `/officer/rounds/${roundId}/edit`,
  publishChecklist: '/officer/checklists/new',
  // Applicant
  applications: '/applications',
  application: (applicationId = ':applicationId') => `/applications/${applicationId}`,
  receipt: (applicationId = ':applicationId') => `/applications/${applicationId}/receipt`,
  // Reviewer
  reviews: '/reviews',
  review: (assignmentId = ':assignmentId') => `/reviews/${assignmentId}`,
  // Program officer: review and award
  assignReviewers: (roundId = ':roundId') => `/officer/rounds/${roundId}/assignments`,
  ranking: (roundId = ':roundId') => `/officer/rounds/${roundId}/ranking`,
  compare: (roundId = ':roundId') => `/officer/rounds/${roundId}/compare`,
  // Grantee reporting
  awards: '/awards',
  award: (awardId = ':awardId') => `/awards/${awardId}`,
  report: (milestoneId = ':milestoneId') => `/reports/${milestoneId}`,
  // Program officer: reports, portfolio, outbox
  reportQueue: '/officer/reports',
  reportReview: (reportId = ':reportId') => `/officer/reports/${reportId}`,
  portfolio: '/officer/portfolio',
  outbox: '/officer/outbox',
  // Public
  transparency: '/transparency',
  publicSpending: '/transparency/settlement-funds',
  // Finance officer (program officers and auditors read)
  funds: '/finance/funds',
  fund: (fundId = ':fundId') => `/finance/funds/${fundId}`,
  // Payments (officers' and finance officers' approval queue; finance officers' batches)
  paymentRequest: (id = ':paymentRequestId') => `/payments/${id}`,
  paymentApprovals: '/payments/approvals',
  paymentBatches: '/finance/payment-batches',
  paymentBatch: (id = ':batchId') => `/finance/payment-batches/${id}`,
  // Administration
  adminOrganizations: '/admin/organizations',
  adminOrganization: (id = ':organizationId') => `/admin/organizations/${id}`,
  adminUsers: '/admin/users',
  team: '/team',
  // Auditors and program officers
  auditTrail: '/audit',
} as const;
