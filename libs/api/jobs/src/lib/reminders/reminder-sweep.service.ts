import { Injectable, Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AppConfig, Clock } from '@abate/api/core';
import { OutboxService } from '@abate/api/notifications';
import type { OutgoingMessage } from '@abate/api/notifications';
import { dateInZone, daysBetween } from '@abate/shared/calendar';
import { FIRST_REMINDER_DAYS_BEFORE, isoWeek, latestReminder } from './reminder-dates';
import { MilestoneFacts, OverdueItem, overdueDigest, reminderMessage } from './reminder-messages';

export interface SweepReport {
  /** Reminder messages newly written to the outbox (repeats of a reminder already written are not counted). */
  reminders: number;
  /** Digests newly written. */
  digests: number;
}

interface OpenMilestone extends MilestoneFacts {
  id: string;
  organizationId: string;
  timeZone: string;
}

interface Person {
  id: string;
  email: string;
  name: string;
}

const CHUNK = 500;

/**
 * Writes report reminders and the officers' weekly overdue digest to the
 * outbox. Idempotent: every message carries a dedupe key naming its reminder
 * day (or digest week), so running it twice, or in two processes at once,
 * writes each message once. It only reads and inserts, in short statements
 * outside any transaction.
 */
@Injectable()
export class ReminderSweepService {
  private readonly logger = new Logger(ReminderSweepService.name);

  constructor(
    private readonly dataSource: DataSource,
    private readonly outbox: OutboxService,
    private readonly config: AppConfig,
    private readonly clock: Clock,
  ) {}

  async sweep(now: Date = this.clock.now()): Promise<SweepReport> {
    const milestones = await this.openMilestones(now);
    const reminders = await this.write(await this.reminders(milestones, now));
    const digests = await this.write(await this.digests(milestones, now));
    if (reminders || digests) this.logger.log(`Reminder sweep: ${reminders} reminders, ${digests} digests written`);
    return { reminders, digests };
  }

  /**
   * Reports of ACTIVE awards without a submitted or accepted report (none yet, a
   * draft, or one sent back for changes) whose first reminder day has come in
   * the round's zone.
   */
  private openMilestones(now: Date): Promise<OpenMilestone[]> {
    return this.dataSource.query(
      `SELECT m.id, m.kind, m.label,
              to_char(m.period_start, 'YYYY-MM-DD') AS "periodStart",
              to_char(m.period_end, 'YYYY-MM-DD') AS "periodEnd",
              to_char(m.due_date, 'YYYY-MM-DD') AS "dueDate",
              a.organization_id AS "organizationId", o.name AS "organizationName",
              r.title AS "roundTitle", r.time_zone AS "timeZone", q.status AS "reportStatus"
       FROM reporting_milestones m
       JOIN awards a ON a.id = m.award_id AND a.status = 'ACTIVE'
       JOIN funding_rounds r ON r.id = a.round_id
       JOIN organizations o ON o.id = a.organization_id
       LEFT JOIN quarterly_reports q ON q.milestone_id = m.id
       WHERE (q.id IS NULL OR q.status NOT IN ('SUBMITTED', 'ACCEPTED'))
         AND m.due_date - $2::int <= (CAST($1 AS timestamptz) AT TIME ZONE r.time_zone)::date
       ORDER BY m.due_date, o.name, m.id`,
      [now.toISOString(), FIRST_REMINDER_DAYS_BEFORE],
    );
  }

  private async reminders(milestones: OpenMilestone[], now: Date): Promise<OutgoingMessage[]> {
    if (!milestones.length) return [];
    const members = await this.membersOf([...new Set(milestones.map((m) => m.organizationId))]);
    return milestones.flatMap((milestone) => {
      const today = dateInZone(now, milestone.timeZone);
      const reminder = latestReminder(milestone.dueDate, today);
      if (!reminder) return [];
      return (members.get(milestone.organizationId) ?? []).map((person) => ({
        ...reminderMessage(milestone, reminder.stage, today, person.name),
        recipientUserId: person.id,
        recipientEmail: person.email,
        dedupeKey: `reminder:${milestone.id}:${person.id}:${reminder.date}`,
      }));
    });
  }

  /** One digest per officer per ISO week (in REMINDER_TIME_ZONE), written by the first sweep of the week that finds overdue reports. */
  private async digests(milestones: OpenMilestone[], now: Date): Promise<OutgoingMessage[]> {
    const overdue: OverdueItem[] = milestones
      .map((m) => ({ ...m, daysLate: daysBetween(m.dueDate, dateInZone(now, m.timeZone)) }))
      .filter((m) => m.daysLate > 0);
    if (!overdue.length) return [];
    const today = dateInZone(now, this.config.REMINDER_TIME_ZONE);
    const week = isoWeek(today);
    const officers: Person[] = await this.dataSource.query(`SELECT id, email, name FROM users WHERE active AND 'PROGRAM_OFFICER' = ANY(roles) ORDER BY email`);
    return officers.map((officer) => ({
      ...overdueDigest(week, today, overdue, officer.name),
      recipientUserId: officer.id,
      recipientEmail: officer.email,
      dedupeKey: `digest:${officer.id}:${week}`,
    }));
  }

  private async membersOf(organizationIds: string[]): Promise<Map<string, Person[]>> {
    const rows: Array<Person & { organizationId: string }> = await this.dataSource.query(
      `SELECT ms.organization_id AS "organizationId", u.id, u.email, u.name
       FROM memberships ms JOIN users u ON u.id = ms.user_id AND u.active
       WHERE ms.organization_id = ANY($1::uuid[])
       ORDER BY u.email`,
      [organizationIds],
    );
    const byOrganization = new Map<string, Person[]>();
    for (const { organizationId, ...person } of rows) byOrganization.set(organizationId, [...(byOrganization.get(organizationId) ?? []), person]);
    return byOrganization;
  }

  /** Inserts in chunks, each its own statement; a message already there (same dedupe key) is skipped. */
  private async write(messages: OutgoingMessage[]): Promise<number> {
    let written = 0;
    for (let i = 0; i < messages.length; i += CHUNK) written += await this.outbox.enqueue(this.dataSource.manager, messages.slice(i, i + CHUNK));
    return written;
  }
}
