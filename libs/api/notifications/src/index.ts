export * from './lib/notifications.module';
export * from './lib/outbox.service';
export * from './lib/delivery.service';
export * from './lib/mailer';
export * from './lib/entities/outbox-message.entity';
export * from './lib/models/outbox-message.model';
