import { randomBytes } from 'node:crypto';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { Role, runWithRequestContext, SYSTEM_ACTOR } from '@abate/api/core';
import type { AuthUser } from '@abate/api/core';
import { createTestApp, gql, GraphQLResponse, TestApp, mailedToken, timeLimit } from '@abate/api/testing';
import { createOrganization, createUser, TEST_PASSWORD, TestUser } from '@abate/testing/organizations';
import { MembershipRole, OrganizationsService } from '@abate/api/organizations';
import { createRound, roundInput } from '@abate/testing/rounds';
import { completeAnswers, createApplication } from '@abate/testing/applications';
import { ApplicationsService } from '@abate/api/applications';
import { AwardEntity, DecisionKind, DecisionsService } from '@abate/api/awards';
import { openAssignment, submitReview } from '@abate/testing/reviews';
import { samplePdf, uploadAttachment } from '@abate/testing/attachments';
import {
  approvedPaymentRequest,
  draftPaymentRequest,
  SCHEDULE_PAYMENTS,
  SUBMIT_PAYMENT,
} from '@abate/testing/payments';
import { PORP_CHECKLIST_2023 } from '@abate/shared/checklist';
import { QUARTERLY_METRICS } from '@abate/shared/metrics';
import { fundWithReceiptAndLine } from '@abate/testing/ledger';
import { AppModule } from './app.module';
import type { OperationAccess } from '@abate/api/core';
import {
  ACTORS,
  ActorName,
  AWAITING_A_POLICY_TABLE,
  expectedOutcome,
  matches,
  Outcome,
  reaches,
  REFINEMENTS,
} from './authorization-matrix.policy';
import { operationPolicies, policyTableEntries } from './access-policy';

/** Organization A's objects, and who is who. */
interface World {
  users: Record<Exclude<ActorName, 'anonymous'>, TestUser>;
  orgA: string;
  /** Published, open round with A's submitted application (reviewed by R1, conflicted R2). */
  roundId: string;
  applicationId: string;
  draftId: string;
  draftVersion: number;
  awardId: string;
  milestoneId: string;
  report: { id: string; version: number };
  assignmentR1: string;
  assignmentR1Version: number;
  assignmentR2: string;
}

interface Call {
  t: TestApp;
  w: World;
  as: ActorName;
  token?: string;
  /** What the case's setup returned (once per operation, shared by the actors). */
  ctx: Record<string, unknown>;
}

interface Case {
  setup?: (t: TestApp, w: World) => Promise<Record<string, unknown>>;
  call: (c: Call) => Promise<GraphQLResponse>;
  /** For lists: the id of A's object; a success without it is 'filtered'. */
  sees?: (w: World) => string;
}

const op =
  (query: string, variables: (c: Call) => Record<string, unknown> = () => ({})) =>
  (c: Call) =>
    gql(c.t, query, variables(c), { token: c.token });

const unique = () => randomBytes(4).toString('hex');
const actorOf = (u: TestUser): AuthUser =>
  ({ id: u.user.id, email: u.user.email, name: u.user.name, roles: u.user.roles, sessionId: 'factory' }) as AuthUser;
const allMetrics = () =>
  QUARTERLY_METRICS.metrics.map((m) => ({ key: m.key, value: m.expected ?? (m.partOf ? 1 : 10) }));

/** A submitted application of organization A in a new round. */
async function submittedOfA(
  t: TestApp,
  w: Pick<World, 'users' | 'orgA'>,
  round: Parameters<typeof createRound>[1] = {},
) {
  const { id: roundId, closesAt } = await createRound(t, round);
  const owner = w.users.applicantA;
  const draft = await createApplication(t, {
    roundId,
    user: owner.user,
    organizationId: w.orgA,
    answers: completeAnswers(),
  });
  const actor = actorOf(owner);
  const { application } = await runWithRequestContext({ requestId: 'factory', actor }, () =>
    t.get(ApplicationsService).submit(actor, draft.id, draft.version),
  );
  return { roundId, closesAt, application };
}

/** A draft of organization A in a new round. */
const draftOfA = async (t: TestApp, w: World, complete = false) =>
  createApplication(t, {
    roundId: (await createRound(t)).id,
    user: w.users.applicantA.user,
    organizationId: w.orgA,
    answers: complete ? completeAnswers() : undefined,
  });

/** A reviewer's own assignment on A's application when they have one, else R1's. */
const assignmentOf = (c: Call) => (c.as === 'reviewerConflicted' ? c.w.assignmentR2 : c.w.assignmentR1);

/** A draft payment request of A on A's award (one supplies line with its document). */
const paymentDraftOfA = (t: TestApp, w: World) =>
  draftPaymentRequest(t, { awardId: w.awardId, token: w.users.applicantA.token });
const approvedOfA = (t: TestApp, w: World) =>
  approvedPaymentRequest(t, {
    awardId: w.awardId,
    token: w.users.applicantA.token,
    officerToken: w.users.officer.token,
    financeToken: w.users.finance.token,
  });
