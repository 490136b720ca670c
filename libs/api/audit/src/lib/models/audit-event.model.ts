import { Field, GraphQLISODateTime, ID, ObjectType } from '@nestjs/graphql';
import { AuditEventEntity, Connection } from '@abate/api/core';

@ObjectType('AuditEvent', { description: 'Who changed what, when; written in the same transaction as the change.' })
export class AuditEventModel {
  @Field(() => ID)
  id!: string;

  @Field(() => GraphQLISODateTime)
  occurredAt!: Date;

  @Field(() => ID, { nullable: true })
  actorId!: string | null;

  @Field(() => String, { nullable: true })
  actorEmail!: string | null;

  @Field()
  action!: string;

  @Field()
  entityType!: string;

  @Field()
  entityId!: string;

  @Field(() => String, { nullable: true, description: 'JSON of the entity before the change.' })
  before!: string | null;

  @Field(() => String, { nullable: true, description: 'JSON of the entity after the change.' })
  after!: string | null;

  @Field(() => String, { nullable: true })
  requestId!: string | null;

  static from(e: AuditEventEntity): AuditEventModel {
    return Object.assign(new AuditEventModel(), {
      id: e.id,
      occurredAt: e.occurredAt,
      actorId: e.actorId,
      actorEmail: e.actorEmail,
      action: e.action,
      entityType: e.entityType,
      entityId: e.entityId,
      before: e.before === null ? null : JSON.stringify(e.before),
      after: e.after === null ? null : JSON.stringify(e.after),
      requestId: e.requestId,
    });
  }
}

@ObjectType('AuditEventConnection')
export class AuditEventConnection extends Connection(AuditEventModel) {}
