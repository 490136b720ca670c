import { Agent } from 'node:http';
import { Client } from 'pg';
// The bulk fixture builder needs only pg; this runner loads no workspace aliases (nor Nest), so it is imported by path.
// eslint-disable-next-line @nx/enforce-module-boundaries
import { createSubmissionCohort, type CohortApplicant } from '../../../../libs/api/testing/src/submission-cohort';
import { postGraphQL } from '../support/http';
import { startApi, startDatabase, stopServer, type RunningServer, type TestDatabase } from '../support/server';

/** A one-page PDF standing in for an invoice. */
const INVOICE_PDF = Buffer.from(
  '%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n',
  'latin1',
);

const COUNT = 1000;
/**
 * The API is killed (SIGKILL) at a moment chosen by the clock, not by a reply: once this many
 * submissions were acknowledged, after the time about a hundred more take at the rate so far,
 * so transactions are open and replies are on their way when it dies.
 */
const KILL_AFTER = 300;

const SUBMIT =
  'mutation($id: ID!, $version: Int!) { submitApplication(id: $id, version: $version) { trackingId submittedAt application { id status } } }';

interface Receipt {
  submitApplication: { trackingId: string; submittedAt: string; application: { id: string; status: string } };
}

type Outcome = { acknowledged: true; trackingId: string } | { acknowledged: false; reason: string };

interface Row {
  id: string;
  status: string;
  tracking_id: string | null;
  submitted_at: Date | null;
  submits: number;
  receipts: number;
  receipt_recipients: number;
  receipts_naming_tracking_id: number;
  members: number;
}

/** Every cohort application with what was written about its submission. */
async function rowsOf(db: Client, roundId: string): Promise<Map<string, Row>> {
  const { rows } = await db.query<Row>(
    `SELECT a.id, a.status, a.tracking_id, a.submitted_at,
            (SELECT count(*) FROM audit_events e WHERE e.entity_type = 'Application' AND e.entity_id = a.id::text AND e.action = 'application.submit')::int AS submits,
            (SELECT count(*) FROM outbox_messages m WHERE m.kind = 'application.submitted' AND m.dedupe_key LIKE 'application.submitted:' || a.id || ':%')::int AS receipts,
            (SELECT count(DISTINCT m.recipient_user_id) FROM outbox_messages m JOIN memberships ms ON ms.user_id = m.recipient_user_id AND ms.organization_id = a.organization_id
              WHERE m.kind = 'application.submitted' AND m.dedupe_key = 'application.submitted:' || a.id || ':' || m.recipient_user_id)::int AS receipt_recipients,
            (SELECT count(*) FROM outbox_messages m WHERE m.kind = 'application.submitted' AND m.dedupe_key LIKE 'application.submitted:' || a.id || ':%'
              AND m.subject = 'Application received: ' || a.tracking_id AND position(a.tracking_id IN m.body) > 0)::int AS receipts_naming_tracking_id,
            (SELECT count(*) FROM memberships ms WHERE ms.organization_id = a.organization_id)::int AS members
     FROM applications a WHERE a.round_id = $1`,
    [roundId],
  );
  return new Map(rows.map((r) => [r.id, r]));
}

/** A submission written whole, or not at all. */
function expectWholeOrNothing(row: Row): void {
  if (row.status === 'SUBMITTED') {
    expect(row).toMatchObject({
      submits: 1,
      receipts: row.members,
      receipt_recipients: row.members,
      receipts_naming_tracking_id: row.members,
    });
    expect(row.tracking_id).toMatch(/^ABT-\d{4}-\d{6}$/);
    expect(row.submitted_at).not.toBeNull();
  } else {
    expect(row).toMatchObject({ status: 'DRAFT', tracking_id: null, submitted_at: null, submits: 0, receipts: 0 });
  }
}

/** Rows about submissions that belong to no submitted application. */
async function orphans(db: Client): Promise<{ receipts: number; audits: number }> {
  const [{ receipts }] = (
    await db.query(
      `SELECT count(*)::int AS receipts FROM outbox_messages m WHERE m.kind = 'application.submitted'
       AND NOT EXISTS (SELECT 1 FROM applications a WHERE a.status = 'SUBMITTED' AND a.id::text = split_part(m.dedupe_key, ':', 2))`,
    )
  ).rows;
  const [{ audits }] = (
    await db.query(
      `SELECT count(*)::int AS audits FROM audit_events e WHERE e.action = 'application.submit'
       AND NOT EXISTS (SELECT 1 FROM applications a WHERE a.status = 'SUBMITTED' AND a.id::text = e.entity_id AND a.tracking_id = e.after->>'trackingId')`,
    )
  ).rows;
  return { receipts, audits };
}

