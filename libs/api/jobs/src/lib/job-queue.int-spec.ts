import { hostname } from 'node:os';
import { Client } from 'pg';
import { Role } from '@abate/api/core';
import { createTestApp, gql, TestApp } from '@abate/api/testing';
import { createUser } from '@abate/testing/organizations';
import { createAward } from '@abate/testing/awards';
import { MembershipRole } from '@abate/api/organizations';
import { ReportingModule } from '@abate/api/reporting';
import { OutboxMessageEntity } from '@abate/api/notifications';
import { startSmtpReceiver, SmtpReceiver } from '@abate/testing/notifications';
import { JobsModule } from './jobs.module';
import { JobName, JobQueue, JOBS } from './job-queue';

/**
 * Two API processes of one deployment: two apps on the same schema, each with
 * its own pg-boss (same queue schema) working the same queues.
 */
describe('the job queue (pg-boss)', () => {
  let smtp: SmtpReceiver;
  let a: TestApp;
  let b: TestApp;
  beforeAll(async () => {
    smtp = await startSmtpReceiver();
    a = await createTestApp({
      imports: [ReportingModule, JobsModule],
      env: { JOBS_ENABLED: 'true', SMTP_URL: smtp.url },
    });
    b = await createTestApp({
      imports: [ReportingModule, JobsModule],
      env: { JOBS_ENABLED: 'true', SMTP_URL: smtp.url, DATABASE_SCHEMA: a.config.DATABASE_SCHEMA },
    });
  }, 60_000);
  afterAll(async () => {
    await b?.close();
    await a?.close();
    await smtp?.close();
    // The queue's schema sits beside the test schema, which close() dropped.
    const client = new Client({ connectionString: process.env.DATABASE_URL });
    await client.connect();
    await client.query(`DROP SCHEMA IF EXISTS "${a.config.jobsSchema}" CASCADE`).finally(() => client.end());
  });

  /** Queues a job from `app` and waits for whichever process takes it; retried while a scheduled run holds the exclusive queue. */
  const run = async (app: TestApp, name: JobName) => {
    const queue = app.get(JobQueue);
    for (let tries = 0; tries < 40; tries++) {
      const id = await queue.runNow(name);
      if (id) return queue.waitFor(name, id);
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
    throw new Error(`Could not queue ${name}`);
  };

  it('runs in its own schema, and keeps one schedule per queue however many processes start', async () => {
    expect(a.config.jobsSchema).toBe(`${a.config.DATABASE_SCHEMA}_pgboss`);
    expect([a.get(JobQueue).running, b.get(JobQueue).running]).toEqual([true, true]);
    const schedules = await b.get(JobQueue).schedules();
    expect(schedules.sort((x, y) => x.name.localeCompare(y.name))).toEqual([
      { name: JOBS.outboxDelivery, cron: '* * * * *', timezone: 'America/New_York' },
      { name: JOBS.reminderSweep, cron: '0 6 * * *', timezone: 'America/New_York' },
    ]);
    const [{ n }] = await a.dataSource.query(`SELECT count(*)::int AS n FROM "${a.config.jobsSchema}".schedule`);
    expect(n).toBe(2);
  });

  it('sweeps reminders and delivers them as jobs: each reminder written once and sent once', async () => {
    const { award, owner } = await createAward(a);
    const contributor = await createUser(a, {
      roles: [Role.APPLICANT],
      organizationId: award.organizationId,
      organizationRole: MembershipRole.CONTRIBUTOR,
    });
    const milestones = (
      await gql<{ award: { milestones: Array<{ id: string; label: string }> } }>(
        a,
        'query($id: ID!) { award(id: $id) { milestones { id label } } }',
        { id: award.id },
        { token: owner.token },
      )
    ).data!.award.milestones;
    const q1 = milestones.find((m) => m.label === '2027 Q1')!;
    // Both processes read the same time: 14 days before the 30 April due date, 06:00 in New York.
    for (const app of [a, b]) app.clock.set('2027-04-16T10:00:00Z');

    expect(await run(a, JOBS.reminderSweep)).toBe('completed');
    expect(await run(b, JOBS.reminderSweep)).toBe('completed');
    // Each run's output, kept in the queue's table, is its report and the process that ran it.
    const outputs: Array<{ output: unknown }> = await a.dataSource.query(
      `SELECT output FROM "${a.config.jobsSchema}".job WHERE name = $1 AND state = 'completed'`,
      [JOBS.reminderSweep],
    );
    expect(outputs.length).toBeGreaterThanOrEqual(2);
    for (const { output } of outputs)
      expect(output).toEqual({
        reminders: expect.any(Number),
        digests: expect.any(Number),
        ranBy: `${hostname()}:${process.pid}`,
      });
    const reminders = () =>
      a.dataSource
        .getRepository(OutboxMessageEntity)
        .createQueryBuilder('m')
        .where('m.dedupe_key LIKE :key', { key: `reminder:${q1.id}:%` })
        .getMany();
    expect((await reminders()).map((m) => m.recipientEmail).sort()).toEqual([owner.email, contributor.email].sort());

    expect(await run(b, JOBS.outboxDelivery)).toBe('completed');
    expect(await run(a, JOBS.outboxDelivery)).toBe('completed');
    for (const message of await reminders()) {
      expect(message).toMatchObject({ transport: 'SMTP', attempts: 1 });
      expect(smtp.withMessageId(message.id)).toHaveLength(1);
    }
    // What the earlier issues wrote (the application's submission receipt…) went out the same way, once each.
    const sent = await a.dataSource.getRepository(OutboxMessageEntity).find();
    expect(sent.filter((m) => m.sentAt === null)).toEqual([]);
    expect(new Set(sent.map((m) => m.kind)).size).toBeGreaterThan(1);
    for (const message of sent) expect(smtp.withMessageId(message.id)).toHaveLength(1);
  });
});
