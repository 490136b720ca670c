import { GraphQLObjectType } from 'graphql';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { Role, runWithRequestContext, SYSTEM_ACTOR } from '@abate/api/core';
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
  SCHEDULE_PAYMENTS,
  SUBMIT_PAYMENT,
} from '@abate/testing/payments';
import { LedgerService } from '@abate/api/ledger';
import { createFund } from '@abate/testing/ledger';
import { AppModule } from './app.module';
import {
  BadCase,
  badInputs,
  deepQuery,
  ForeignIds,
  MEGABYTE,
  MISSING,
  operationOf,
  withValue,
} from './bad-input.corpus';

interface Actors {
  officer: TestUser;
  owner: TestUser;
  organizationId: string;
}

/** A valid call of a mutation: its variables, who makes it, and the time it is made at. */
interface ValidCall {
  variables: Record<string, unknown>;
  token?: string;
  at?: Date;
}

/** Tables a refused sign-in legitimately writes (attempt counting, sessions). */
const WRITTEN_BY_REFUSALS = new Set(['sign_in_attempts', 'sessions']);
/** Officer operations over any organization's accounts and records (no foreign id to refuse). */
const OFFICER_REACHES_EVERY_ORGANIZATION = new Set([
  'updateUserRoles',
  'deactivateUser',
  'reactivateUser',
  'updateOrganization',
]);
/** Codes the API answers a client's mistake with. */
const CLIENT_CODES = new Set([
  'BAD_USER_INPUT',
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_REQUEST',
  'NOT_FOUND',
  'FORBIDDEN',
  'UNAUTHENTICATED',
  'CONFLICT',
  'INVALID_STATE',
  'RATE_LIMITED',
  'DEADLINE_PASSED',
]);

const metricKey = QUARTERLY_METRICS.metrics[0].key;
const itemKey = PORP_CHECKLIST_2023.items[0].key;

const roundVariables = (t: TestApp) => {
  const input = roundInput({}, t.clock.now());
  return { ...input, opensAt: input.opensAt.toISOString(), closesAt: input.closesAt.toISOString() };
};
const draftOf = async (t: TestApp, a: Actors, complete = false) =>
  createApplication(t, {
    roundId: (await createRound(t)).id,
    user: a.owner.user,
    organizationId: a.organizationId,
    answers: complete ? completeAnswers() : undefined,
  });