async function batchOfA(t: TestApp, w: World) {
  const request = await approvedOfA(t, w);
  const res = await gql<{ schedulePayments: { id: string } }>(
    t,
    SCHEDULE_PAYMENTS,
    { ids: [request.id] },
    { token: w.users.finance.token },
  );
  if (!res.data) throw new Error(`schedulePayments: ${JSON.stringify(res.errors)}`);
  return { id: res.data.schedulePayments.id, requestId: request.id };
}
async function awardVersion(t: TestApp, w: World) {
  const res = await gql<{ award: { version: number; amendments: Array<{ id: string; status: string }> } }>(
    t,
    'query($id: ID!) { award(id: $id) { version amendments { id status } } }',
    { id: w.awardId },
    { token: w.users.officer.token },
  );
  return res.data!.award;
}

/** An officer's invitation of an applicant into organization A, with its mailed token. */
async function inviteToA(t: TestApp, w: World): Promise<{ id: string; token: string }> {
  const email = `invitee-${unique()}@example.org`;
  const res = await gql<{ inviteUser: { id: string } }>(
    t,
    'mutation($i: InviteUserInput!) { inviteUser(input: $i) { id } }',
    { i: { email, name: 'Invitee', roles: ['APPLICANT'], organizationId: w.orgA } },
    { token: w.users.officer.token },
  );
  return { id: res.data!.inviteUser.id, token: await mailedToken(t, email, 'invitation') };
}

/** A settlement fund of organization A with one receipt and one authorization line, and a draft round. */
const fundOfA = (t: TestApp, w: World) => fundWithReceiptAndLine(t, w.orgA);

