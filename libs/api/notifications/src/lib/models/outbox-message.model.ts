import { Field, GraphQLISODateTime, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Connection } from '@abate/api/core';
import type { OutboxMessageEntity } from '../entities/outbox-message.entity';

export enum MailTransport {
  SMTP = 'SMTP',
  STORED = 'STORED',
}

registerEnumType(MailTransport, {
  name: 'MailTransport',
  description: 'How a message went out: SMTP, or STORED (no mail server configured: kept here to be read).',
});

@ObjectType('OutboxMessage', {
  description: 'Mail Abate wrote to someone: waiting, sent by SMTP, or stored when no mail server is configured.',
})
export class OutboxMessageModel {
  @Field(() => ID)
  id!: string;

  @Field({ description: 'What caused it, e.g. application.submitted, reminder.overdue, digest.overdue.' })
  kind!: string;

  @Field()
  recipientEmail!: string;

  @Field()
  subject!: string;

  @Field({ description: 'Plain text.' })
  body!: string;

  @Field(() => GraphQLISODateTime)
  createdAt!: Date;

  @Field(() => GraphQLISODateTime, {
    nullable: true,
    description: 'When it was sent or stored; null while waiting (or given up: see attempts and lastError).',
  })
  sentAt!: Date | null;

  @Field(() => MailTransport, { nullable: true })
  transport!: MailTransport | null;

  @Field(() => Int)
  attempts!: number;

  @Field(() => String, { nullable: true, description: 'Why the last attempt failed.' })
  lastError!: string | null;

  static from(e: OutboxMessageEntity): OutboxMessageModel {
    return Object.assign(new OutboxMessageModel(), {
      id: e.id,
      kind: e.kind,
      recipientEmail: e.recipientEmail,
      subject: e.subject,
      body: e.body,
      createdAt: e.createdAt,
      sentAt: e.sentAt,
      transport: e.transport as MailTransport | null,
      attempts: e.attempts,
      lastError: e.lastError,
    });
  }
}

@ObjectType('OutboxMessageConnection')
export class OutboxMessageConnection extends Connection(OutboxMessageModel) {}
