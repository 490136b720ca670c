import { GraphQLSchemaHost } from '@nestjs/graphql';
import { Role } from '@abate/api/core';
import { createTestApp, gql, GraphQLResponse, TestApp, mailedToken } from '@abate/api/testing';
import { createOrganization, createUser, TEST_PASSWORD, TestUser } from '@abate/testing/organizations';
import { MembershipRole } from '@abate/api/organizations';
import { createRound, roundInput } from '@abate/testing/rounds';
import { completeAnswers, createApplication } from '@abate/testing/applications';
import { PORP_CHECKLIST_2023 } from '@abate/shared/checklist';
import { openAssignment, submittedApplication, submitReview } from '@abate/testing/reviews';
import { samplePdf, uploadAttachment } from '@abate/testing/attachments';
import { createAward } from '@abate/testing/awards';
import { QUARTERLY_METRICS } from '@abate/shared/metrics';
import {
  approvedPaymentRequest,
  draftPaymentRequest,
  RECORD_RESULTS,
  REVIEW_PAYMENT,
  SCHEDULE_PAYMENTS,
  SUBMIT_PAYMENT,
} from '@abate/testing/payments';
import { fundWithReceiptAndLine } from '@abate/testing/ledger';
import { AppModule } from './app.module';

interface Actors {
  officer: TestUser;
  owner: TestUser;
  organizationId: string;
}

const NEW_PASSWORD = 'a new password nobody knows';

const allMetrics = () =>
  QUARTERLY_METRICS.metrics.map((m) => ({ key: m.key, value: m.expected ?? (m.partOf ? 1 : 10) }));

/** A report for the first quarter of a new award, saved (and submitted when asked). */
const reportOf = async (t: TestApp, submit: boolean) => {
  const { award, owner } = await createAward(t);
  const milestones = await gql<{ award: { milestones: Array<{ id: string }> } }>(
    t,
    'query($id: ID!) { award(id: $id) { milestones { id } } }',
    { id: award.id },
    { token: owner.token },
  );
  const saved = await gql<{ saveQuarterlyReport: { id: string; version: number } }>(
    t,
    'mutation($m: ID!, $i: QuarterlyReportInput!) { saveQuarterlyReport(milestoneId: $m, input: $i) { id version } }',
    { m: milestones.data!.award.milestones[0].id, i: { metrics: allMetrics() } },
    { token: owner.token },
  );
  const report = saved.data!.saveQuarterlyReport;
  if (submit)
    await gql(
      t,
      'mutation($id: ID!, $v: Int!) { submitQuarterlyReport(reportId: $id, version: $v) { id } }',
      { id: report.id, v: report.version },
      { token: owner.token },
    );
  return { report, owner };
};

const roundVariables = (t: TestApp) => {
  const input = roundInput({}, t.clock.now());
  return { ...input, opensAt: input.opensAt.toISOString(), closesAt: input.closesAt.toISOString() };
};

/** A draft application of the owner's organization, filled in when `complete`. */
const draftOf = async (t: TestApp, a: Actors, complete = false) =>
  createApplication(t, {
    roundId: (await createRound(t)).id,
    user: a.owner.user,
    organizationId: a.organizationId,
    answers: complete ? completeAnswers() : undefined,
  });

const invite = async (t: TestApp, a: Actors) => {
  const email = `audited-${Math.random().toString(36).slice(2, 10)}@example.org`;
  const res = await gql<{ inviteUser: { id: string } }>(
    t,
    'mutation($i: InviteUserInput!) { inviteUser(input: $i) { id } }',
    { i: { email, name: 'Audited', roles: ['APPLICANT'], organizationId: a.organizationId } },
    { token: a.officer.token },
  );
  return { id: res.data!.inviteUser.id, token: await mailedToken(t, email, 'invitation') };
};

/** A finance officer of the actors' organization (finance officers keep only their organizations' funds). */
const financeOf = (t: TestApp, a: Actors) =>
  createUser(t, {
    roles: [Role.FINANCE_OFFICER],
    organizationId: a.organizationId,
    organizationRole: MembershipRole.CONTRIBUTOR,
  });