const CASES: Record<string, Case> = {
  strategyTaxonomies: { call: op('{ strategyTaxonomies { key } }') },
  strategyCrosswalk: {
    call: op('{ strategyCrosswalk(from: "nc-moa-exhibit-a", to: "exhibit-e-schedule-b") { from } }'),
  },
  ruleSets: { call: op('{ ruleSets { key } }') },
  settlements: { call: op('{ settlements { key } }') },
  publicSpending: { call: op('{ publicSpending { funds { fundId } } }') },
  settlementFunds: { setup: fundOfA, call: op('{ settlementFunds(first: 100) { nodes { id } } }') },
  settlementFund: {
    setup: fundOfA,
    call: op('query($id: ID!) { settlementFund(id: $id) { id balances { receivedCents } } }', (c) => ({
      id: c.ctx.fundId,
    })),
  },
  fundReport: {
    setup: fundOfA,
    call: op(
      'query($id: ID!) { fundReport(fundId: $id, kind: ANNUAL_FINANCIAL, fiscalYear: 2025) { title } }',
      (c) => ({ id: c.ctx.fundId }),
    ),
  },
  createSettlementFund: {
    call: op(
      'mutation($o: ID!) { createSettlementFund(input: { name: "Matrix fund", ruleSetKey: "generic", organizationId: $o, openingBalanceCents: "0", openedOn: "2024-07-01" }) { id } }',
      (c) => ({ o: c.w.orgA }),
    ),
  },
  recordReceipt: {
    setup: fundOfA,
    call: op(
      'mutation($f: ID!) { recordReceipt(fundId: $f, input: { settlementKey: "cvs", paymentYear: 2024, receivedOn: "2024-09-01", amountCents: "100", payer: "State" }) { id } }',
      (c) => ({ f: c.ctx.fundId }),
    ),
  },
  recordInterest: {
    setup: fundOfA,
    call: op(
      'mutation($f: ID!) { recordInterest(fundId: $f, input: { periodStart: "2024-09-01", periodEnd: "2024-09-30", amountCents: "100" }) { id } }',
      (c) => ({ f: c.ctx.fundId }),
    ),
  },
  authorizeSpending: {
    setup: fundOfA,
    call: op(
      'mutation($f: ID!) { authorizeSpending(fundId: $f, input: { authority: "Resolution 2", adoptedOn: "2024-09-01", lines: [{ taxonomyKey: "nc-moa-exhibit-a", strategyCode: "7", amountCents: "100", startsOn: "2024-09-01", endsOn: "2025-06-30" }] }) { id } }',
      (c) => ({ f: c.ctx.fundId }),
    ),
  },
  allocateToRound: {
    setup: fundOfA,
    call: op(
      'mutation($r: ID!, $l: ID!) { allocateToRound(roundId: $r, authorizationLineId: $l, amountCents: "100") { id } }',
      (c) => ({ r: c.ctx.roundId, l: c.ctx.lineId }),
    ),
  },
  setRoundFunding: {
    setup: fundOfA,
    call: op(
      'mutation($r: ID!, $f: ID!) { setRoundFunding(roundId: $r, fundId: $f, strategies: { taxonomyKey: "nc-moa-exhibit-a", strategyCodes: ["8"] }) { id } }',
      (c) => ({ r: c.ctx.roundId, f: c.ctx.fundId }),
    ),
  },
  recordExpenditure: {
    setup: fundOfA,
    call: op(
      'mutation($f: ID!) { recordExpenditure(fundId: $f, input: { paidOn: "2024-09-01", payee: "Outreach Inc", description: "Team", classification: REMEDIATION, splits: [{ taxonomyKey: "nc-moa-exhibit-a", strategyCode: "8", amountCents: "100" }] }) { id } }',
      (c) => ({ f: c.ctx.fundId }),
    ),
  },
  reverseLedgerEntry: {
    setup: fundOfA,
    call: op('mutation($id: ID!) { reverseLedgerEntry(entryId: $id, reason: "Matrix reversal") { id } }', (c) => ({
      id: c.ctx.entryId,
    })),
  },
  // ---- Queries, on the shared world
  paymentRequests: {
    setup: async (t, w) => ({ id: (await paymentDraftOfA(t, w)).id }),
    call: op('query($a: ID) { paymentRequests(awardId: $a, first: 100) { nodes { id awardId } } }', (c) => ({
      a: c.w.awardId,
    })),
    sees: (w) => w.awardId,
  },
  paymentRequest: {
    setup: async (t, w) => ({ id: (await paymentDraftOfA(t, w)).id }),
    call: op('query($id: ID!) { paymentRequest(id: $id) { id } }', (c) => ({ id: c.ctx.id })),
  },
  paymentBatches: {
    setup: async (t, w) => batchOfA(t, w),
    call: op('{ paymentBatches(first: 100) { nodes { id } } }'),
  },
  paymentBatch: {
    setup: async (t, w) => batchOfA(t, w),
    call: op('query($id: ID!) { paymentBatch(id: $id) { id } }', (c) => ({ id: c.ctx.id })),
  },
  application: { call: op('query($id: ID!) { application(id: $id) { id } }', (c) => ({ id: c.w.applicationId })) },
  applicationReviews: {
    call: op('query($id: ID!) { applicationReviews(applicationId: $id) { label } }', (c) => ({
      id: c.w.applicationId,
    })),
    // A fourth reviewer's submitted review, so the staff's list is not empty.
    sees: () => 'label',
  },
  applications: { call: op('{ applications(first: 100) { nodes { id } } }'), sees: (w) => w.applicationId },
  auditEvents: {
    call: op('query($id: ID) { auditEvents(entityId: $id, first: 5) { totalCount } }', (c) => ({
      id: c.w.applicationId,
    })),
  },
  award: { call: op('query($id: ID!) { award(id: $id) { id } }', (c) => ({ id: c.w.awardId })) },
  awards: { call: op('{ awards(first: 100) { nodes { id } } }'), sees: (w) => w.awardId },
  checklist: { call: op('{ checklist(key: "porp-best-practice") { __typename } }') },
  fundingRound: { call: op('query($id: ID!) { fundingRound(id: $id) { id } }', (c) => ({ id: c.w.roundId })) },
  fundingRounds: { call: op('{ fundingRounds(first: 100) { nodes { id } } }') },
  me: { call: op('{ me { id } }') },
  myReviewAssignments: {
    call: op('query($r: ID) { myReviewAssignments(roundId: $r) { id } }', (c) => ({ r: c.w.roundId })),
    sees: (w) => w.assignmentR1,
  },
  myReviewQueue: {
    call: op('query($r: ID) { myReviewQueue(roundId: $r, first: 100) { nodes { id } } }', (c) => ({ r: c.w.roundId })),
    sees: (w) => w.assignmentR1,
  },
  organizations: { call: op('{ organizations(first: 100) { nodes { id } } }'), sees: (w) => w.orgA },
  outboxMessages: { call: op('{ outboxMessages(first: 5) { __typename } }') },
  portfolioOutcomes: {
    call: op('query($r: ID) { portfolioOutcomes(roundId: $r) { __typename } }', (c) => ({ r: c.w.roundId })),
  },
  publicAwards: { call: op('{ publicAwards { __typename } }') },
  publicOutcomes: { call: op('{ publicOutcomes { __typename } }') },
  quarterlyReport: { call: op('query($id: ID!) { quarterlyReport(id: $id) { id } }', (c) => ({ id: c.w.report.id })) },
  reportingMilestones: { call: op('{ reportingMilestones(first: 100) { nodes { id } } }'), sees: (w) => w.milestoneId },
  reviewAssignment: {
    call: op('query($id: ID!) { reviewAssignment(id: $id) { id } }', (c) => ({ id: c.w.assignmentR1 })),
  },
  reviewAssignments: {
    call: op('query($r: ID!) { reviewAssignments(roundId: $r) { id } }', (c) => ({ r: c.w.roundId })),
  },
  reviewerLoads: {
    call: op('query($r: ID!) { reviewerLoads(roundId: $r) { __typename } }', (c) => ({ r: c.w.roundId })),
  },
  reviewers: { call: op('{ reviewers { id } }') },
  users: { call: op('{ users(first: 5) { nodes { id } } }') },
  identityProvider: { call: op('{ identityProvider { label } }') },
  organization: {
    call: op('query($id: ID!) { organization(id: $id) { id members { role } } }', (c) => ({ id: c.w.orgA })),
  },
  invitations: {
    call: op('query($o: ID) { invitations(organizationId: $o) { nodes { id } } }', (c) => ({ o: c.w.orgA })),
  },
  invitation: {
    setup: async (t, w) => ({ token: (await inviteToA(t, w)).token }),
    call: op('query($t: String!) { invitation(token: $t) { email } }', (c) => ({ t: c.ctx['token'] })),
  },
  roundRanking: {
    call: op('query($r: ID!) { roundRanking(roundId: $r) { __typename } }', (c) => ({ r: c.w.roundId })),
  },

  // ---- Mutations; the actors expected to be denied go first
  signIn: {
    call: op('mutation($e: String!, $p: String!) { signIn(email: $e, password: $p) { token } }', (c) => ({
      e: c.w.users.applicantA.email,
      p: TEST_PASSWORD,
    })),
  },
  signOut: {
    // A second session of the actor, so the shared token survives.
    call: async (c) => {
      const email = c.as === 'anonymous' ? undefined : c.w.users[c.as].email;
      const session = email
        ? await gql<{ signIn: { token: string } }>(
            c.t,
            'mutation($e: String!, $p: String!) { signIn(email: $e, password: $p) { token } }',
            { e: email, p: TEST_PASSWORD },
          )
        : undefined;
      return gql(c.t, 'mutation { signOut }', {}, { token: session?.data?.signIn.token });
    },
  },
  // A wrong current password: a domain error once through access control, and nothing changes.
  changePassword: {
    call: op(
      'mutation { changePassword(currentPassword: "not the password", newPassword: "a new password nobody knows") }',
    ),
  },
  createOrganization: {
    call: op('mutation($i: CreateOrganizationInput!) { createOrganization(input: $i) { id } }', () => ({
      i: { name: `Matrix County ${unique()}`, kind: 'COUNTY', state: 'NC', fipsCode: '37183', population: 1129410 },
    })),
  },
  createUser: {
    call: op('mutation($i: CreateUserInput!) { createUser(input: $i) { id } }', (c) => ({
      i: {
        email: `matrix-${unique()}@example.org`,
        name: 'Added',
        password: TEST_PASSWORD,
        roles: ['APPLICANT'],
        organizationId: c.w.orgA,
      },
    })),
  },
  publishChecklistVersion: {
    call: op('mutation($i: ChecklistInput!) { publishChecklistVersion(input: $i) { id } }', () => ({
      i: { ...PORP_CHECKLIST_2023, version: `2031.${parseInt(unique().slice(0, 3), 16) % 1000}` },
    })),
  },
  createFundingRound: {
    call: op('mutation($i: CreateFundingRoundInput!) { createFundingRound(input: $i) { id } }', (c) => {
      const input = roundInput({}, c.t.clock.now());
      return { i: { ...input, opensAt: input.opensAt.toISOString(), closesAt: input.closesAt.toISOString() } };
    }),
  },
  updateFundingRound: {
    setup: async (t) => ({ id: (await createRound(t, { status: 'DRAFT' })).id }),
    call: op(
      'mutation($id: ID!) { updateFundingRound(id: $id, version: 1, input: { title: "Renamed round" }) { id } }',
      (c) => ({ id: c.ctx.id }),
    ),
  },
  publishFundingRound: {
    setup: async (t) => ({ id: (await createRound(t, { status: 'DRAFT' })).id }),
    call: op('mutation($id: ID!) { publishFundingRound(id: $id) { id } }', (c) => ({ id: c.ctx.id })),
  },
  closeFundingRound: {
    setup: async (t) => ({ id: (await createRound(t)).id }),
    call: op(
      'mutation($id: ID!) { closeFundingRound(id: $id, reason: "Enough applications for the budget") { id } }',
      (c) => ({ id: c.ctx.id }),
    ),
  },
  createApplication: {
    setup: async (t) => ({ roundId: (await createRound(t)).id }),
    call: op('mutation($r: ID!, $o: ID!) { createApplication(roundId: $r, organizationId: $o) { id } }', (c) => ({
      r: c.ctx.roundId,
      o: c.w.orgA,
    })),
  },
  saveApplication: {
    call: op(
      'mutation($id: ID!, $v: Int!) { saveApplication(id: $id, version: $v, input: { title: "Matrix" }) { id } }',
      (c) => ({ id: c.w.draftId, v: c.w.draftVersion }),
    ),
  },
  submitApplication: {
    setup: async (t, w) => {
      const draft = await draftOfA(t, w, true);
      return { id: draft.id, version: draft.version };
    },
    call: op('mutation($id: ID!, $v: Int!) { submitApplication(id: $id, version: $v) { trackingId } }', (c) => ({
      id: c.ctx.id,
      v: c.ctx.version,
    })),
  },
  withdrawApplication: {
    setup: async (t, w) => ({ id: (await draftOfA(t, w)).id }),
    call: op('mutation($id: ID!) { withdrawApplication(id: $id) { id } }', (c) => ({ id: c.ctx.id })),
  },
  deleteAttachment: {
    setup: async (t, w) => {
      const upload = await uploadAttachment(t, {
        applicationId: (await draftOfA(t, w)).id,
        fileName: 'matrix.pdf',
        bytes: samplePdf(),
        token: w.users.applicantA.token,
      });
      if (!upload.body?.id) throw new Error(`Upload failed: ${JSON.stringify(upload.body)}`);
      return { id: upload.body.id };
    },
    call: op('mutation($id: ID!) { deleteAttachment(id: $id) }', (c) => ({ id: c.ctx.id })),
  },
  assignReviewers: {
    setup: async (t, w) => ({
      roundId: (await submittedOfA(t, w)).roundId,
      reviewer: (await createUser(t, { roles: [Role.REVIEWER] })).user.id,
    }),
    call: op(
      'mutation($r: ID!, $ids: [ID!]!) { assignReviewers(roundId: $r, reviewerIds: $ids, perApplication: 1) { id } }',
      (c) => ({ r: c.ctx.roundId, ids: [c.ctx.reviewer] }),
    ),
  },
  assignReviewer: {
    setup: async (t) => ({ reviewer: (await createUser(t, { roles: [Role.REVIEWER] })).user.id }),
    call: op('mutation($a: ID!, $r: ID!) { assignReviewer(applicationId: $a, reviewerId: $r) { id } }', (c) => ({
      a: c.w.applicationId,
      r: c.ctx.reviewer,
    })),
  },
  unassignReviewer: {
    setup: async (t, w) => ({ id: (await openAssignment(t, w.applicationId)).assignment.id }),
    call: op('mutation($id: ID!) { unassignReviewer(assignmentId: $id) }', (c) => ({ id: c.ctx.id })),
  },
  declareConflict: {
    call: op('mutation($id: ID!) { declareConflict(assignmentId: $id, hasConflict: false) { id } }', (c) => ({
      id: assignmentOf(c),
    })),
  },
  saveReview: {
    call: op(
      'mutation($id: ID!, $v: Int!) { saveReview(assignmentId: $id, version: $v, input: { overallComment: "Matrix" }) { id } }',
      (c) => ({ id: assignmentOf(c), v: c.w.assignmentR1Version }),
    ),
  },
  submitReview: {
    call: op('mutation($id: ID!) { submitReview(assignmentId: $id) { id } }', (c) => ({ id: assignmentOf(c) })),
  },
  decideApplication: {
    setup: async (t, w) => {
      const { application, closesAt } = await submittedOfA(t, w);
      return { id: application.id, closesAt };
    },
    call: async (c) => {
      c.t.clock.set(c.ctx.closesAt as Date);
      try {
        return await gql(
          c.t,
          'mutation($a: ID!) { decideApplication(applicationId: $a, input: { decision: DECLINE, reason: "Out of scope" }) { id } }',
          { a: c.ctx.id },
          { token: c.token },
        );
      } finally {
        c.t.clock.reset();
      }
    },
  },
  releaseDecisions: {
    setup: async (t, w) => {
      const { application, closesAt, roundId } = await submittedOfA(t, w);
      t.clock.set(closesAt);
      await runWithRequestContext({ requestId: 'factory', actor: SYSTEM_ACTOR }, () =>
        t
          .get(DecisionsService)
          .decide(SYSTEM_ACTOR, application.id, { decision: DecisionKind.DECLINE, reason: 'Out of scope' }),
      ).finally(() => t.clock.reset());
      return { roundId, closesAt };
    },
    call: async (c) => {
      c.t.clock.set(c.ctx.closesAt as Date);
      try {
        return await gql(
          c.t,
          'mutation($r: ID!) { releaseDecisions(roundId: $r) { id } }',
          { r: c.ctx.roundId },
          { token: c.token },
        );
      } finally {
        c.t.clock.reset();
      }
    },
  },
  saveQuarterlyReport: {
    call: op(
      'mutation($m: ID!, $v: Int) { saveQuarterlyReport(milestoneId: $m, version: $v, input: { narrative: { successes: "Matrix" } }) { id } }',
      (c) => ({ m: c.w.milestoneId, v: c.w.report.version }),
    ),
  },
  submitQuarterlyReport: {
    // The version as it is now (saveQuarterlyReport may have run first).
    setup: async (t, w) => {
      const res = await gql<{ quarterlyReport: { version: number } }>(
        t,
        'query($id: ID!) { quarterlyReport(id: $id) { version } }',
        { id: w.report.id },
        { token: w.users.applicantA.token },
      );
      return { version: res.data!.quarterlyReport.version };
    },
    call: op('mutation($id: ID!, $v: Int!) { submitQuarterlyReport(reportId: $id, version: $v) { id } }', (c) => ({
      id: c.w.report.id,
      v: c.ctx.version,
    })),
  },
  reviewQuarterlyReport: {
    call: op('mutation($id: ID!) { reviewQuarterlyReport(reportId: $id, decision: ACCEPT) { id } }', (c) => ({
      id: c.w.report.id,
    })),
  },
  amendAward: {
    setup: async (t, w) => ({ version: (await awardVersion(t, w)).version }),
    call: op(
      'mutation($a: ID!, $v: Int!) { amendAward(awardId: $a, version: $v, input: { endDate: "2028-03-31", reason: "Hiring was late" }) { id } }',
      (c) => ({ a: c.w.awardId, v: c.ctx.version }),
    ),
  },
  decideAwardAmendment: {
    setup: async (t, w) => {
      const award = await awardVersion(t, w);
      const pending = award.amendments.find((a) => a.status === 'PENDING');
      if (pending) return { id: pending.id };
      const res = await gql<{ amendAward: { id: string } }>(
        t,
        'mutation($a: ID!, $v: Int!) { amendAward(awardId: $a, version: $v, input: { endDate: "2028-03-31", reason: "Hiring was late" }) { id } }',
        { a: w.awardId, v: award.version },
        { token: w.users.applicantA.token },
      );
      return { id: res.data!.amendAward.id };
    },
    call: op('mutation($id: ID!) { decideAwardAmendment(id: $id, decision: REJECT, note: "Not now") { id } }', (c) => ({
      id: c.ctx.id,
    })),
  },
  createPaymentRequest: {
    call: op('mutation($a: ID!) { createPaymentRequest(awardId: $a, input: { kind: REIMBURSEMENT }) { id } }', (c) => ({
      a: c.w.awardId,
    })),
  },
  savePaymentRequest: {
    setup: async (t, w) => ({ ...(await paymentDraftOfA(t, w)) }),
    call: op(
      'mutation($id: ID!, $v: Int!) { savePaymentRequest(id: $id, version: $v, input: { final: true }) { id } }',
      (c) => ({ id: c.ctx.id, v: c.ctx.version }),
    ),
  },
  submitPaymentRequest: {
    setup: async (t, w) => ({ ...(await paymentDraftOfA(t, w)) }),
    call: op(SUBMIT_PAYMENT, (c) => ({ id: c.ctx.id, v: c.ctx.version })),
  },
  reviewPaymentRequest: {
    setup: async (t, w) => {
      const draft = await paymentDraftOfA(t, w);
      await gql(t, SUBMIT_PAYMENT, { id: draft.id, v: draft.version }, { token: w.users.applicantA.token });
      return { id: draft.id };
    },
    call: op('mutation($id: ID!) { reviewPaymentRequest(id: $id, decision: APPROVE) { id } }', (c) => ({
      id: c.ctx.id,
    })),
  },
  schedulePayments: {
    setup: async (t, w) => ({ id: (await approvedOfA(t, w)).id }),
    call: op(SCHEDULE_PAYMENTS, (c) => ({ ids: [c.ctx.id] })),
  },
  recordPaymentResults: {
    setup: async (t, w) => batchOfA(t, w),
    call: op(
      'mutation($b: ID!, $r: [PaymentResultInput!]!) { recordPaymentResults(batchId: $b, results: $r) { id } }',
      (c) => ({
        b: c.ctx.id,
        r: [{ paymentRequestId: c.ctx.requestId, outcome: 'PAID', paidOn: '2026-11-02', reference: 'EFT-1' }],
      }),
    ),
  },
  // ---- Identity and organizations (people and access)
  inviteUser: {
    call: op('mutation($i: InviteUserInput!) { inviteUser(input: $i) { id } }', (c) => ({
      i: { email: `invited-${unique()}@example.org`, name: 'Invited', roles: ['APPLICANT'], organizationId: c.w.orgA },
    })),
  },
  revokeInvitation: {
    setup: async (t, w) => ({ id: (await inviteToA(t, w)).id }),
    call: op('mutation($id: ID!) { revokeInvitation(id: $id) { id } }', (c) => ({ id: c.ctx['id'] })),
  },
  acceptInvitation: {
    // The first caller uses the link; everyone after meets INVALID_STATE (used), never a second account.
    setup: async (t, w) => ({ token: (await inviteToA(t, w)).token }),
    call: op(
      'mutation($t: String!) { acceptInvitation(token: $t, password: "a matrix password 123") { token } }',
      (c) => ({ t: c.ctx['token'] }),
    ),
  },
  requestPasswordReset: {
    call: op('mutation($e: String!) { requestPasswordReset(email: $e) }', () => ({
      e: `reset-${unique()}@example.org`,
    })),
  },
  resetPassword: {
    setup: async (t) => {
      const user = await createUser(t, { roles: [Role.REVIEWER] });
      await gql(t, 'mutation($e: String!) { requestPasswordReset(email: $e) }', { e: user.email });
      return { token: await mailedToken(t, user.email, 'reset-password') };
    },
    call: op('mutation($t: String!) { resetPassword(token: $t, password: "a matrix password 123") }', (c) => ({
      t: c.ctx['token'],
    })),
  },
  refreshSession: { call: op('mutation { refreshSession { expiresAt } }') },
  updateUserRoles: {
    setup: async (t) => ({ id: (await createUser(t, { roles: [Role.REVIEWER] })).user.id }),
    call: op('mutation($id: ID!) { updateUserRoles(id: $id, roles: [REVIEWER]) { id } }', (c) => ({ id: c.ctx['id'] })),
  },
  deactivateUser: {
    setup: async (t) => ({ id: (await createUser(t, { roles: [Role.REVIEWER] })).user.id }),
    call: op('mutation($id: ID!) { deactivateUser(id: $id) { id } }', (c) => ({ id: c.ctx['id'] })),
  },
  reactivateUser: {
    setup: async (t) => ({ id: (await createUser(t, { roles: [Role.REVIEWER] })).user.id }),
    call: op('mutation($id: ID!) { reactivateUser(id: $id) { id } }', (c) => ({ id: c.ctx['id'] })),
  },
  updateOrganization: {
    setup: async (t) => ({ id: (await createOrganization(t)).id }),
    call: op(
      'mutation($id: ID!) { updateOrganization(id: $id, version: 1, input: { population: 5 }) { id } }',
      (c) => ({ id: c.ctx['id'] }),
    ),
  },
  updateMembership: {
    setup: async (t, w) => ({ id: (await createUser(t, { roles: [Role.APPLICANT], organizationId: w.orgA })).user.id }),
    call: op(
      'mutation($u: ID!, $o: ID!) { updateMembership(userId: $u, organizationId: $o, organizationRole: CONTRIBUTOR) { role } }',
      (c) => ({ u: c.ctx['id'], o: c.w.orgA }),
    ),
  },
  removeMembership: {
    setup: async (t, w) => ({ id: (await createUser(t, { roles: [Role.APPLICANT], organizationId: w.orgA })).user.id }),
    // Put back before each call, so every allowed actor has a member of A to take out.
    call: async (c) => {
      await c.t
        .get(OrganizationsService)
        .addMember(c.t.dataSource.manager, c.ctx['id'] as string, c.w.orgA, MembershipRole.CONTRIBUTOR);
      return gql(
        c.t,
        'mutation($u: ID!, $o: ID!) { removeMembership(userId: $u, organizationId: $o) }',
        { u: c.ctx['id'], o: c.w.orgA },
        { token: c.token },
      );
    },
  },
};