describe('a crash in the middle of a deadline surge', () => {
  let database: TestDatabase | undefined;
  const servers: RunningServer[] = [];
  afterAll(async () => {
    await Promise.all(servers.map((server) => stopServer(server)));
    await database?.stop();
  });

  it(`keeps every acknowledged submission of ${COUNT} exactly once, half-writes none, and takes the others again`, async () => {
    const started = Date.now();
    const lap = (label: string) =>
      console.log(`crash test (${database?.kind}): ${label} at ${((Date.now() - started) / 1000).toFixed(1)} s`);
    database = await startDatabase();
    const first = await startApi(database.url, {
      logName: 'crash-api-1.log',
      env: { LOG_LEVEL: 'warn', JOBS_ENABLED: 'false' },
    });
    servers.push(first);
    lap('API started');
    const cohort = await createSubmissionCohort(database.url, { count: COUNT, seed: 2026 });
    lap(`${COUNT} drafts made`);

    // A thousand applicants submit at once, each with their own session; midway the API process is killed.
    const agent = new Agent({ keepAlive: true, maxSockets: 100 });
    let acknowledged = 0;
    const surgeStarted = performance.now();
    const outcomes = await Promise.all(
      cohort.applicants.map(async (applicant): Promise<Outcome> => {
        try {
          const reply = await postGraphQL<Receipt>(
            agent,
            first.url,
            SUBMIT,
            { id: applicant.applicationId, version: applicant.version },
            applicant.token,
          );
          const receipt = reply.status === 200 ? reply.data?.submitApplication : undefined;
          if (!receipt) return { acknowledged: false, reason: `HTTP ${reply.status}: ${JSON.stringify(reply.errors)}` };
          if (++acknowledged === KILL_AFTER)
            setTimeout(() => first.child.kill('SIGKILL'), ((performance.now() - surgeStarted) / KILL_AFTER) * 100);
          return { acknowledged: true, trackingId: receipt.trackingId };
        } catch (error) {
          return { acknowledged: false, reason: (error as Error).message };
        }
      }),
    );
    agent.destroy();
    await stopServer(first); // already gone: waits for its exit
    expect(first.child.signalCode).toBe('SIGKILL');
    lap(`killed after ${acknowledged} receipts`);
    // Before the kill, every submission succeeded; after it, none could be answered.
    const refused = outcomes.filter((o): o is Extract<Outcome, { acknowledged: false }> => !o.acknowledged);
    expect(refused.filter((o) => o.reason.startsWith('HTTP'))).toEqual([]);
    expect(acknowledged).toBeGreaterThanOrEqual(KILL_AFTER);
    expect(acknowledged + refused.length).toBe(COUNT);
    expect(refused.length).toBeGreaterThan(0);

    const second = await startApi(database.url, {
      logName: 'crash-api-2.log',
      env: { LOG_LEVEL: 'warn', JOBS_ENABLED: 'false' },
    });
    servers.push(second);
    const db = new Client({ connectionString: database.url });
    await db.connect();
    try {
      lap('API restarted');
      const afterCrash = await rowsOf(db, cohort.roundId);
      expect(afterCrash.size).toBe(COUNT);
      const trackingIds = new Set<string>();
      cohort.applicants.forEach((applicant, i) => {
        const row = afterCrash.get(applicant.applicationId)!;
        const outcome = outcomes[i];
        if (outcome.acknowledged)
          expect({ id: row.id, status: row.status, trackingId: row.tracking_id }).toEqual({
            id: applicant.applicationId,
            status: 'SUBMITTED',
            trackingId: outcome.trackingId,
          });
        expectWholeOrNothing(row);
        if (row.tracking_id) {
          expect(trackingIds.has(row.tracking_id)).toBe(false);
          trackingIds.add(row.tracking_id);
        }
      });
      expect(await orphans(db)).toEqual({ receipts: 0, audits: 0 });
      const committedUnanswered =
        [...afterCrash.values()].filter((r) => r.status === 'SUBMITTED').length - acknowledged;
      console.log(
        `crash test (${database.kind}): ${acknowledged} acknowledged, ${committedUnanswered} more committed whose reply the crash lost, ${refused.length - committedUnanswered} left as drafts`,
      );

      // Every applicant submits again on the restarted API: the acknowledged ones (and those
      // committed without a reply) get their first receipt back; the rest are submitted now.
      const again = new Agent({ keepAlive: true, maxSockets: 20 });
      const resubmit = (applicant: CohortApplicant) =>
        postGraphQL<Receipt>(
          again,
          second.url,
          SUBMIT,
          { id: applicant.applicationId, version: applicant.version },
          applicant.token,
        );
      const replies = await Promise.all(cohort.applicants.map(resubmit));
      again.destroy();
      lap('everyone submitted again');
      replies.forEach((reply, i) => {
        expect({ status: reply.status, errors: reply.errors }).toEqual({ status: 200, errors: undefined });
        const before = afterCrash.get(cohort.applicants[i].applicationId)!;
        if (before.tracking_id) expect(reply.data!.submitApplication.trackingId).toBe(before.tracking_id);
        expect(reply.data!.submitApplication.application.status).toBe('SUBMITTED');
      });

      const final = await rowsOf(db, cohort.roundId);
      const finalIds = new Set<string>();
      for (const [i, applicant] of cohort.applicants.entries()) {
        const row = final.get(applicant.applicationId)!;
        expect(row.status).toBe('SUBMITTED');
        expectWholeOrNothing(row);
        expect(row.tracking_id).toBe(replies[i].data!.submitApplication.trackingId);
        finalIds.add(row.tracking_id!);
      }
      expect(finalIds.size).toBe(COUNT);
      expect(await orphans(db)).toEqual({ receipts: 0, audits: 0 });
      // Tracking ids come from a sequence: unique, but a transaction the crash rolled back used a number too.
      const numbers = [...finalIds].map((id) => Number(id.slice(-6))).sort((a, b) => a - b);
      console.log(
        `crash test (${database.kind}): tracking ids ${numbers[0]}-${numbers.at(-1)}, ${numbers.at(-1)! - numbers[0] + 1 - COUNT} numbers skipped`,
      );
    } finally {
      await db.end();
      await stopServer(second);
    }
    lap('done');
  }, 600_000);
});