const ledgerCase =
  (query: string, variables: (f: Awaited<ReturnType<typeof fundWithReceiptAndLine>>) => Record<string, unknown>) =>
  async (t: TestApp, a: Actors) => {
    const fund = await fundWithReceiptAndLine(t, a.organizationId);
    return gql(t, query, variables(fund), { token: (await financeOf(t, a)).token });
  };

/**
 * How to call each mutation successfully. A new mutation without an entry here
 * fails the test below, so nothing that changes data escapes the audit check.
 */
const CASES: Record<string, (t: TestApp, a: Actors) => Promise<GraphQLResponse>> = {
  signIn: (t, a) =>
    gql(t, 'mutation($e: String!, $p: String!) { signIn(email: $e, password: $p) { token } }', {
      e: a.officer.email,
      p: TEST_PASSWORD,
    }),
  signOut: async (t) => gql(t, 'mutation { signOut }', {}, { token: (await createUser(t)).token }),
  changePassword: async (t) => {
    const user = await createUser(t, { roles: [Role.REVIEWER] });
    return gql(
      t,
      'mutation($c: String!, $n: String!) { changePassword(currentPassword: $c, newPassword: $n) }',
      { c: TEST_PASSWORD, n: NEW_PASSWORD },
      { token: user.token },
    );
  },
  createOrganization: (t, a) =>
    gql(
      t,
      'mutation($i: CreateOrganizationInput!) { createOrganization(input: $i) { id } }',
      { i: { name: 'Wake County', kind: 'COUNTY', state: 'NC', fipsCode: '37183', population: 1129410 } },
      { token: a.officer.token },
    ),
  createUser: (t, a) =>
    gql(
      t,
      'mutation($i: CreateUserInput!) { createUser(input: $i) { id } }',
      {
        i: {
          email: 'added@example.org',
          name: 'Added',
          password: TEST_PASSWORD,
          roles: ['APPLICANT'],
          organizationId: a.organizationId,
        },
      },
      { token: a.officer.token },
    ),
  inviteUser: (t, a) =>
    gql(
      t,
      'mutation($i: InviteUserInput!) { inviteUser(input: $i) { id } }',
      { i: { email: 'invited@example.org', name: 'Invited', roles: ['APPLICANT'], organizationId: a.organizationId } },
      { token: a.owner.token },
    ),
  revokeInvitation: async (t, a) =>
    gql(
      t,
      'mutation($id: ID!) { revokeInvitation(id: $id) { id } }',
      { id: (await invite(t, a)).id },
      { token: a.officer.token },
    ),
  acceptInvitation: async (t, a) =>
    gql(t, 'mutation($t: String!, $p: String) { acceptInvitation(token: $t, password: $p) { token } }', {
      t: (await invite(t, a)).token,
      p: NEW_PASSWORD,
    }),
  requestPasswordReset: async (t) =>
    gql(t, 'mutation($e: String!) { requestPasswordReset(email: $e) }', {
      e: (await createUser(t, { roles: [Role.REVIEWER] })).email,
    }),
  resetPassword: async (t) => {
    const user = await createUser(t, { roles: [Role.REVIEWER] });
    await gql(t, 'mutation($e: String!) { requestPasswordReset(email: $e) }', { e: user.email });
    return gql(t, 'mutation($t: String!, $p: String!) { resetPassword(token: $t, password: $p) }', {
      t: await mailedToken(t, user.email, 'reset-password'),
      p: NEW_PASSWORD,
    });
  },
  refreshSession: async (t) =>
    gql(
      t,
      'mutation { refreshSession { expiresAt } }',
      {},
      { token: (await createUser(t, { roles: [Role.REVIEWER] })).token },
    ),
  updateUserRoles: async (t, a) =>
    gql(
      t,
      'mutation($id: ID!) { updateUserRoles(id: $id, roles: [AUDITOR]) { id } }',
      { id: (await createUser(t, { roles: [Role.REVIEWER] })).user.id },
      { token: a.officer.token },
    ),
  deactivateUser: async (t, a) =>
    gql(
      t,
      'mutation($id: ID!) { deactivateUser(id: $id) { id } }',
      { id: (await createUser(t, { roles: [Role.REVIEWER] })).user.id },
      { token: a.officer.token },
    ),
  reactivateUser: async (t, a) => {
    const id = (await createUser(t, { roles: [Role.REVIEWER] })).user.id;
    await gql(t, 'mutation($id: ID!) { deactivateUser(id: $id) { id } }', { id }, { token: a.officer.token });
    return gql(t, 'mutation($id: ID!) { reactivateUser(id: $id) { id } }', { id }, { token: a.officer.token });
  },
  updateOrganization: async (t, a) =>
    gql(
      t,
      'mutation($id: ID!) { updateOrganization(id: $id, version: 1, input: { emailDomains: ["audited.example.gov"] }) { id } }',
      { id: (await createOrganization(t)).id },
      { token: a.officer.token },
    ),
  updateMembership: async (t, a) =>
    gql(
      t,
      'mutation($u: ID!, $o: ID!) { updateMembership(userId: $u, organizationId: $o, organizationRole: OWNER) { role } }',
      {
        u: (await createUser(t, { roles: [Role.APPLICANT], organizationId: a.organizationId })).user.id,
        o: a.organizationId,
      },
      { token: a.owner.token },
    ),
  removeMembership: async (t, a) =>
    gql(
      t,
      'mutation($u: ID!, $o: ID!) { removeMembership(userId: $u, organizationId: $o) }',
      {
        u: (await createUser(t, { roles: [Role.APPLICANT], organizationId: a.organizationId })).user.id,
        o: a.organizationId,
      },
      { token: a.owner.token },
    ),
  publishChecklistVersion: (t, a) =>
    gql(
      t,
      'mutation($i: ChecklistInput!) { publishChecklistVersion(input: $i) { id } }',
      { i: { ...PORP_CHECKLIST_2023, version: '2030.1' } },
      { token: a.officer.token },
    ),
  createFundingRound: (t, a) =>
    gql(
      t,
      'mutation($i: CreateFundingRoundInput!) { createFundingRound(input: $i) { id } }',
      { i: roundVariables(t) },
      { token: a.officer.token },
    ),
  updateFundingRound: async (t, a) => {
    const round = await createRound(t, { status: 'DRAFT' });
    return gql(
      t,
      'mutation($id: ID!, $i: UpdateFundingRoundInput!) { updateFundingRound(id: $id, version: 1, input: $i) { id } }',
      { id: round.id, i: { title: 'Renamed round' } },
      { token: a.officer.token },
    );
  },
  publishFundingRound: async (t, a) =>
    gql(
      t,
      'mutation($id: ID!) { publishFundingRound(id: $id) { id } }',
      { id: (await createRound(t, { status: 'DRAFT' })).id },
      { token: a.officer.token },
    ),
  closeFundingRound: async (t, a) =>
    gql(
      t,
      'mutation($id: ID!, $r: String!) { closeFundingRound(id: $id, reason: $r) { id } }',
      { id: (await createRound(t)).id, r: 'Enough applications for the budget' },
      { token: a.officer.token },
    ),
  createApplication: async (t, a) =>
    gql(
      t,
      'mutation($r: ID!, $o: ID!) { createApplication(roundId: $r, organizationId: $o) { id } }',
      { r: (await createRound(t)).id, o: a.organizationId },
      { token: a.owner.token },
    ),
  saveApplication: async (t, a) => {
    const app = await draftOf(t, a);
    return gql(
      t,
      'mutation($id: ID!, $v: Int!) { saveApplication(id: $id, version: $v, input: { title: "Audited" }) { id } }',
      { id: app.id, v: app.version },
      { token: a.owner.token },
    );
  },
  submitApplication: async (t, a) => {
    const app = await draftOf(t, a, true);
    return gql(
      t,
      'mutation($id: ID!, $v: Int!) { submitApplication(id: $id, version: $v) { trackingId } }',
      { id: app.id, v: app.version },
      { token: a.owner.token },
    );
  },
  assignReviewers: async (t, a) => {
    const round = await createRound(t);
    await submittedApplication(t, round.id);
    const reviewer = await createUser(t, { roles: [Role.REVIEWER] });
    return gql(
      t,
      'mutation($r: ID!, $ids: [ID!]!) { assignReviewers(roundId: $r, reviewerIds: $ids, perApplication: 1) { id } }',
      { r: round.id, ids: [reviewer.user.id] },
      { token: a.officer.token },
    );
  },
  assignReviewer: async (t, a) => {
    const { application } = await submittedApplication(t, (await createRound(t)).id);
    const reviewer = await createUser(t, { roles: [Role.REVIEWER] });
    return gql(
      t,
      'mutation($a: ID!, $r: ID!) { assignReviewer(applicationId: $a, reviewerId: $r) { id } }',
      { a: application.id, r: reviewer.user.id },
      { token: a.officer.token },
    );
  },
  unassignReviewer: async (t, a) => {
    const { application } = await submittedApplication(t, (await createRound(t)).id);
    const { assignment } = await openAssignment(t, application.id);
    return gql(
      t,
      'mutation($id: ID!) { unassignReviewer(assignmentId: $id) }',
      { id: assignment.id },
      { token: a.officer.token },
    );
  },
  declareConflict: async (t, a) => {
    const { application } = await submittedApplication(t, (await createRound(t)).id);
    const reviewer = await createUser(t, { roles: [Role.REVIEWER] });
    const assigned = await gql<{ assignReviewer: { id: string } }>(
      t,
      'mutation($a: ID!, $r: ID!) { assignReviewer(applicationId: $a, reviewerId: $r) { id } }',
      { a: application.id, r: reviewer.user.id },
      { token: a.officer.token },
    );
    return gql(
      t,
      'mutation($id: ID!) { declareConflict(assignmentId: $id, hasConflict: false) { id } }',
      { id: assigned.data!.assignReviewer.id },
      { token: reviewer.token },
    );
  },
  saveReview: async (t) => {
    const { application } = await submittedApplication(t, (await createRound(t)).id);
    const { assignment, reviewer } = await openAssignment(t, application.id);
    return gql(
      t,
      'mutation($id: ID!, $v: Int!) { saveReview(assignmentId: $id, version: $v, input: { overallComment: "Strong" }) { id } }',
      { id: assignment.id, v: assignment.version },
      { token: reviewer.token },
    );
  },
  submitReview: async (t) => {
    const { application } = await submittedApplication(t, (await createRound(t)).id);
    const { assignment, reviewer } = await openAssignment(t, application.id);
    const scores = PORP_CHECKLIST_2023.items.map((item) => ({ itemKey: item.key, rating: 2 }));
    await gql(
      t,
      'mutation($id: ID!, $v: Int!, $s: [ItemScoreInput!]!) { saveReview(assignmentId: $id, version: $v, input: { scores: $s }) { id } }',
      { id: assignment.id, v: assignment.version, s: scores },
      { token: reviewer.token },
    );
    return gql(
      t,
      'mutation($id: ID!) { submitReview(assignmentId: $id) { id } }',
      { id: assignment.id },
      { token: reviewer.token },
    );
  },
  decideApplication: async (t, a) => {
    const round = await createRound(t);
    const { application } = await submittedApplication(t, round.id);
    t.clock.set(round.closesAt);
    return gql(
      t,
      'mutation($a: ID!) { decideApplication(applicationId: $a, input: { decision: DECLINE, reason: "Out of scope" }) { id } }',
      { a: application.id },
      { token: a.officer.token },
    ).finally(() => t.clock.reset());
  },
  releaseDecisions: async (t, a) => {
    const round = await createRound(t);
    const { application } = await submittedApplication(t, round.id);
    const { assignment, reviewer } = await openAssignment(t, application.id);
    await submitReview(t, assignment, reviewer, 3);
    t.clock.set(round.closesAt);
    await gql(
      t,
      'mutation($a: ID!) { decideApplication(applicationId: $a, input: { decision: AWARD, amountCents: 5000000 }) { id } }',
      { a: application.id },
      { token: a.officer.token },
    );
    return gql(
      t,
      'mutation($r: ID!) { releaseDecisions(roundId: $r) { id } }',
      { r: round.id },
      { token: a.officer.token },
    ).finally(() => t.clock.reset());
  },
  deleteAttachment: async (t, a) => {
    const upload = await uploadAttachment(t, {
      applicationId: (await draftOf(t, a)).id,
      fileName: 'audited.pdf',
      bytes: samplePdf(),
      token: a.owner.token,
    });
    return gql(t, 'mutation($id: ID!) { deleteAttachment(id: $id) }', { id: upload.body.id }, { token: a.owner.token });
  },
  saveQuarterlyReport: async (t) => {
    const { award, owner } = await createAward(t);
    const milestones = await gql<{ award: { milestones: Array<{ id: string }> } }>(
      t,
      'query($id: ID!) { award(id: $id) { milestones { id } } }',
      { id: award.id },
      { token: owner.token },
    );
    return gql(
      t,
      'mutation($m: ID!) { saveQuarterlyReport(milestoneId: $m, input: { narrative: { successes: "Audited" } }) { id } }',
      { m: milestones.data!.award.milestones[0].id },
      { token: owner.token },
    );
  },
  submitQuarterlyReport: async (t) => {
    const { report, owner } = await reportOf(t, false);
    return gql(
      t,
      'mutation($id: ID!, $v: Int!) { submitQuarterlyReport(reportId: $id, version: $v) { id } }',
      { id: report.id, v: report.version },
      { token: owner.token },
    );
  },
  reviewQuarterlyReport: async (t, a) => {
    const { report } = await reportOf(t, true);
    return gql(
      t,
      'mutation($id: ID!) { reviewQuarterlyReport(reportId: $id, decision: ACCEPT) { id } }',
      { id: report.id },
      { token: a.officer.token },
    );
  },
  withdrawApplication: async (t, a) =>
    gql(
      t,
      'mutation($id: ID!) { withdrawApplication(id: $id) { id } }',
      { id: (await draftOf(t, a)).id },
      { token: a.owner.token },
    ),
  amendAward: async (t) => {
    const { award, owner } = await createAward(t);
    return gql(
      t,
      'mutation($a: ID!, $v: Int!) { amendAward(awardId: $a, version: $v, input: { endDate: "2028-03-31", reason: "Late hiring" }) { id } }',
      { a: award.id, v: award.version },
      { token: owner.token },
    );
  },
  decideAwardAmendment: async (t, a) => {
    const { award, owner } = await createAward(t);
    const res = await gql<{ amendAward: { id: string } }>(
      t,
      'mutation($a: ID!, $v: Int!) { amendAward(awardId: $a, version: $v, input: { endDate: "2028-03-31", reason: "Late hiring" }) { id } }',
      { a: award.id, v: award.version },
      { token: owner.token },
    );
    return gql(
      t,
      'mutation($id: ID!) { decideAwardAmendment(id: $id, decision: APPROVE) { id } }',
      { id: res.data!.amendAward.id },
      { token: a.officer.token },
    );
  },
  createPaymentRequest: async (t) => {
    const { award, owner } = await createAward(t);
    return gql(
      t,
      'mutation($a: ID!) { createPaymentRequest(awardId: $a, input: { kind: ADVANCE }) { id } }',
      { a: award.id },
      { token: owner.token },
    );
  },
  savePaymentRequest: async (t) => {
    const { award, owner } = await createAward(t);
    const draft = await draftPaymentRequest(t, { awardId: award.id, token: owner.token });
    return gql(
      t,
      'mutation($id: ID!, $v: Int!) { savePaymentRequest(id: $id, version: $v, input: { final: true }) { id } }',
      { id: draft.id, v: draft.version },
      { token: owner.token },
    );
  },
  submitPaymentRequest: async (t) => {
    const { award, owner } = await createAward(t);
    const draft = await draftPaymentRequest(t, { awardId: award.id, token: owner.token });
    return gql(t, SUBMIT_PAYMENT, { id: draft.id, v: draft.version }, { token: owner.token });
  },
  reviewPaymentRequest: async (t, a) => {
    const { award, owner } = await createAward(t);
    const draft = await draftPaymentRequest(t, { awardId: award.id, token: owner.token });
    await gql(t, SUBMIT_PAYMENT, { id: draft.id, v: draft.version }, { token: owner.token });
    return gql(t, REVIEW_PAYMENT, { id: draft.id, d: 'APPROVE' }, { token: a.officer.token });
  },
  schedulePayments: async (t, a) => {
    const { award, owner } = await createAward(t);
    const finance = await createUser(t, { roles: [Role.FINANCE_OFFICER] });
    const request = await approvedPaymentRequest(t, {
      awardId: award.id,
      token: owner.token,
      officerToken: a.officer.token,
      financeToken: finance.token,
    });
    return gql(t, SCHEDULE_PAYMENTS, { ids: [request.id] }, { token: finance.token });
  },
  recordPaymentResults: async (t, a) => {
    const { award, owner } = await createAward(t);
    const finance = await createUser(t, { roles: [Role.FINANCE_OFFICER] });
    const request = await approvedPaymentRequest(t, {
      awardId: award.id,
      token: owner.token,
      officerToken: a.officer.token,
      financeToken: finance.token,
    });
    const batch = await gql<{ schedulePayments: { id: string } }>(
      t,
      SCHEDULE_PAYMENTS,
      { ids: [request.id] },
      { token: finance.token },
    );
    return gql(
      t,
      RECORD_RESULTS,
      {
        b: batch.data!.schedulePayments.id,
        r: [{ paymentRequestId: request.id, outcome: 'FAILED', note: 'Account closed' }],
      },
      { token: finance.token },
    );
  },
  createSettlementFund: async (t, a) =>
    gql(
      t,
      'mutation($o: ID!) { createSettlementFund(input: { name: "Audited fund", ruleSetKey: "generic", organizationId: $o, openingBalanceCents: "0", openedOn: "2024-07-01" }) { id } }',
      { o: a.organizationId },
      { token: (await financeOf(t, a)).token },
    ),
  recordReceipt: ledgerCase(
    'mutation($f: ID!) { recordReceipt(fundId: $f, input: { settlementKey: "cvs", paymentYear: 2024, receivedOn: "2024-09-01", amountCents: "100", payer: "State" }) { id } }',
    (f) => ({ f: f.fundId }),
  ),
  recordInterest: ledgerCase(
    'mutation($f: ID!) { recordInterest(fundId: $f, input: { periodStart: "2024-07-01", periodEnd: "2024-09-30", amountCents: "100" }) { id } }',
    (f) => ({ f: f.fundId }),
  ),
  authorizeSpending: ledgerCase(
    'mutation($f: ID!) { authorizeSpending(fundId: $f, input: { authority: "Resolution 2", adoptedOn: "2024-09-01", lines: [{ taxonomyKey: "nc-moa-exhibit-a", strategyCode: "8", amountCents: "100", startsOn: "2024-07-01", endsOn: "2025-06-30" }] }) { id } }',
    (f) => ({ f: f.fundId }),
  ),
  setRoundFunding: ledgerCase(
    'mutation($r: ID!, $f: ID!) { setRoundFunding(roundId: $r, fundId: $f, strategies: { taxonomyKey: "nc-moa-exhibit-a", strategyCodes: ["8"] }) { id } }',
    (f) => ({ r: f.roundId, f: f.fundId }),
  ),
  allocateToRound: async (t, a) => {
    const fund = await fundWithReceiptAndLine(t, a.organizationId);
    const { token } = await financeOf(t, a);
    const linked = await gql(
      t,
      'mutation($r: ID!, $f: ID!) { setRoundFunding(roundId: $r, fundId: $f, strategies: { taxonomyKey: "nc-moa-exhibit-a", strategyCodes: ["8"] }) { id } }',
      { r: fund.roundId, f: fund.fundId },
      { token },
    );
    if (linked.errors) throw new Error(`setRoundFunding: ${JSON.stringify(linked.errors)}`);
    return gql(
      t,
      'mutation($r: ID!, $l: ID!) { allocateToRound(roundId: $r, authorizationLineId: $l, amountCents: "100") { id } }',
      { r: fund.roundId, l: fund.lineId },
      { token },
    );
  },
  recordExpenditure: ledgerCase(
    'mutation($f: ID!) { recordExpenditure(fundId: $f, input: { paidOn: "2024-09-01", payee: "Outreach Inc", description: "Team", classification: REMEDIATION, splits: [{ taxonomyKey: "nc-moa-exhibit-a", strategyCode: "8", amountCents: "100" }] }) { id } }',
    (f) => ({ f: f.fundId }),
  ),
  reverseLedgerEntry: ledgerCase(
    'mutation($id: ID!) { reverseLedgerEntry(entryId: $id, reason: "Audited reversal") { id } }',
    (f) => ({ id: f.entryId }),
  ),
};