const DENIED = new Set(['UNAUTHENTICATED', 'FORBIDDEN', 'NOT_FOUND']);
/** Codes that mean the call itself is broken, not an access decision. */
const BROKEN = new Set(['GRAPHQL_VALIDATION_FAILED', 'GRAPHQL_PARSE_FAILED', 'INTERNAL_SERVER_ERROR', 'BAD_REQUEST']);

function outcomeOf(res: GraphQLResponse, sees: string | undefined): Outcome | string {
  const code = res.errors?.[0]?.extensions.code;
  if (code && DENIED.has(code)) return 'deny';
  if (code && BROKEN.has(code)) return `broken:${code}:${res.errors?.[0].message}`;
  if (code) return 'refused';
  if (sees !== undefined && !JSON.stringify(res.data).includes(sees)) return 'filtered';
  return 'allow';
}

describe('authorization matrix', () => {
  let t: TestApp;
  let w: World;

  beforeAll(async () => {
    t = await createTestApp({ rootModule: (config) => AppModule.forRoot(config) });
    const officer = await createUser(t);
    const org = await createOrganization(t);
    const applicantA = await createUser(t, {
      roles: [Role.APPLICANT],
      organizationId: org.id,
      organizationRole: MembershipRole.OWNER,
    });
    const users = {
      applicantA,
      applicantB: await createUser(t, { roles: [Role.APPLICANT] }),
      reviewerAssigned: await createUser(t, { roles: [Role.REVIEWER] }),
      reviewerConflicted: await createUser(t, { roles: [Role.REVIEWER] }),
      reviewerUnassigned: await createUser(t, { roles: [Role.REVIEWER] }),
      officer,
      auditor: await createUser(t, { roles: [Role.AUDITOR] }),
      finance: await createUser(t, { roles: [Role.FINANCE_OFFICER] }),
    };
    const base = { users, orgA: org.id };

    const { roundId, application } = await submittedOfA(t, base);
    const r1 = await openAssignment(t, application.id, users.reviewerAssigned);
    const other = await openAssignment(t, application.id);
    await submitReview(t, other.assignment, other.reviewer, 2);
    const assigned = await gql<{ assignReviewer: { id: string } }>(
      t,
      'mutation($a: ID!, $r: ID!) { assignReviewer(applicationId: $a, reviewerId: $r) { id } }',
      { a: application.id, r: users.reviewerConflicted.user.id },
      { token: officer.token },
    );
    const assignmentR2 = assigned.data!.assignReviewer.id;
    const declared = await gql(
      t,
      'mutation($id: ID!) { declareConflict(assignmentId: $id, hasConflict: true, explanation: "My spouse works there") { id } }',
      { id: assignmentR2 },
      { token: users.reviewerConflicted.token },
    );
    if (declared.errors) throw new Error(`declareConflict: ${JSON.stringify(declared.errors)}`);

    const draft = await createApplication(t, {
      roundId: (await createRound(t)).id,
      user: applicantA.user,
      organizationId: org.id,
    });

    // An award of A: decided and released by the system once the round has closed.
    const awarded = await submittedOfA(t, base, { grantStart: '2027-01-01', grantEnd: '2027-12-31' });
    t.clock.set(awarded.closesAt);
    try {
      await runWithRequestContext({ requestId: 'factory', actor: SYSTEM_ACTOR }, async () => {
        const decisions = t.get(DecisionsService);
        await decisions.decide(SYSTEM_ACTOR, awarded.application.id, {
          decision: DecisionKind.AWARD,
          amountCents: 10_000_000n,
          overrideReason: 'Test award',
        });
        await decisions.release(awarded.roundId);
      });
    } finally {
      t.clock.reset();
    }
    const award = await t.dataSource
      .getRepository(AwardEntity)
      .findOneByOrFail({ applicationId: awarded.application.id });
    const milestones = await gql<{ award: { milestones: Array<{ id: string }> } }>(
      t,
      'query($id: ID!) { award(id: $id) { milestones { id } } }',
      { id: award.id },
      { token: applicantA.token },
    );
    const milestoneId = milestones.data!.award.milestones[0].id;
    const saved = await gql<{ saveQuarterlyReport: { id: string; version: number } }>(
      t,
      'mutation($m: ID!, $i: QuarterlyReportInput!) { saveQuarterlyReport(milestoneId: $m, input: $i) { id version } }',
      { m: milestoneId, i: { metrics: allMetrics() } },
      { token: applicantA.token },
    );
    if (!saved.data) throw new Error(`saveQuarterlyReport: ${JSON.stringify(saved.errors)}`);

    w = {
      ...base,
      roundId,
      applicationId: application.id,
      draftId: draft.id,
      draftVersion: draft.version,
      awardId: award.id,
      milestoneId,
      report: saved.data.saveQuarterlyReport,
      assignmentR1: r1.assignment.id,
      assignmentR1Version: r1.assignment.version,
      assignmentR2,
    };
  }, timeLimit(120_000));
  afterAll(() => t?.close());

  const operations = () => {
    const schema = t.get(GraphQLSchemaHost).schema;
    return {
      queries: Object.keys(schema.getQueryType()?.getFields() ?? {}),
      mutations: Object.keys(schema.getMutationType()?.getFields() ?? {}),
    };
  };

  /**
   * Each operation's entry in its domain's policy table (what the guard enforces through
   * @Allow); for the few awaiting a table, what their resolver declares.
   */
  const accessOf = (() => {
    let cache: Map<string, OperationAccess> | undefined;
    return (name: string): OperationAccess | undefined => {
      if (!cache) {
        cache = new Map([...policyTableEntries()].map(([n, e]) => [n, e.access]));
        for (const p of operationPolicies(t.app))
          if (AWAITING_A_POLICY_TABLE.has(p.name) && !cache.has(p.name) && p.access !== 'undeclared')
            cache.set(p.name, p.access);
      }
      return cache.get(name);
    };
  })();

  it('has a call and a policy table entry for every query and mutation in the schema, and nothing else', () => {
    const { queries, mutations } = operations();
    const live = [...queries, ...mutations];
    expect({ missingCall: live.filter((n) => !CASES[n]), missingPolicy: live.filter((n) => !accessOf(n)) }).toEqual({
      missingCall: [],
      missingPolicy: [],
    });
    expect({
      staleCall: Object.keys(CASES).filter((n) => !live.includes(n)),
      staleRefinement: Object.keys(REFINEMENTS).filter((n) => !live.includes(n)),
    }).toEqual({ staleCall: [], staleRefinement: [] });
  });

  it('refines only actors whose roles the policy table lets through (the table alone denies the others)', () => {
    const moot = Object.entries(REFINEMENTS).flatMap(([name, refinement]) => {
      const access = accessOf(name);
      return access
        ? Object.keys(refinement)
            .filter((a) => !reaches(access, a as ActorName))
            .map((a) => `${name} ${a}`)
        : [];
    });
    expect(moot).toEqual([]);
  });

  const run = async (names: string[]) => {
    const mismatches: string[] = [];
    for (const name of names) {
      const c = CASES[name];
      const access = accessOf(name);
      if (!c || !access) continue; // reported by the completeness test
      const ctx = c.setup ? await c.setup(t, w) : {};
      // Denied actors first, so an allowed actor's change cannot alter their outcome.
      const order = [...ACTORS].sort(
        (a, b) =>
          Number(expectedOutcome(access, name, a) === 'allow') - Number(expectedOutcome(access, name, b) === 'allow'),
      );
      for (const as of order) {
        const token = as === 'anonymous' ? undefined : w.users[as].token;
        const res = await c.call({ t, w, as, token, ctx });
        const got = outcomeOf(res, c.sees?.(w));
        const want = expectedOutcome(access, name, as);
        if (process.env.AUTHZ_MATRIX_VERBOSE)
          process.stdout.write(
            `${name.padEnd(24)} ${as.padEnd(19)} ${got}${res.errors ? ` (${res.errors[0].extensions.code}: ${res.errors[0].message})` : ''}\n`,
          );
        if (!matches(want, got))
          mismatches.push(
            `${name.padEnd(24)} ${as.padEnd(19)} expected ${want.padEnd(8)} got ${got}${res.errors ? ` (${res.errors[0].extensions.code}: ${res.errors[0].message})` : ''}`,
          );
      }
    }
    return mismatches;
  };

  it(
    'queries: every actor gets exactly the declared access to organization A',
    async () => {
      const mismatches = await run(operations().queries);
      expect(mismatches).toEqual([]);
    },
    timeLimit(60_000),
  );

  it(
    'mutations: every actor gets exactly the declared access to organization A',
    async () => {
      const mismatches = await run(operations().mutations);
      expect(mismatches).toEqual([]);
    },
    timeLimit(90_000),
  );
});
