import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { OutboxMessageEntity } from './entities/outbox-message.entity';
import { OutboxService } from './outbox.service';

/** Messages to people: written to the outbox now, delivered by the job queue (reporting issue). */
@Module({
  imports: [TypeOrmModule.forFeature([OutboxMessageEntity])],
  providers: [OutboxService],
  exports: [OutboxService],
})
export class NotificationsModule {}