const milestoneOf = async (t: TestApp) => {
  const { award, owner } = await createAward(t);
  const res = await gql<{ award: { milestones: Array<{ id: string }> } }>(
    t,
    'query($id: ID!) { award(id: $id) { milestones { id } } }',
    { id: award.id },
    { token: owner.token },
  );
  return { milestoneId: res.data!.award.milestones[0].id, owner };
};
const reportOf = async (t: TestApp, submit: boolean) => {
  const { milestoneId, owner } = await milestoneOf(t);
  const metrics = QUARTERLY_METRICS.metrics.map((m) => ({ key: m.key, value: m.expected ?? (m.partOf ? 1 : 10) }));
  const saved = await gql<{ saveQuarterlyReport: { id: string; version: number } }>(
    t,
    'mutation($m: ID!, $i: QuarterlyReportInput!) { saveQuarterlyReport(milestoneId: $m, input: $i) { id version } }',
    { m: milestoneId, i: { metrics } },
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

const invite = async (t: TestApp, a: Actors) => {
  const email = `corpus-${Math.random().toString(36).slice(2, 10)}@example.org`;
  const res = await gql<{ inviteUser: { id: string } }>(
    t,
    'mutation($i: InviteUserInput!) { inviteUser(input: $i) { id } }',
    { i: { email, name: 'Corpus', roles: ['APPLICANT'], organizationId: a.organizationId } },
    { token: a.officer.token },
  );
  return { id: res.data!.inviteUser.id, token: await mailedToken(t, email, 'invitation') };
};

/** A fund with money and an authorization line, and a finance officer to write its books. */
const fundOf = async (t: TestApp) => {
  const fund = await createFund(t, { ruleSetKey: 'generic' });
  const ledger = t.get(LedgerService);
  const inFactory = <T>(work: () => Promise<T>) =>
    runWithRequestContext({ requestId: 'factory', actor: SYSTEM_ACTOR }, work);
  const entry = await inFactory(() =>
    ledger.recordReceipt(
      fund.id,
      {
        settlementKey: 'teva',
        paymentYear: 2024,
        receivedOn: '2024-08-01',
        amountCents: 10_000_000n,
        payer: 'BrownGreer',
      },
      SYSTEM_ACTOR,
    ),
  );
  const auth = await inFactory(() =>
    ledger.authorize(
      fund.id,
      {
        authority: 'Resolution 1',
        adoptedOn: '2024-08-01',
        lines: [
          {
            taxonomyKey: 'exhibit-e-schedule-b',
            strategyCode: 'H',
            amountCents: 5_000_000n,
            startsOn: '2024-07-01',
            endsOn: '2026-06-30',
          },
        ],
      },
      SYSTEM_ACTOR,
    ),
  );
  const finance = await createUser(t, { roles: [Role.FINANCE_OFFICER] });
  return { fundId: fund.id, entryId: entry.id, lineId: auth.lines![0].id, token: finance.token };
};

/** A valid call of every mutation with arguments (as many optional fields as make sense, so each is tried). */
const VALID: Record<string, (t: TestApp, a: Actors) => Promise<ValidCall>> = {
  createSettlementFund: async (t, a) => ({
    variables: {
      input: {
        name: 'Wake County Opioid Settlement Fund',
        ruleSetKey: 'nc-moa-2021',
        organizationId: a.organizationId,
        openingBalanceCents: '2500000000',
        openedOn: '2022-07-01',
      },
    },
    token: (
      await createUser(t, {
        roles: [Role.FINANCE_OFFICER],
        organizationId: a.organizationId,
        organizationRole: MembershipRole.CONTRIBUTOR,
      })
    ).token,
  }),
  recordReceipt: async (t) => {
    const f = await fundOf(t);
    return {
      variables: {
        fundId: f.fundId,
        input: {
          settlementKey: 'distributors',
          paymentYear: 2024,
          receivedOn: '2024-09-01',
          amountCents: '2500000000',
          payer: 'BrownGreer',
          reference: 'WIRE-77',
        },
      },
      token: f.token,
    };
  },
  recordInterest: async (t) => {
    const f = await fundOf(t);
    return {
      variables: { fundId: f.fundId, input: { periodStart: '2024-09-01', periodEnd: '2024-09-30', amountCents: 1234 } },
      token: f.token,
    };
  },
  authorizeSpending: async (t) => {
    const f = await fundOf(t);
    return {
      variables: {
        fundId: f.fundId,
        input: {
          authority: 'Resolution 2024-9',
          adoptedOn: '2024-09-01',
          lines: [
            {
              taxonomyKey: 'exhibit-e-schedule-b',
              strategyCode: 'C',
              amountCents: '100000',
              startsOn: '2024-09-01',
              endsOn: '2025-06-30',
            },
          ],
        },
      },
      token: f.token,
    };
  },
  allocateToRound: async (t) => {
    const f = await fundOf(t);
    return {
      variables: {
        roundId: (await createRound(t, { status: 'DRAFT' })).id,
        authorizationLineId: f.lineId,
        amountCents: '100000',
      },
      token: f.token,
    };
  },
  setRoundFunding: async (t, a) => {
    const f = await fundOf(t);
    return {
      variables: {
        roundId: (await createRound(t, { status: 'DRAFT' })).id,
        fundId: f.fundId,
        strategies: { taxonomyKey: 'exhibit-e-schedule-b', strategyCodes: ['H'] },
      },
      token: a.officer.token,
    };
  },
  recordExpenditure: async (t) => {
    const f = await fundOf(t);
    return {
      variables: {
        fundId: f.fundId,
        input: {
          paidOn: '2024-09-15',
          payee: 'Outreach Inc',
          description: 'Naloxone kits',
          classification: 'REMEDIATION',
          amountCents: '3000',
          splits: [{ taxonomyKey: 'exhibit-e-schedule-b', strategyCode: 'H', amountCents: '3000' }],
        },
      },
      token: f.token,
    };
  },
  reverseLedgerEntry: async (t) => {
    const f = await fundOf(t);
    return { variables: { entryId: f.entryId, reason: 'Deposited to the wrong fund' }, token: f.token };
  },
  signIn: async (t, a) => ({ variables: { email: a.officer.email, password: TEST_PASSWORD } }),
  changePassword: async (t) => ({
    variables: { currentPassword: TEST_PASSWORD, newPassword: 'a new password nobody knows' },
    token: (await createUser(t, { roles: [Role.REVIEWER] })).token,
  }),
  createOrganization: async (t, a) => ({
    variables: { input: { name: 'Wake County', kind: 'COUNTY', state: 'NC', fipsCode: '37183', population: 1129410 } },
    token: a.officer.token,
  }),
  createUser: async (t, a) => ({
    variables: {
      input: {
        email: 'added@example.org',
        name: 'Added',
        password: TEST_PASSWORD,
        roles: ['APPLICANT'],
        organizationId: a.organizationId,
        organizationRole: 'CONTRIBUTOR',
      },
    },
    token: a.owner.token,
  }),
  inviteUser: async (t, a) => ({
    variables: {
      input: {
        email: 'invited@example.org',
        name: 'Invited Person',
        roles: ['APPLICANT'],
        organizationId: a.organizationId,
        organizationRole: 'CONTRIBUTOR',
      },
    },
    token: a.owner.token,
  }),
  revokeInvitation: async (t, a) => ({ variables: { id: (await invite(t, a)).id }, token: a.officer.token }),
  acceptInvitation: async (t, a) => ({
    variables: { token: (await invite(t, a)).token, password: 'a corpus password 123' },
  }),
  requestPasswordReset: async (t, a) => ({ variables: { email: a.officer.email } }),
  resetPassword: async (t) => {
    const user = await createUser(t, { roles: [Role.REVIEWER] });
    await gql(t, 'mutation($e: String!) { requestPasswordReset(email: $e) }', { e: user.email });
    return {
      variables: { token: await mailedToken(t, user.email, 'reset-password'), password: 'a corpus password 123' },
    };
  },
  updateUserRoles: async (t, a) => ({
    variables: { id: (await createUser(t, { roles: [Role.REVIEWER] })).user.id, roles: ['REVIEWER', 'AUDITOR'] },
    token: a.officer.token,
  }),
  deactivateUser: async (t, a) => ({
    variables: { id: (await createUser(t, { roles: [Role.REVIEWER] })).user.id },
    token: a.officer.token,
  }),
  reactivateUser: async (t, a) => ({
    variables: { id: (await createUser(t, { roles: [Role.REVIEWER] })).user.id },
    token: a.officer.token,
  }),
  updateOrganization: async (t, a) => ({
    variables: {
      id: (await createOrganization(t)).id,
      version: 1,
      input: {
        name: 'Orange County',
        kind: 'COUNTY',
        state: 'NC',
        fipsCode: '37135',
        population: 150_000,
        emailDomains: ['orangecountync.example.gov'],
      },
    },
    token: a.officer.token,
  }),
  updateMembership: async (t, a) => ({
    variables: {
      userId: (await createUser(t, { roles: [Role.APPLICANT], organizationId: a.organizationId })).user.id,
      organizationId: a.organizationId,
      organizationRole: 'OWNER',
    },
    token: a.owner.token,
  }),
  removeMembership: async (t, a) => ({
    variables: {
      userId: (await createUser(t, { roles: [Role.APPLICANT], organizationId: a.organizationId })).user.id,
      organizationId: a.organizationId,
    },
    token: a.owner.token,
  }),
  publishChecklistVersion: async (t, a) => ({
    variables: { input: { ...PORP_CHECKLIST_2023, version: '2030.1' } },
    token: a.officer.token,
  }),
  createFundingRound: async (t, a) => ({ variables: { input: roundVariables(t) }, token: a.officer.token }),
  updateFundingRound: async (t, a) => {
    const round = await createRound(t, { status: 'DRAFT' });
    return {
      variables: {
        id: round.id,
        version: 1,
        input: { title: 'Renamed round', description: 'Still funds the same', budgetCents: 90_000_000 },
      },
      token: a.officer.token,
    };
  },
  publishFundingRound: async (t, a) => ({
    variables: { id: (await createRound(t, { status: 'DRAFT' })).id },
    token: a.officer.token,
  }),
  closeFundingRound: async (t, a) => ({
    variables: { id: (await createRound(t)).id, reason: 'Enough applications for the budget' },
    token: a.officer.token,
  }),
  createApplication: async (t, a) => ({
    variables: { roundId: (await createRound(t)).id, organizationId: a.organizationId },
    token: a.owner.token,
  }),
  saveApplication: async (t, a) => {
    const app = await draftOf(t, a);
    const input = {
      title: 'Corpus',
      summary: 'A summary',
      requestedCents: 5_000_000,
      warrantChecks: false,
      lawEnforcementRole: 'NONE',
      budgetLines: [{ amountCents: 100_000, category: 'personnel', description: 'Peer navigator' }],
      responses: [{ itemKey, narrative: 'How we do it', selfRating: 2 }],
      targets: [{ metricKey, value: 10 }],
    };
    return { variables: { id: app.id, version: app.version, input }, token: a.owner.token };
  },
  submitApplication: async (t, a) => {
    const app = await draftOf(t, a, true);
    return { variables: { id: app.id, version: app.version }, token: a.owner.token };
  },
  assignReviewers: async (t, a) => {
    const round = await createRound(t);
    await submittedApplication(t, round.id);
    const reviewer = await createUser(t, { roles: [Role.REVIEWER] });
    return {
      variables: { roundId: round.id, reviewerIds: [reviewer.user.id], perApplication: 1 },
      token: a.officer.token,
    };
  },
  assignReviewer: async (t, a) => {
    const { application } = await submittedApplication(t, (await createRound(t)).id);
    const reviewer = await createUser(t, { roles: [Role.REVIEWER] });
    return { variables: { applicationId: application.id, reviewerId: reviewer.user.id }, token: a.officer.token };
  },
  unassignReviewer: async (t, a) => {
    const { application } = await submittedApplication(t, (await createRound(t)).id);
    const { assignment } = await openAssignment(t, application.id);
    return { variables: { assignmentId: assignment.id }, token: a.officer.token };
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
    return {
      variables: {
        assignmentId: assigned.data!.assignReviewer.id,
        hasConflict: false,
        explanation: 'I do not know them',
      },
      token: reviewer.token,
    };
  },
  saveReview: async (t) => {
    const { application } = await submittedApplication(t, (await createRound(t)).id);
    const { assignment, reviewer } = await openAssignment(t, application.id);
    return {
      variables: {
        assignmentId: assignment.id,
        version: assignment.version,
        input: { overallComment: 'Strong', scores: [{ itemKey, rating: 2, comment: 'Good' }] },
      },
      token: reviewer.token,
    };
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
    return { variables: { assignmentId: assignment.id }, token: reviewer.token };
  },
  decideApplication: async (t, a) => {
    const round = await createRound(t);
    const { application } = await submittedApplication(t, round.id);
    return {
      variables: { applicationId: application.id, input: { decision: 'DECLINE', reason: 'Out of scope' } },
      token: a.officer.token,
      at: round.closesAt,
    };
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
    ).finally(() => t.clock.reset());
    return { variables: { roundId: round.id }, token: a.officer.token, at: round.closesAt };
  },
  deleteAttachment: async (t, a) => {
    const upload = await uploadAttachment(t, {
      applicationId: (await draftOf(t, a)).id,
      fileName: 'corpus.pdf',
      bytes: samplePdf(),
      token: a.owner.token,
    });
    return { variables: { id: upload.body.id }, token: a.owner.token };
  },
  saveQuarterlyReport: async (t) => {
    const { milestoneId, owner } = await milestoneOf(t);
    const input = {
      metrics: [{ key: metricKey, value: 10 }],
      narrative: { successes: 'Went well', challenges: 'Staffing' },
      spending: [{ category: 'personnel', amountCents: 10_000 }],
      confirmedWarnings: [`metrics.${metricKey}`],
    };
    return { variables: { milestoneId, input }, token: owner.token };
  },
  submitQuarterlyReport: async (t) => {
    const { report, owner } = await reportOf(t, false);
    return { variables: { reportId: report.id, version: report.version }, token: owner.token };
  },
  reviewQuarterlyReport: async (t, a) => {
    const { report } = await reportOf(t, true);
    return {
      variables: { reportId: report.id, decision: 'REQUEST_CHANGES', note: 'Please add the spending' },
      token: a.officer.token,
    };
  },
  withdrawApplication: async (t, a) => ({ variables: { id: (await draftOf(t, a)).id }, token: a.owner.token }),
  amendAward: async (t) => {
    const { award, owner } = await createAward(t);
    const budgetLines = [
      { category: 'personnel', amountCents: '8000000' },
      { category: 'supplies', amountCents: '2000000' },
    ];
    return {
      variables: {
        awardId: award.id,
        version: award.version,
        input: { amountCents: '10000000', budgetLines, endDate: '2028-03-31', reason: 'More naloxone' },
      },
      token: owner.token,
    };
  },
  decideAwardAmendment: async (t, a) => {
    const { award, owner } = await createAward(t);
    const res = await gql<{ amendAward: { id: string } }>(
      t,
      'mutation($a: ID!, $v: Int!) { amendAward(awardId: $a, version: $v, input: { endDate: "2028-03-31", reason: "Late hiring" }) { id } }',
      { a: award.id, v: award.version },
      { token: owner.token },
    );
    return { variables: { id: res.data!.amendAward.id, decision: 'APPROVE', note: 'Agreed' }, token: a.officer.token };
  },
  createPaymentRequest: async (t) => {
    const { award, owner } = await createAward(t);
    const input = {
      kind: 'REIMBURSEMENT',
      periodStart: '2027-01-01',
      periodEnd: '2027-03-31',
      final: false,
      lines: [{ category: 'supplies', description: 'Naloxone', amountCents: '100000' }],
    };
    return { variables: { awardId: award.id, input }, token: owner.token };
  },
  savePaymentRequest: async (t) => {
    const { award, owner } = await createAward(t);
    const draft = await draftPaymentRequest(t, { awardId: award.id, token: owner.token });
    const input = {
      kind: 'REIMBURSEMENT',
      periodStart: '2027-01-01',
      periodEnd: '2027-03-31',
      final: true,
      lines: [{ id: draft.lines[0].id, category: 'supplies', description: 'Naloxone', amountCents: '100000' }],
    };
    return { variables: { id: draft.id, version: draft.version, input }, token: owner.token };
  },
  submitPaymentRequest: async (t) => {
    const { award, owner } = await createAward(t);
    const draft = await draftPaymentRequest(t, { awardId: award.id, token: owner.token });
    return { variables: { id: draft.id, version: draft.version }, token: owner.token };
  },
  reviewPaymentRequest: async (t, a) => {
    const { award, owner } = await createAward(t);
    const draft = await draftPaymentRequest(t, { awardId: award.id, token: owner.token });
    await gql(t, SUBMIT_PAYMENT, { id: draft.id, v: draft.version }, { token: owner.token });
    return {
      variables: { id: draft.id, decision: 'REQUEST_CHANGES', note: 'Attach the invoice' },
      token: a.officer.token,
    };
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
    return { variables: { paymentRequestIds: [request.id] }, token: finance.token };
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
    const results = [
      {
        paymentRequestId: request.id,
        outcome: 'PAID',
        paidOn: '2026-11-02',
        reference: 'EFT-1',
        note: 'First payment',
      },
    ];
    return { variables: { batchId: batch.data!.schedulePayments.id, results }, token: finance.token };
  },
};

const show = (value: unknown) =>
  value === MISSING
    ? '<missing>'
    : typeof value === 'string' && value.length > 60
      ? `<${value.length} chars>`
      : JSON.stringify(value);

describe('bad input', () => {
  let t: TestApp;
  let actors: Actors;
  let foreign: ForeignIds;
  let checksumSql: string;
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
    const other = await createOrganization(t);
    const otherOwner = await createUser(t, {
      roles: [Role.APPLICANT],
      organizationId: other.id,
      organizationRole: MembershipRole.OWNER,
    });
    const otherDraft = await createApplication(t, {
      roundId: (await createRound(t)).id,
      user: otherOwner.user,
      organizationId: other.id,
    });
    foreign = { organizationId: other.id, applicationId: otherDraft.id, userId: otherOwner.user.id };
    const tables: Array<{ name: string }> = await t.dataSource.query(
      `SELECT table_name AS name FROM information_schema.tables WHERE table_schema = current_schema() AND table_type = 'BASE TABLE' ORDER BY table_name`,
    );
    // Per table, its row count and the sum of its rows' xmin (the transaction that last wrote
    // each row): any committed insert, update or delete changes it, even one that writes the
    // same values again; a rolled-back write leaves it as it was. The ranking's cache
    // fingerprint uses the same. (An md5 of every row's text, sorted, cost twice as much.)
    checksumSql = tables
      .filter(({ name }) => !WRITTEN_BY_REFUSALS.has(name))
      .map(
        ({ name }) =>
          `SELECT '${name}' AS name, (SELECT count(*) || ':' || coalesce(sum(r.xmin::text::bigint), 0) FROM "${name}" r) AS sum`,
      )
      .join(' UNION ALL ');
  });
  afterAll(() => t.close());

  const schema = () => t.get(GraphQLSchemaHost).schema;
  const checksums = async () =>
    Object.fromEntries(
      ((await t.dataSource.query(checksumSql)) as Array<{ name: string; sum: string }>).map((r) => [r.name, r.sum]),
    );

  /**
   * The checksums as the last refused case left them, while nothing else has written since: the
   * next case's "before" (each case's valid setup forgets them). Halves the checksum reads.
   */
  let unchangedSince: Record<string, string> | undefined;
  beforeEach(() => {
    unchangedSince = undefined;
  });

  /** Sends one case; returns what is wrong with the answer, or nothing. */
  const run = async (
    query: string,
    variables: Record<string, unknown>,
    call: ValidCall,
    c: Pick<BadCase, 'expect' | 'field' | 'path'>,
  ): Promise<string | undefined> => {
    const before = unchangedSince ?? (await checksums());
    unchangedSince = undefined;
    if (call.at) t.clock.set(call.at);
    let res: GraphQLResponse;
    try {
      res = await gql(t, query, variables, { token: call.token });
    } finally {
      t.clock.reset();
    }
    const error = res.errors?.[0];
    const refusedOverHttp = !res.errors && !res.data && res.status >= 400 && res.status < 500;
    if (!error && !refusedOverHttp) return c.expect === 'refuse' ? `accepted: ${JSON.stringify(res.data)}` : undefined;
    if (error) {
      if (!CLIENT_CODES.has(error.extensions.code)) return `answered ${error.extensions.code}: ${error.message}`;
      const leaf = c.path.filter((p) => !/^\d+$/.test(p)).at(-1)!;
      const field = error.extensions.field;
      // A refusal of this very value names it; text the API may keep can also be refused for
      // another field's sake (a duplicate email, a version already published), which it names.
      const wrongField = c.expect === 'refuse' ? !field?.split('.').includes(leaf) : !field;
      if (c.field && error.extensions.code === 'BAD_USER_INPUT' && wrongField) {
        return `BAD_USER_INPUT names field ${JSON.stringify(field)}, not ${leaf}: ${error.message.slice(0, 300)}`;
      }
    }
    const after = await checksums();
    const changed = Object.keys(before).filter((name) => before[name] !== after[name]);
    if (changed.length) return `refused (${error?.extensions.code ?? res.status}) but changed ${changed.join(', ')}`;
    unchangedSince = after;
    return undefined;
  };

  it('has a valid call for every mutation with arguments', () => {
    const fields = Object.values(schema().getMutationType()!.getFields());
    expect(fields.filter((f) => f.args.length > 0 && !VALID[f.name]).map((f) => f.name)).toEqual([]);
  });

  let total = 0;
  it.each(Object.keys(VALID))(
    '%s refuses bad input cleanly',
    async (name) => {
      const field = schema().getMutationType()!.getFields()[name];
      const query = operationOf(schema(), name);
      const call = await VALID[name](t, actors);
      unchangedSince = undefined;
      // Officers manage every organization's people and records: another organization's id is a valid target there.
      const cases = badInputs(field, call.variables, foreign).filter(
        (c) => !(OFFICER_REACHES_EVERY_ORGANIZATION.has(name) && c.label.startsWith("another organization's")),
      );
      // Refusals first, on the untouched valid object; then the proof that it was valid; then text the API may keep.
      const ordered = [...cases.filter((c) => c.expect === 'refuse'), ...cases.filter((c) => c.expect === 'any')];
      const failures: string[] = [];
      let proven = false;
      for (const c of ordered) {
        if (!proven && c.expect === 'any') {
          proven = true;
          const problem = await run(query, call.variables, call, { expect: 'any', field: false, path: [] });
          if (problem) failures.push(`the valid call itself: ${problem}`);
        }
        const problem = await run(query, withValue(call.variables, c.path, c.value), call, c);
        if (problem) failures.push(`${name} ${c.path.join('.')} = ${show(c.value)} (${c.label}): ${problem}`);
      }
      total += cases.length;
      expect(cases.length).toBeGreaterThan(0);
      expect(failures).toEqual([]);
    },
    120_000,
  );

  it("refuses bad filters of a fund's entries cleanly, naming the argument", async () => {
    const f = await fundOf(t);
    const fundType = schema().getType('SettlementFund') as GraphQLObjectType;
    const field = fundType.getFields()['entries'];
    const defs = field.args.map((a) => `$${a.name}: ${a.type.toString()}`).join(', ');
    const args = field.args.map((a) => `${a.name}: $${a.name}`).join(', ');
    const query = `query($id: ID!, ${defs}) { settlementFund(id: $id) { entries(${args}) { totalCount } } }`;
    const page = await gql<{ settlementFund: { entries: { pageInfo: { endCursor: string } } } }>(
      t,
      'query($id: ID!) { settlementFund(id: $id) { entries(first: 1) { pageInfo { endCursor } } } }',
      { id: f.fundId },
      { token: f.token },
    );
    const variables = {
      first: 5,
      after: page.data!.settlementFund.entries.pageInfo.endCursor,
      kind: 'EXPENDITURE',
      classification: 'REMEDIATION',
      from: '2024-01-01',
      to: '2024-12-31',
      strategyCode: 'H',
    };
    expect(Object.keys(variables).sort()).toEqual(field.args.map((a) => a.name).sort());
    const call = { variables: { id: f.fundId, ...variables }, token: f.token };
    const cases = [
      ...badInputs(field, variables, foreign),
      // What no generated case knows: a range that ends before it starts, a code in no strategy list.
      { label: 'to before from', path: ['to'], value: '2023-12-31', expect: 'refuse' as const, field: true },
      { label: 'unknown strategy code', path: ['strategyCode'], value: 'ZZ9', expect: 'refuse' as const, field: true },
    ];
    const failures: string[] = [];
    const valid = await run(query, call.variables, call, { expect: 'any', field: false, path: [] });
    if (valid) failures.push(`the valid call itself: ${valid}`);
    for (const c of cases) {
      const problem = await run(query, withValue(call.variables, c.path, c.value), call, c);
      if (problem) failures.push(`entries ${c.path.join('.')} = ${show(c.value)} (${c.label}): ${problem}`);
    }
    total += cases.length;
    expect(cases.length).toBeGreaterThan(40);
    expect(failures).toEqual([]);
  }, 120_000);

  it('auditEvents refuses bad filters cleanly, dates at the edges included', async () => {
    const field = schema().getQueryType()!.getFields()['auditEvents'];
    const defs = field.args.map((a) => `$${a.name}: ${a.type.toString()}`).join(', ');
    const args = field.args.map((a) => `${a.name}: $${a.name}`).join(', ');
    const query = `query(${defs}) { auditEvents(${args}) { totalCount } }`;
    const call: ValidCall = {
      variables: {
        actor: 'officer',
        action: 'award',
        entityType: 'Award',
        entityId: foreign.applicationId,
        from: '1970-01-01T00:00:00.000Z',
        to: '9999-12-31T23:59:59.999Z',
        first: 5,
        newestFirst: true,
      },
      token: actors.officer.token,
    };
    // A filter on any well-formed id (random, another organization's) is a filter that may match nothing, not a mistake.
    const cases = badInputs(field, call.variables, foreign).map((c) =>
      c.path[0] === 'entityId' && (c.label === 'random UUID' || c.label.startsWith("another organization's"))
        ? { ...c, expect: 'any' as const }
        : c,
    );
    const failures: string[] = [];
    const valid = await run(query, call.variables, call, { expect: 'any', field: false, path: [] });
    if (valid) failures.push(`the valid call itself: ${valid}`);
    for (const c of cases) {
      const problem = await run(query, withValue(call.variables, c.path, c.value), call, c);
      if (problem) failures.push(`auditEvents ${c.path.join('.')} = ${show(c.value)} (${c.label}): ${problem}`);
    }
    total += cases.length;
    expect(cases.filter((c) => c.path[0] === 'from' || c.path[0] === 'to').length).toBeGreaterThan(10);
    expect(failures).toEqual([]);
  }, 120_000);

  it('refuses over-deep queries and alias floods as client errors', async () => {
    const token = actors.officer.token;
    const deep = deepQuery(schema(), t.config.GRAPHQL_MAX_DEPTH + 3);
    const floods = {
      'over-deep query': deep ?? '',
      'much too deep query': deepQuery(schema(), 40) ?? deep ?? '',
      '2,000 aliases of me': `{ ${Array.from({ length: 2000 }, (_, i) => `a${i}: me { id }`).join(' ')} }`,
      '2,000 aliases of signOut': `mutation { ${Array.from({ length: 2000 }, (_, i) => `a${i}: signOut`).join(' ')} }`,
      '10,000 aliases of __typename': `{ ${Array.from({ length: 10_000 }, (_, i) => `a${i}: __typename`).join(' ')} }`,
      'fragment cycle': 'query { me { ...A } } fragment A on User { id ...B } fragment B on User { id ...A }',
      'unparseable query': 'mutation { signIn(email: ',
      '1 MB query': `{ me { id } } # ${MEGABYTE}`,
      'unknown mutation': 'mutation { dropAllTables }',
    };
    expect(deep).toBeDefined();
    const failures: string[] = [];
    for (const [label, query] of Object.entries(floods)) {
      const problem = await run(query, {}, { variables: {}, token }, { expect: 'refuse', field: false, path: [] });
      if (problem) failures.push(`${label}: ${problem}`);
    }
    total += Object.keys(floods).length;
    expect(failures).toEqual([]);
  }, 120_000);

  it('answers crafted cursors on every paged list with a page or BAD_USER_INPUT naming after, never an internal error', async () => {
    const cursor = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
    const id = '7b0f6a1e-3c55-4d9a-9b1e-2f6a0c1d9e44';
    const crafted: Record<string, string> = {
      'text for a timestamp or number': cursor(['not a timestamp', id]),
      'year 10000': cursor(['+010000-01-01T00:00:00Z', id]),
      'year 0': cursor(['0000-01-01T00:00:00Z', id]),
      '-infinity': cursor(['-infinity', id]),
      'number for text': cursor([1e300, id]),
      'Infinity (1e400)': Buffer.from(`[1e400,"${id}"]`).toString('base64url'),
      'huge integer': cursor([2 ** 63, id]),
      'not an id': cursor(['2026-01-01T00:00:00Z', 'not-a-uuid']),
      'three values': cursor(['a', 'b', id]),
      'not base64 JSON': '!!!not a cursor!!!',
      'long text': cursor(['x'.repeat(5000), id]),
      SQL: cursor(["'); DROP TABLE users; --", id]),
    };
    const fields = Object.values(schema().getQueryType()!.getFields()).filter((f) =>
      f.args.some((a) => a.name === 'after'),
    );
    expect(fields.length).toBeGreaterThan(3);
    const failures: string[] = [];
    let tried = 0;
    // Someone every paged list admits (payment batches are the finance officer's, the review queue the reviewer's).
    const lister = await createUser(t, {
      roles: [Role.PROGRAM_OFFICER, Role.FINANCE_OFFICER, Role.AUDITOR, Role.REVIEWER],
    });
    for (const field of fields) {
      // Required arguments other than the page get a random id (the list is then empty or NOT_FOUND, after being parsed).
      const required = field.args.filter(
        (a) =>
          a.name !== 'after' && a.name !== 'first' && a.type.toString().endsWith('!') && a.defaultValue === undefined,
      );
      if (required.some((a) => a.type.toString() !== 'ID!')) {
        failures.push(
          `${field.name}: required arguments the test cannot fill: ${required.map((a) => a.name).join(', ')}`,
        );
        continue;
      }
      tried++;
      const args = [...required.map((a) => `${a.name}: "${id}"`), 'first: 5', 'after: $after'].join(', ');
      const query = `query($after: String) { ${field.name}(${args}) { totalCount } }`;
      for (const [label, after] of Object.entries(crafted)) {
        const res = await gql(t, query, { after }, { token: lister.token });
        const error = res.errors?.[0];
        // A cursor that happens to be a value the sort column holds (text for a name, -infinity for a
        // timestamp) just pages from there; anything else is the client's error, naming after.
        if (!error) continue;
        else if (error.extensions.code === 'NOT_FOUND' && required.length) continue;
        else if (error.extensions.code !== 'BAD_USER_INPUT' || error.extensions.field !== 'after')
          failures.push(
            `${field.name} ${label}: ${error.extensions.code} ${String(error.extensions.field)} ${error.message}`,
          );
      }
      total += Object.keys(crafted).length;
    }
    expect(failures).toEqual([]);
    expect(tried).toBe(fields.length);
  }, 120_000);

  it('tried at least 500 cases', () => {
    expect(total).toBeGreaterThanOrEqual(500);
  });
});
