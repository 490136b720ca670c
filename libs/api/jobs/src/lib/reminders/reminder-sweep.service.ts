import { Injectable, Logger } from '@nestjs/common';
import { AppConfig, Clock } from '@abate/api/core';
import { OutboxService } from '@abate/api/notifications';
import { MilestonesService } from '@abate/api/reporting';
import type { OpenMilestone } from '@abate/api/reporting';
import { OrganizationsService } from '@abate/api/organizations';
import type { OutgoingMessage } from '@abate/api/notifications';
import { dateInZone, daysBetween } from '@abate/shared/calendar';
import { FIRST_REMINDER_DAYS_BEFORE, isoWeek, latestReminder } from './reminder-dates';
import { OverdueItem, overdueDigest, reminderMessage } from './reminder-messages';
import { OVERDUE_DIGEST_ROLE } from '../jobs.policy';

export interface SweepReport {
  /** Reminder messages newly written to the outbox (repeats of a reminder already written are not counted). */
  reminders: number;
  /** Digests newly written. */
  digests: number;
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
 * outside any transaction. It owns no table: it asks reporting for the reports still
 * owed and organizations for the people to tell, and writes through the outbox.
 */
@Injectable()
export class ReminderSweepService {
  private readonly logger = new Logger(ReminderSweepService.name);

  constructor(
    private readonly milestones: MilestonesService,
    private readonly organizations: OrganizationsService,
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

  /** Reports still owed whose first reminder day has come (the reporting domain's query). */
  private openMilestones(now: Date): Promise<OpenMilestone[]> {
    return this.milestones.openForReminders(now, FIRST_REMINDER_DAYS_BEFORE);
  }

  private async reminders(milestones: OpenMilestone[], now: Date): Promise<OutgoingMessage[]> {
    if (!milestones.length) return [];
    const members = await this.organizations.activeMembersOfMany([...new Set(milestones.map((m) => m.organizationId))]);
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
    const officers: Person[] = await this.organizations.activeUsersWithRole(OVERDUE_DIGEST_ROLE);
    return officers.map((officer) => ({
      ...overdueDigest(week, today, overdue, officer.name),
      recipientUserId: officer.id,
      recipientEmail: officer.email,
      dedupeKey: `digest:${officer.id}:${week}`,
    }));
  }

  /** Inserts in chunks, each its own statement; a message already there (same dedupe key) is skipped. */
  private async write(messages: OutgoingMessage[]): Promise<number> {
    let written = 0;
    for (let i = 0; i < messages.length; i += CHUNK)
      written += await this.outbox.enqueue(undefined, messages.slice(i, i + CHUNK));
    return written;
  }
}
