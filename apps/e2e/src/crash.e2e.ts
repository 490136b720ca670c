import { Agent } from 'node:http';
import { Client } from 'pg';
// The bulk fixture builder needs only pg; this runner loads no workspace aliases (nor Nest), so it is imported by path.
// eslint-disable-next-line @nx/enforce-module-boundaries
import { createSubmissionCohort, type CohortApplicant } from '../../../libs/api/testing/src/submission-cohort';
import { postGraphQL } from './support/http';
import { startApi, startDatabase, stopServer, type RunningServer, type TestDatabase } from './support/server';

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
