export * from './lib/notifications.module';
export * from './lib/outbox.service';
export * from './lib/entities/outbox-message.entity';
