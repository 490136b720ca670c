import { Module } from '@nestjs/common';
import { NotificationsModule } from '@abate/api/notifications';
import { ReportingModule } from '@abate/api/reporting';
import { OrganizationsModule } from '@abate/api/organizations';
import { JobQueue } from './job-queue';
import { ReminderSweepService } from './reminders/reminder-sweep.service';

/** Background work on the database's job queue: report reminders and mail delivery. */
@Module({
  imports: [NotificationsModule, ReportingModule, OrganizationsModule],
  providers: [JobQueue, ReminderSweepService],
  exports: [JobQueue, ReminderSweepService],
})
export class JobsModule {}
