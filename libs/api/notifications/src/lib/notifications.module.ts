import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { MailQueue } from '@abate/api/core';
import { OutboxMessageEntity } from './entities/outbox-message.entity';
import { OutboxService } from './outbox.service';
import { DeliveryService } from './delivery.service';
import { Mailer } from './mailer';
import { OutboxResolver } from './outbox.resolver';

/**
 * Messages to people: written to the outbox with the change that caused them,
 * delivered by DeliveryService (run by the job queue) through SMTP or stored
 * for officers to read with `outboxMessages`.
 */
@Module({
  imports: [TypeOrmModule.forFeature([OutboxMessageEntity])],
  providers: [
    OutboxService,
    DeliveryService,
    Mailer,
    OutboxResolver,
    { provide: MailQueue, useExisting: OutboxService },
  ],
  exports: [OutboxService, DeliveryService, MailQueue],
})
export class NotificationsModule {}