const REQUESTS = 48;
const PER_CALL = 3;
/** The API is killed as soon as this many of the results calls were acknowledged, with more on their way. */
const KILL_AT_CALL = 4;

const PAYMENT_SETUP = {
  awards: '{ awards(first: 100) { nodes { id startDate organization { name } } } }',
  create:
    'mutation($a: ID!, $i: PaymentRequestInput!) { createPaymentRequest(awardId: $a, input: $i) { id version lines { id } } }',
  submit: 'mutation($id: ID!, $v: Int!) { submitPaymentRequest(id: $id, version: $v) { id status } }',
  review: 'mutation($id: ID!) { reviewPaymentRequest(id: $id, decision: APPROVE) { id status } }',
  schedule: 'mutation($ids: [ID!]!) { schedulePayments(paymentRequestIds: $ids) { id } }',
  record:
    'mutation($b: ID!, $r: [PaymentResultInput!]!) { recordPaymentResults(batchId: $b, results: $r) { id items { paymentRequestId outcome } } }',
};

interface PaymentRow {
  id: string;
  status: string;
  outcome: string | null;
  reference: string | null;
  ledger_entry_id: string | null;
  entries: number;
  records: number;
}

/** Each request of the batch with its result and what was posted for it. */
async function batchRows(db: Client, batchId: string): Promise<Map<string, PaymentRow>> {
  const { rows } = await db.query<PaymentRow>(
    `SELECT pr.id, pr.status, i.outcome, i.reference, i.ledger_entry_id,
            (SELECT count(*) FROM ledger_entries e WHERE e.payment_request_id = pr.id)::int AS entries,
            (SELECT count(*) FROM audit_events a WHERE a.entity_type = 'PaymentRequest' AND a.entity_id = pr.id::text AND a.action = 'payment.record')::int AS records
       FROM payment_batch_items i JOIN payment_requests pr ON pr.id = i.payment_request_id
      WHERE i.batch_id = $1`,
    [batchId],
  );
  return new Map(rows.map((r) => [r.id, r]));
}

