import { hostname } from 'node:os';
import { Injectable, Logger, OnApplicationBootstrap, OnModuleDestroy } from '@nestjs/common';
import { PgBoss } from 'pg-boss';
import { DataSource } from 'typeorm';
import { AppConfig } from '@abate/api/core';
import { DeliveryService } from '@abate/api/notifications';
import { ReminderSweepService } from './reminders/reminder-sweep.service';

/** The queues, each fed by a cron schedule stored in the database. */
export const JOBS = {
  reminderSweep: 'reminder-sweep',
  outboxDelivery: 'outbox-delivery',
} as const;

export type JobName = (typeof JOBS)[keyof typeof JOBS];

/** pg-boss's own connections per process, beside the API's pool (the embedded database allows 40 in all). */
const QUEUE_POOL_SIZE = 4;

/**
 * The job queue: pg-boss on the API's database, in its own schema. Every
 * process with JOBS_ENABLED registers the same schedules (an upsert: the
 * database keeps one of each, so replicas never double them) and works both
 * queues; a queue's job is taken by one process, and the queues are
 * `exclusive` (one job waiting or running at a time). Nothing is timed in
 * process memory: a process that is down misses nothing but its share of the
 * work, and a sweep missed while every process was down runs once on return.
 */
@Injectable()
export class JobQueue implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger(JobQueue.name);
  private boss: PgBoss | null = null;

  constructor(
    private readonly config: AppConfig,
    private readonly dataSource: DataSource,
    private readonly reminders: ReminderSweepService,
    private readonly delivery: DeliveryService,
  ) {}

  get running(): boolean {
    return this.boss !== null;
  }

  async onApplicationBootstrap(): Promise<void> {
    // Off by configuration, or an app built without a database (schema printing).
    if (!this.config.jobsEnabled || !this.dataSource.isInitialized) return;
    const boss = new PgBoss({
      connectionString: this.config.DATABASE_URL,
      schema: this.config.jobsSchema,
      max: QUEUE_POOL_SIZE,
      application_name: 'abate-jobs',
    });
    boss.on('error', (error) => this.logger.error(`Job queue: ${error.message}`));
    boss.on('warning', (warning) => this.logger.warn(`Job queue: ${warning.message}`));
    await boss.start();
    try {
      await boss.createQueue(JOBS.reminderSweep, {
        policy: 'exclusive',
        retryLimit: 3,
        retryDelay: 60,
        retryBackoff: true,
        expireInSeconds: 30 * 60,
      });
      // Delivery retries messages itself (MAIL_MAX_ATTEMPTS): a failed run is simply the next minute's.
      await boss.createQueue(JOBS.outboxDelivery, {
        policy: 'exclusive',
        retryLimit: 0,
        expireInSeconds: 15 * 60,
        deleteAfterSeconds: 24 * 3600,
      });
      await boss.schedule(JOBS.reminderSweep, this.config.REMINDER_SWEEP_CRON, null, {
        tz: this.config.REMINDER_TIME_ZONE,
        missed: 'once',
      });
      await boss.schedule(JOBS.outboxDelivery, this.config.OUTBOX_DELIVERY_CRON, null, {
        tz: this.config.REMINDER_TIME_ZONE,
      });
      // A job's output (kept in the queue's table) says what it did and which process did it.
      const ranBy = `${hostname()}:${process.pid}`;
      await boss.work(JOBS.reminderSweep, async () => ({ ...(await this.reminders.sweep()), ranBy }));
      await boss.work(JOBS.outboxDelivery, async () => ({ ...(await this.delivery.deliver()), ranBy }));
    } catch (error) {
      await boss.stop({ graceful: false, close: true }).catch(() => undefined);
      throw error;
    }
    this.boss = boss;
    this.logger.log(
      `Job queue started (schema ${this.config.jobsSchema}): reminder sweep "${this.config.REMINDER_SWEEP_CRON}" ${this.config.REMINDER_TIME_ZONE}, delivery "${this.config.OUTBOX_DELIVERY_CRON}"`,
    );
  }

  /** Queues a run now; whichever process is free takes it. Null when one is already waiting or running. */
  async runNow(name: JobName): Promise<string | null> {
    if (!this.boss) throw new Error('The job queue is not running (JOBS_ENABLED is false, or the app has no database)');
    return this.boss.send(name, null);
  }

  /** Waits for a job to finish and tells its state ('completed', 'failed'…), or throws after `timeoutMs`. */
  async waitFor(name: JobName, id: string, timeoutMs = 20_000): Promise<string> {
    if (!this.boss) throw new Error('The job queue is not running');
    const until = Date.now() + timeoutMs;
    for (;;) {
      const [job] = await this.boss.findJobs(name, { id });
      if (job && ['completed', 'failed', 'cancelled'].includes(job.state)) return job.state;
      if (Date.now() > until)
        throw new Error(`Job ${name} ${id} still ${job?.state ?? 'missing'} after ${timeoutMs} ms`);
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  }

  /** The schedules stored in the database (one per queue, however many processes registered them). */
  async schedules(): Promise<Array<{ name: string; cron: string; timezone: string }>> {
    if (!this.boss) return [];
    return (await this.boss.getSchedules()).map((s) => ({ name: s.name, cron: s.cron, timezone: s.timezone }));
  }

  /** Stops taking jobs, lets a running one finish (up to 10 s), and closes its connections before the database goes. */
  async onModuleDestroy(): Promise<void> {
    const boss = this.boss;
    this.boss = null;
    await boss?.stop({ graceful: true, timeout: 10_000 });
  }
}
