import { Client } from 'pg';
import { startApi, startDatabase, stopServer, type RunningServer, type TestDatabase } from '../support/server';

const password = () => process.env.ABATE_E2E_DEMO_PASSWORD!;

/** Both replicas work the job queue, with the sweep and delivery every minute (pg-boss's finest cron). */
const REPLICA_ENV = {
  JOBS_ENABLED: 'true',
  REMINDER_SWEEP_CRON: '* * * * *',
  OUTBOX_DELIVERY_CRON: '* * * * *',
  LOG_LEVEL: 'warn',
};

interface Reply<T> {
  data?: T | null;
  errors?: Array<{ message: string; extensions?: { code?: string } }>;
}

async function graphql<T>(
  server: RunningServer,
  query: string,
  variables: Record<string, unknown> = {},
  token?: string,
): Promise<Reply<T>> {
  const res = await fetch(`${server.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  return (await res.json()) as Reply<T>;
}

interface SweepJob {
  id: string;
  output: { reminders: number; digests: number; ranBy: string };
}

const delay = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function until<T>(what: string, probe: () => Promise<T | undefined>, timeoutMs: number): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const found = await probe();
    if (found !== undefined) return found;
    if (Date.now() > deadline) throw new Error(`Gave up after ${timeoutMs / 1000} s waiting for ${what}`);
    await delay(1_000);
  }
}

describe('two API replicas on one database', () => {
  let database: TestDatabase | undefined;
  const replicas: RunningServer[] = [];
  let db: Client | undefined;
  afterAll(async () => {
    await db?.end();
    await Promise.all(replicas.map((r) => stopServer(r)));
    await database?.stop();
  });

  it('share sessions, and send each scheduled reminder once', async () => {
    const started = Date.now();
    const lap = (label: string) =>
      console.log(`replicas test (${database?.kind}): ${label} at ${((Date.now() - started) / 1000).toFixed(1)} s`);
    database = await startDatabase();
    // The demo data (Buncombe County's award has an overdue report) is seeded once, before the replicas start together.
    const seeding = await startApi(database.url, {
      logName: 'replica-seed.log',
      env: { SEED_DEMO: 'true', JOBS_ENABLED: 'false', LOG_LEVEL: 'warn' },
    });
    await stopServer(seeding);
    lap('demo seeded');
    replicas.push(
      ...(await Promise.all([
        startApi(database.url, { logName: 'replica-a.log', env: REPLICA_ENV }),
        startApi(database.url, { logName: 'replica-b.log', env: REPLICA_ENV }),
      ])),
    );
    const [a, b] = replicas;
    const nameOf = (ranBy: string) =>
      ranBy.endsWith(`:${a.child.pid}`) ? 'a' : ranBy.endsWith(`:${b.child.pid}`) ? 'b' : ranBy;
    lap('both replicas started');

    // Sessions live in the database: one made on a works on b, and the other way round.
    const signIn = async (server: RunningServer, email: string) => {
      const reply = await graphql<{ signIn: { token: string } }>(
        server,
        'mutation($e: String!, $p: String!) { signIn(email: $e, password: $p) { token } }',
        { e: email, p: password() },
      );
      expect(reply.errors).toBeUndefined();
      return reply.data!.signIn.token;
    };
    const me = async (server: RunningServer, token: string) =>
      (await graphql<{ me: { email: string } | null }>(server, '{ me { email } }', {}, token)).data?.me?.email ?? null;
    const officer = await signIn(a, 'officer@abate.test');
    expect(await me(b, officer)).toBe('officer@abate.test');
    const created = await graphql<{ createOrganization: { id: string } }>(
      b,
      'mutation($i: CreateOrganizationInput!) { createOrganization(input: $i) { id } }',
      { i: { name: 'Cabarrus County', kind: 'COUNTY', state: 'NC', fipsCode: '37025', population: 225804 } },
      officer,
    );
    expect(created.errors).toBeUndefined();
    const seen = await graphql<{ organizations: { nodes: Array<{ id: string; name: string }> } }>(
      a,
      '{ organizations(first: 100) { nodes { id name } } }',
      {},
      officer,
    );
    expect(seen.data?.organizations.nodes.find((o) => o.id === created.data!.createOrganization.id)?.name).toBe(
      'Cabarrus County',
    );
    const auditor = await signIn(b, 'auditor@abate.test');
    expect(await me(a, auditor)).toBe('auditor@abate.test');
    // Signed out on b: a no longer knows the session; the one made on b still works on a.
    expect((await graphql<{ signOut: boolean }>(b, 'mutation { signOut }', {}, officer)).data).toEqual({
      signOut: true,
    });
    expect(await me(a, officer)).toBeNull();
    const refused = await graphql(
      a,
      'mutation($i: CreateOrganizationInput!) { createOrganization(input: $i) { id } }',
      { i: { name: 'Rowan County', kind: 'COUNTY', state: 'NC', fipsCode: '37159', population: 146875 } },
      officer,
    );
    expect(refused.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    expect(await me(a, auditor)).toBe('auditor@abate.test');
    expect((await graphql<{ signOut: boolean }>(a, 'mutation { signOut }', {}, auditor)).data).toEqual({
      signOut: true,
    });
    expect(await me(b, auditor)).toBeNull();
    lap('sessions checked');

    // What the sweep owes: a reminder to every member of Buncombe County for its overdue report.
    db = new Client({ connectionString: database.url });
    await db.connect();
    const overdue = (
      await db.query<{ id: string }>(
        `SELECT m.id FROM reporting_milestones m JOIN awards w ON w.id = m.award_id AND w.status = 'ACTIVE' JOIN organizations o ON o.id = w.organization_id
         LEFT JOIN quarterly_reports q ON q.milestone_id = m.id
         WHERE o.name = 'Buncombe County' AND m.due_date < current_date AND (q.id IS NULL OR q.status NOT IN ('SUBMITTED', 'ACCEPTED'))`,
      )
    ).rows.map((r) => r.id);
    expect(overdue.length).toBeGreaterThanOrEqual(1);
    const members = (
      await db.query<{ user_id: string }>(
        `SELECT ms.user_id FROM memberships ms JOIN organizations o ON o.id = ms.organization_id WHERE o.name = 'Buncombe County'`,
      )
    ).rows
      .map((r) => r.user_id)
      .sort();
    const officers = (
      await db.query<{ id: string }>(`SELECT id FROM users WHERE active AND 'PROGRAM_OFFICER' = ANY(roles)`)
    ).rows
      .map((r) => r.id)
      .sort();
    expect(members.length).toBeGreaterThanOrEqual(1);

    // One schedule per queue, though both replicas registered theirs.
    const schedules = (
      await db.query<{ name: string; cron: string }>(`SELECT name, cron FROM pgboss.schedule ORDER BY name`)
    ).rows;
    expect(schedules).toEqual([
      { name: 'outbox-delivery', cron: '* * * * *' },
      { name: 'reminder-sweep', cron: '* * * * *' },
    ]);

    const sweeps = async () =>
      (
        await db!.query<SweepJob>(
          `SELECT id, output FROM pgboss.job WHERE name = 'reminder-sweep' AND state = 'completed' ORDER BY completed_on`,
        )
      ).rows;
    const firstSweep = await until('the first scheduled sweep', async () => (await sweeps())[0], 150_000);
    lap(`first sweep ran on replica ${nameOf(firstSweep.output.ranBy)}`);
    expect(firstSweep.output.reminders).toBeGreaterThanOrEqual(overdue.length * members.length);

    // The replica that swept stops; the next minute's sweep is the other one's, and finds nothing new to send.
    const [sweeper, other] = nameOf(firstSweep.output.ranBy) === 'a' ? [a, b] : [b, a];
    expect(nameOf(firstSweep.output.ranBy)).toMatch(/^[ab]$/);
    await stopServer(sweeper);
    const secondSweep = await until(
      'a sweep on the other replica',
      async () => (await sweeps()).find((job) => job.output.ranBy.endsWith(`:${other.child.pid}`)),
      150_000,
    );
    lap(`then a sweep ran on replica ${nameOf(secondSweep.output.ranBy)}`);
    expect(secondSweep.output).toMatchObject({ reminders: 0, digests: 0 });

    // Each reminder is in the outbox once, and delivered once (stored: no SMTP server here).
    const reminders = async () =>
      (
        await db!.query<{
          dedupe_key: string;
          recipient_user_id: string;
          kind: string;
          sent_at: Date | null;
          attempts: number;
          transport: string | null;
        }>(
          `SELECT dedupe_key, recipient_user_id, kind, sent_at, attempts, transport FROM outbox_messages WHERE kind LIKE 'reminder.%' OR kind = 'digest.overdue' ORDER BY dedupe_key`,
        )
      ).rows;
    const delivered = await until(
      'the reminders to be delivered',
      async () => {
        const rows = await reminders();
        return rows.every((r) => r.sent_at) ? rows : undefined;
      },
      150_000,
    );
    lap('reminders delivered');
    const allSweeps = await sweeps();
    const sum = (key: 'reminders' | 'digests') => allSweeps.reduce((total, job) => total + job.output[key], 0);
    const reminderRows = delivered.filter((r) => r.kind.startsWith('reminder.'));
    const digestRows = delivered.filter((r) => r.kind === 'digest.overdue');
    expect(reminderRows.length).toBe(sum('reminders'));
    expect(digestRows.length).toBe(sum('digests'));
    expect(allSweeps.filter((job) => job.output.reminders > 0)).toHaveLength(1);
    for (const milestone of overdue) {
      const forIt = reminderRows.filter((r) => r.dedupe_key.split(':')[1] === milestone);
      expect(forIt.map((r) => r.recipient_user_id).sort()).toEqual(members);
      expect(new Set(forIt.map((r) => r.dedupe_key.split(':')[3])).size).toBe(1);
    }
    expect(digestRows.map((r) => r.recipient_user_id).sort()).toEqual(officers);
    expect(delivered.map((r) => ({ attempts: r.attempts, transport: r.transport }))).toEqual(
      delivered.map(() => ({ attempts: 1, transport: 'STORED' })),
    );
    lap('done');
  }, 420_000);
});