/** A result recorded whole (status, outcome, one ledger entry when paid, one audit event), or not at all. */
function expectPaymentWholeOrNothing(row: PaymentRow): void {
  if (row.outcome === 'PAID') {
    expect(row).toMatchObject({ status: 'PAID', entries: 1, records: 1 });
    expect(row.ledger_entry_id).not.toBeNull();
  } else if (row.outcome === 'FAILED') {
    expect(row).toMatchObject({ status: 'FAILED', entries: 0, records: 1, ledger_entry_id: null });
  } else {
    expect(row).toMatchObject({ status: 'SCHEDULED', entries: 0, records: 0, ledger_entry_id: null });
  }
}

describe('a crash while a payment batch’s results are recorded', () => {
  let database: TestDatabase | undefined;
  const servers: RunningServer[] = [];
  afterAll(async () => {
    await Promise.all(servers.map((server) => stopServer(server)));
    await database?.stop();
  });

  it(`loses no acknowledged result of ${REQUESTS} and posts none twice to the fund’s ledger`, async () => {
    const started = Date.now();
    const lap = (label: string) =>
      console.log(
        `payment crash test (${database?.kind}): ${label} at ${((Date.now() - started) / 1000).toFixed(1)} s`,
      );
    database = await startDatabase();
    const env = { LOG_LEVEL: 'warn', JOBS_ENABLED: 'false' };
    // The demo: Buncombe County's award, in a round paid from the Alamance settlement fund.
    const seeding = await startApi(database.url, { logName: 'pay-crash-seed.log', env: { ...env, SEED_DEMO: 'true' } });
    await stopServer(seeding);
    const first = await startApi(database.url, { logName: 'pay-crash-api-1.log', env });
    servers.push(first);
    lap('demo seeded, API started');

    const agent = new Agent({ keepAlive: true, maxSockets: 6 });
    const call = async <T>(url: string, query: string, variables: Record<string, unknown>, token: string) => {
      const reply = await postGraphQL<T>(agent, url, query, variables, token);
      if (!reply.data) throw new Error(`${query.slice(0, 40)}: HTTP ${reply.status} ${JSON.stringify(reply.errors)}`);
      return reply.data;
    };
    const signInAs = async (email: string) =>
      (
        await postGraphQL<{ signIn: { token: string } }>(
          agent,
          first.url,
          'mutation($e: String!, $p: String!) { signIn(email: $e, password: $p) { token } }',
          { e: email, p: process.env.ABATE_E2E_DEMO_PASSWORD },
        )
      ).data!.signIn.token;
    const grantee = await signInAs('applicant2@abate.test');
    const officer = await signInAs('officer@abate.test');
    const finance = await signInAs('finance@abate.test');
    const { awards } = await call<{ awards: { nodes: Array<{ id: string; startDate: string }> } }>(
      first.url,
      PAYMENT_SETUP.awards,
      {},
      grantee,
    );
    const award = awards.nodes[0];

    // Many small reimbursements, each with its invoice, approved twice, gathered into one batch.
    const ids: string[] = [];
    const make = async (n: number) => {
      const created = (
        await call<{ createPaymentRequest: { id: string; version: number; lines: Array<{ id: string }> } }>(
          first.url,
          PAYMENT_SETUP.create,
          {
            a: award.id,
            i: {
              kind: 'REIMBURSEMENT',
              periodStart: award.startDate,
              periodEnd: award.startDate,
              lines: [{ category: 'supplies', description: `Test strips, invoice ${n}`, amountCents: '100' }],
            },
          },
          grantee,
        )
      ).createPaymentRequest;
      const upload = await fetch(`${first.url}/api/payment-lines/${created.lines[0].id}/attachments`, {
        method: 'POST',
        headers: {
          'content-type': 'application/octet-stream',
          'x-file-name': `invoice-${n}.pdf`,
          authorization: `Bearer ${grantee}`,
        },
        body: new Uint8Array(INVOICE_PDF),
      });
      expect(upload.status).toBe(201);
      await call(first.url, PAYMENT_SETUP.submit, { id: created.id, v: created.version }, grantee);
      await call(first.url, PAYMENT_SETUP.review, { id: created.id }, officer);
      await call(first.url, PAYMENT_SETUP.review, { id: created.id }, finance);
      ids[n] = created.id;
    };
    for (let n = 0; n < REQUESTS; n += 6) await Promise.all([0, 1, 2, 3, 4, 5].map((k) => make(n + k)));
    const batchId = (
      await call<{ schedulePayments: { id: string } }>(first.url, PAYMENT_SETUP.schedule, { ids }, finance)
    ).schedulePayments.id;
    lap(`${REQUESTS} requests approved and in one batch`);

    // The finance officer records the results a few at a time, several calls at once; the API dies midway.
    const today = new Date().toISOString().slice(0, 10);
    const resultOf = (id: string, n: number) =>
      n % 4 === 3
        ? { paymentRequestId: id, outcome: 'FAILED', note: `Bank account closed (${n})` }
        : { paymentRequestId: id, outcome: 'PAID', paidOn: today, reference: `EFT-CRASH-${n}` };
    const calls: Array<Array<ReturnType<typeof resultOf>>> = [];
    for (let n = 0; n < REQUESTS; n += PER_CALL)
      calls.push(ids.slice(n, n + PER_CALL).map((id, k) => resultOf(id, n + k)));
    let acknowledged = 0;
    const sent = await Promise.all(
      calls.map(async (results) => {
        try {
          const reply = await postGraphQL(agent, first.url, PAYMENT_SETUP.record, { b: batchId, r: results }, finance);
          if (reply.status !== 200 || !reply.data) return `HTTP ${reply.status}: ${JSON.stringify(reply.errors)}`;
          if (++acknowledged === KILL_AT_CALL) first.child.kill('SIGKILL');
          return 'acknowledged';
        } catch (error) {
          return (error as Error).message;
        }
      }),
    );
    agent.destroy();
    await stopServer(first);
    expect(first.child.signalCode).toBe('SIGKILL');
    expect(sent.filter((s) => s.startsWith('HTTP'))).toEqual([]);
    expect(sent.filter((s) => s !== 'acknowledged').length).toBeGreaterThan(0);
    lap(`killed after ${acknowledged} of ${calls.length} calls were acknowledged`);

    const second = await startApi(database.url, { logName: 'pay-crash-api-2.log', env });
    servers.push(second);
    const db = new Client({ connectionString: database.url });
    await db.connect();
    try {
      const afterCrash = await batchRows(db, batchId);
      expect(afterCrash.size).toBe(REQUESTS);
      calls.forEach((results, c) => {
        for (const result of results) {
          const row = afterCrash.get(result.paymentRequestId)!;
          expectPaymentWholeOrNothing(row);
          // An acknowledged result is there exactly as sent.
          if (sent[c] === 'acknowledged') expect(row.outcome).toBe(result.outcome);
          // A call is one transaction: its results are all there or none is.
          expect(results.map((r) => afterCrash.get(r.paymentRequestId)!.outcome === null)).toEqual(
            results.map(() => row.outcome === null),
          );
        }
      });
      const recorded = [...afterCrash.values()].filter((r) => r.outcome).length;
      lap(`${recorded} results recorded before the crash`);

      // The finance officer sends every result again on the restarted API: nothing is posted twice.
      const again = new Agent({ keepAlive: true, maxSockets: 4 });
      const financeAgain = (
        await postGraphQL<{ signIn: { token: string } }>(
          again,
          second.url,
          'mutation($e: String!, $p: String!) { signIn(email: $e, password: $p) { token } }',
          { e: 'finance@abate.test', p: process.env.ABATE_E2E_DEMO_PASSWORD },
        )
      ).data!.signIn.token;
      const replies = await Promise.all(
        calls.map((results) =>
          postGraphQL(again, second.url, PAYMENT_SETUP.record, { b: batchId, r: results }, financeAgain),
        ),
      );
      again.destroy();
      for (const reply of replies)
        expect({ status: reply.status, errors: reply.errors }).toEqual({ status: 200, errors: undefined });

      const final = await batchRows(db, batchId);
      for (const results of calls) {
        for (const result of results) {
          const row = final.get(result.paymentRequestId)!;
          expect(row.outcome).toBe(result.outcome);
          if (result.outcome === 'PAID') expect(row.reference).toBe(result.reference);
          expectPaymentWholeOrNothing(row);
        }
      }
      const paid = calls.flat().filter((r) => r.outcome === 'PAID').length;
      const [{ posted }] = (
        await db.query(
          `SELECT count(*)::int AS posted FROM ledger_entries WHERE payment_request_id = ANY($1::uuid[])`,
          [ids],
        )
      ).rows;
      expect(posted).toBe(paid);
    } finally {
      await db.end();
      await stopServer(second);
    }
    lap('done');
  }, 600_000);
});