describe('audit trail', () => {
  let t: TestApp;
  let actors: Actors;
  const tokens: string[] = [];
  beforeAll(async () => {
    t = await createTestApp({ rootModule: (config) => AppModule.forRoot(config) });
    const org = await createOrganization(t);
    actors = {
      officer: await createUser(t),
      owner: await createUser(t, {
        roles: [Role.APPLICANT],
        organizationId: org.id,
        organizationRole: MembershipRole.OWNER,
      }),
      organizationId: org.id,
    };
  });
  afterAll(() => t.close());

  const mutations = () => Object.keys(t.get(GraphQLSchemaHost).schema.getMutationType()?.getFields() ?? {});

  it('has a case for every mutation in the schema', () => {
    expect(mutations().filter((name) => !CASES[name])).toEqual([]);
  });

  it.each(Object.keys(CASES))('%s writes an audit event in the same request', async (name) => {
    expect(mutations()).toContain(name);
    const res = await CASES[name](t, actors);
    expect(res.errors).toBeUndefined();
    for (const value of Object.values(res.data ?? {}))
      if (value && typeof value === 'object' && 'token' in value) tokens.push(String(value.token));
    const requestId = res.headers['x-request-id'];
    const events = await t.dataSource.query(
      'SELECT action, entity_type, entity_id FROM audit_events WHERE request_id = $1',
      [requestId],
    );
    expect(events.length).toBeGreaterThan(0);
  });

  it('never records passwords, hashes or tokens', async () => {
    const rows: Array<{ text: string }> = await t.dataSource.query(
      `SELECT coalesce(before::text, '') || coalesce(after::text, '') AS text FROM audit_events`,
    );
    const secrets = [TEST_PASSWORD, NEW_PASSWORD, actors.officer.token, actors.owner.token, ...tokens, '$argon2id$'];
    expect(rows.length).toBeGreaterThan(0);
    for (const { text } of rows) for (const secret of secrets) expect(text).not.toContain(secret);
  });

  it('lets officers and auditors read the trail, filtered by entity, and nobody else', async () => {
    const auditor = await createUser(t, { roles: [Role.AUDITOR] });
    const Q =
      'query($type: String, $id: ID) { auditEvents(entityType: $type, entityId: $id, first: 10) { totalCount nodes { action actorEmail entityType entityId after } } }';
    const res = await gql<{
      auditEvents: { totalCount: number; nodes: Array<{ action: string; actorEmail: string; after: string }> };
    }>(t, Q, { type: 'Organization', id: actors.organizationId }, { token: auditor.token });
    expect(res.data?.auditEvents.nodes).toEqual([
      expect.objectContaining({
        action: 'organization.create',
        entityType: 'Organization',
        entityId: actors.organizationId,
        actorEmail: 'system',
      }),
    ]);
    expect(JSON.parse(res.data!.auditEvents.nodes[0].after)).toMatchObject({ fipsCode: '37001', state: 'NC' });
    expect((await gql(t, Q, {}, { token: actors.owner.token })).errors?.[0].extensions.code).toBe('FORBIDDEN');
    expect((await gql(t, Q, {})).errors?.[0].extensions.code).toBe('UNAUTHENTICATED');
  });

  it('rolls the audit event back with a change that fails', async () => {
    const before = (await t.dataSource.query('SELECT count(*)::int AS n FROM audit_events'))[0].n;
    const res = await gql(
      t,
      'mutation($i: CreateUserInput!) { createUser(input: $i) { id } }',
      { i: { email: actors.owner.email, name: 'Dup', password: TEST_PASSWORD, roles: ['REVIEWER'] } },
      { token: actors.officer.token },
    );
    expect(res.errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
    expect((await t.dataSource.query('SELECT count(*)::int AS n FROM audit_events'))[0].n).toBe(before);
  });
});
