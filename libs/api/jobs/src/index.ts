export * from './lib/jobs.module';
export * from './lib/job-queue';
export * from './lib/reminders/reminder-sweep.service';
export * from './lib/reminders/reminder-dates';
export * from './lib/reminders/reminder-messages';
