import { Role } from '@abate/api/core';
import { createTestApp, gql, TestApp } from '@abate/api/testing';
import { createUser, TestUser } from '@abate/testing/organizations';
import { createAward } from '@abate/testing/awards';
import { MembershipRole } from '@abate/api/organizations';
import { ReportingModule } from '@abate/api/reporting';
import { OutboxMessageEntity } from '@abate/api/notifications';
import { QUARTERLY_METRICS } from '@abate/shared/metrics';
import { JobsModule } from './jobs.module';
import { ReminderSweepService } from './reminders/reminder-sweep.service';
import { JobQueue } from './job-queue';

const MILESTONES = 'query($id: ID!) { award(id: $id) { milestones { id kind label dueDate } } }';
const SAVE =
  'mutation($m: ID!, $i: QuarterlyReportInput!) { saveQuarterlyReport(milestoneId: $m, input: $i) { id version } }';
const SUBMIT = 'mutation($id: ID!, $v: Int!) { submitQuarterlyReport(reportId: $id, version: $v) { status } }';
const REVIEW =
  'mutation($id: ID!, $n: String) { reviewQuarterlyReport(reportId: $id, decision: REQUEST_CHANGES, note: $n) { status } }';
const allMetrics = () =>
  QUARTERLY_METRICS.metrics.map((m) => ({ key: m.key, value: m.expected ?? (m.partOf ? 1 : 10) }));

/** An award (grant 2027, New York time) whose organization has an owner and a contributor; its 2027 Q1 report is due 30 April 2027. */
async function awardWithTwoMembers(t: TestApp) {
  const { award, owner } = await createAward(t);
  const contributor = await createUser(t, {
    roles: [Role.APPLICANT],
    organizationId: award.organizationId,
    organizationRole: MembershipRole.CONTRIBUTOR,
  });
  const milestones = (
    await gql<{ award: { milestones: Array<{ id: string; kind: string; label: string; dueDate: string }> } }>(
      t,
      MILESTONES,
      { id: award.id },
      { token: owner.token },
    )
  ).data!.award.milestones;
  const q1 = milestones.find((m) => m.label === '2027 Q1')!;
  expect(q1.dueDate).toBe('2027-04-30');
  return { award, owner, contributor, q1 };
}

