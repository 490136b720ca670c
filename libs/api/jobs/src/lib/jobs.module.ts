import { Module } from '@nestjs/common';
import { NotificationsModule } from '@abate/api/notifications';
import { JobQueue } from './job-queue';
import { ReminderSweepService } from './reminders/reminder-sweep.service';

/** Background work on the database's job queue: report reminders and mail delivery. */
@Module({
  imports: [NotificationsModule],
  providers: [JobQueue, ReminderSweepService],
  exports: [JobQueue, ReminderSweepService],
})
export class JobsModule {}