describe('report reminders', () => {
  let t: TestApp;
  let officer: TestUser;
  beforeAll(async () => {
    t = await createTestApp({ imports: [ReportingModule, JobsModule] });
    officer = await createUser(t, { roles: [Role.PROGRAM_OFFICER] });
  });
  afterEach(() => t.clock.reset());
  afterAll(() => t.close());

  const sweepAt = (instant: string) => t.get(ReminderSweepService).sweep(new Date(instant));
  const outbox = () => t.dataSource.getRepository(OutboxMessageEntity);
  const remindersFor = (milestoneId: string) =>
    outbox()
      .createQueryBuilder('m')
      .where('m.dedupe_key LIKE :key', { key: `reminder:${milestoneId}:%` })
      .orderBy('m.created_at')
      .addOrderBy('m.recipient_email')
      .getMany();

  it('leaves the job queue off in tests unless JOBS_ENABLED says otherwise (the sweep is called directly here)', () => {
    expect(t.get(JobQueue).running).toBe(false);
  });

  it('writes one reminder per member 14 days before, on the due date, 7 days after and weekly while overdue, each once, while no report is submitted', async () => {
    const { owner, contributor, q1 } = await awardWithTwoMembers(t);
    const members = [owner.email, contributor.email].sort();
    const newSince = async (count: number) => (await remindersFor(q1.id)).slice(count);

    await sweepAt('2027-04-15T16:00:00Z'); // 15 days before
    expect(await remindersFor(q1.id)).toEqual([]);

    await sweepAt('2027-04-16T10:00:00Z'); // 06:00 in New York, 14 days before
    const upcoming = await remindersFor(q1.id);
    expect(upcoming.map((m) => m.recipientEmail).sort()).toEqual(members);
    expect(upcoming.map((m) => m.recipientUserId).sort()).toEqual([owner.user.id, contributor.user.id].sort());
    expect(upcoming[0]).toMatchObject({ kind: 'reminder.upcoming', sentAt: null });
    expect(upcoming[0].dedupeKey).toMatch(new RegExp(`^reminder:${q1.id}:[0-9a-f-]{36}:2027-04-16$`));
    expect(upcoming[0].subject).toMatch(/^Report due in 14 days: 2027 Q1, Alamance County/);
    expect(upcoming[0].body).toContain('2027 Q1 quarterly report (January 1, 2027 to March 31, 2027)');
    expect(upcoming[0].body).toContain('Friday, April 30, 2027');

    // The same day again, and the days after: nothing new.
    expect((await sweepAt('2027-04-16T22:00:00Z')).reminders).toBe(0);
    await sweepAt('2027-04-23T10:00:00Z');
    await sweepAt('2027-04-30T03:59:00Z'); // still 29 April in New York
    expect(await remindersFor(q1.id)).toHaveLength(2);

    await sweepAt('2027-04-30T04:00:00Z'); // midnight, 30 April, in New York
    const due = await newSince(2);
    expect(due.map((m) => [m.kind, m.recipientEmail]).sort()).toEqual(members.map((e) => ['reminder.due', e]));
    expect(due[0].subject).toMatch(/^Report due today: 2027 Q1/);

    await sweepAt('2027-05-07T10:00:00Z');
    const week1 = await newSince(4);
    expect(week1.map((m) => m.kind)).toEqual(['reminder.overdue', 'reminder.overdue']);
    expect(week1[0].subject).toMatch(/^Report overdue by 7 days: 2027 Q1/);
    expect(week1[0].body).toContain('is now 7 days late');

    await sweepAt('2027-05-10T10:00:00Z');
    expect(await remindersFor(q1.id)).toHaveLength(6);

    // The sweep did not run on 14 May: the next one sends that reminder, once, phrased from its own day.
    await sweepAt('2027-05-16T10:00:00Z');
    await sweepAt('2027-05-17T10:00:00Z');
    const week2 = await newSince(6);
    expect(week2).toHaveLength(2);
    expect(week2[0].dedupeKey).toMatch(/:2027-05-14$/);
    expect(week2[0].subject).toMatch(/^Report overdue by 16 days/);

    // Submitted: no more reminders.
    t.clock.set('2027-05-18T14:00:00Z');
    const saved = (
      await gql<{ saveQuarterlyReport: { id: string; version: number } }>(
        t,
        SAVE,
        { m: q1.id, i: { metrics: allMetrics() } },
        { token: owner.token },
      )
    ).data!.saveQuarterlyReport;
    const submitted = await gql<{ submitQuarterlyReport: { status: string } }>(
      t,
      SUBMIT,
      { id: saved.id, v: saved.version },
      { token: contributor.token },
    );
    expect(submitted.data?.submitQuarterlyReport.status).toBe('SUBMITTED');
    await sweepAt('2027-05-21T10:00:00Z');
    await sweepAt('2027-05-28T10:00:00Z');
    expect(await remindersFor(q1.id)).toHaveLength(8);

    // Sent back for changes, it is outstanding again: the weekly reminders resume, saying why.
    t.clock.set('2027-05-29T14:00:00Z');
    const back = await gql<{ reviewQuarterlyReport: { status: string } }>(
      t,
      REVIEW,
      { id: saved.id, n: 'Split referrals by source.' },
      { token: officer.token },
    );
    expect(back.data?.reviewQuarterlyReport.status).toBe('CHANGES_REQUESTED');
    await sweepAt('2027-06-04T10:00:00Z');
    const resumed = await newSince(8);
    expect(resumed.map((m) => m.dedupeKey?.slice(-10))).toEqual(['2027-06-04', '2027-06-04']);
    expect(resumed[0].body).toContain('sent it back for changes');
  });

  it('sends program officers one digest of the overdue reports a week', async () => {
    // Weeks after the first test's: its sweeps already sent the digests of their weeks.
    const { award, owner } = await awardWithTwoMembers(t);
    const milestones = (
      await gql<{ award: { milestones: Array<{ id: string; label: string; dueDate: string }> } }>(
        t,
        MILESTONES,
        { id: award.id },
        { token: owner.token },
      )
    ).data!.award.milestones;
    expect(milestones.find((m) => m.label === '2027 Q2')?.dueDate).toBe('2027-07-30');
    const organization = (
      await t.dataSource.query(`SELECT name FROM organizations WHERE id = $1`, [award.organizationId])
    )[0].name as string;
    const digestsOf = (week: string) => outbox().find({ where: { dedupeKey: `digest:${officer.user.id}:${week}` } });
    const officerDigests = () =>
      outbox().count({ where: { kind: 'digest.overdue', recipientUserId: officer.user.id } });
    const before = await officerDigests();

    // Its Q1 report is long overdue; Q2, due today, is not overdue yet.
    await sweepAt('2027-07-30T12:00:00Z');
    const [friday] = await digestsOf('2027-W30');
    expect(friday.body).toContain(`- ${organization}: 2027 Q1 quarterly report`);
    expect(friday.body).not.toContain(`- ${organization}: 2027 Q2`);

    expect((await sweepAt('2027-08-02T10:00:00Z')).digests).toBeGreaterThanOrEqual(1); // the next Monday: Q2 3 days late
    const [digest] = await digestsOf('2027-W31');
    expect(digest).toMatchObject({
      kind: 'digest.overdue',
      recipientEmail: officer.email,
      recipientUserId: officer.user.id,
      sentAt: null,
    });
    expect(digest.subject).toMatch(/^Overdue reports, week 2027-W31: \d+$/);
    expect(digest.body).toContain(`- ${organization}: 2027 Q2 quarterly report`);
    expect(digest.body).toContain('due July 30, 2027, 3 days late');
    expect(digest.body).not.toContain(`- ${organization}: 2027 Q3`);

    await sweepAt('2027-08-04T10:00:00Z');
    await sweepAt('2027-08-09T03:00:00Z'); // Sunday evening in New York
    expect(await officerDigests()).toBe(before + 2);

    await sweepAt('2027-08-09T10:00:00Z');
    const [next] = await digestsOf('2027-W32');
    expect(next.body).toContain(`- ${organization}: 2027 Q2 quarterly report (`);
    expect(next.body).toContain('10 days late');
    expect(await officerDigests()).toBe(before + 3);
    // Members of the organization never get the digest.
    const members: Array<{ user_id: string }> = await t.dataSource.query(
      `SELECT user_id FROM memberships WHERE organization_id = $1`,
      [award.organizationId],
    );
    expect(
      await outbox().count({ where: members.map((m) => ({ kind: 'digest.overdue', recipientUserId: m.user_id })) }),
    ).toBe(0);
  });

  it('writes each reminder once when two API processes sweep at the same moment', async () => {
    const other = await createTestApp({
      imports: [ReportingModule, JobsModule],
      env: { DATABASE_SCHEMA: t.config.DATABASE_SCHEMA },
    });
    try {
      const { q1 } = await awardWithTwoMembers(t);
      const reminderCount = () => outbox().createQueryBuilder('m').where(`m.kind LIKE 'reminder.%'`).getCount();
      const before = await reminderCount();
      const now = new Date('2027-04-16T10:00:00Z');
      const reports = await Promise.all([
        t.get(ReminderSweepService).sweep(now),
        other.get(ReminderSweepService).sweep(now),
        t.get(ReminderSweepService).sweep(now),
        other.get(ReminderSweepService).sweep(now),
      ]);
      const written = await remindersFor(q1.id);
      expect(written.map((m) => m.dedupeKey?.replace(/:[^:]+:[^:]+$/, ''))).toEqual([
        `reminder:${q1.id}`,
        `reminder:${q1.id}`,
      ]);
      expect(new Set(written.map((m) => m.recipientUserId)).size).toBe(2);
      // Each message the four sweeps wrote was written by exactly one of them.
      expect(reports.reduce((sum, r) => sum + r.reminders, 0)).toBe((await reminderCount()) - before);
    } finally {
      await other.close();
    }
  });
});
