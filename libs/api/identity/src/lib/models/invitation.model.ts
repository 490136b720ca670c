import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Connection, Role } from '@abate/api/core';
import { MembershipRole } from '../membership-role.enum';
import type { InvitationEntity } from '../entities/invitation.entity';

export enum InvitationStatus {
  PENDING = 'PENDING',
  ACCEPTED = 'ACCEPTED',
  EXPIRED = 'EXPIRED',
  REVOKED = 'REVOKED',
}
registerEnumType(InvitationStatus, { name: 'InvitationStatus' });

@ObjectType('Invitation', { description: 'A person invited by e-mail; the link in the mail works once, for 7 days.' })
export class InvitationModel {
  @Field(() => ID)
  id!: string;

  @Field()
  email!: string;

  @Field()
  name!: string;

  @Field(() => [Role])
  roles!: Role[];

  @Field(() => ID, { nullable: true })
  organizationId!: string | null;

  @Field(() => String, { nullable: true, description: 'Filled on the public `invitation(token)` preview.' })
  organizationName?: string | null;

  @Field(() => Boolean, {
    nullable: true,
    description:
      'Filled on the public `invitation(token)` preview only (for the link holder): the address already has an ' +
      'account, so accepting joins it (with its password) instead of creating one. Inviters are never told.',
  })
  existingAccount?: boolean | null;

  @Field(() => MembershipRole, { nullable: true })
  organizationRole!: MembershipRole | null;

  @Field(() => InvitationStatus)
  status!: InvitationStatus;

  @Field()
  createdAt!: Date;

  @Field()
  expiresAt!: Date;

  @Field(() => Date, { nullable: true })
  acceptedAt!: Date | null;

  static from(entity: InvitationEntity, now: Date, organizationName?: string | null): InvitationModel {
    const status = entity.acceptedAt
      ? InvitationStatus.ACCEPTED
      : entity.revokedAt
        ? InvitationStatus.REVOKED
        : entity.expiresAt.getTime() <= now.getTime()
          ? InvitationStatus.EXPIRED
          : InvitationStatus.PENDING;
    const { id, email, name, roles, organizationId, organizationRole, createdAt, expiresAt, acceptedAt } = entity;
    return Object.assign(new InvitationModel(), {
      id,
      email,
      name,
      roles,
      organizationId,
      organizationRole,
      createdAt,
      expiresAt,
      acceptedAt,
      status,
      organizationName,
    });
  }
}

@ObjectType('InvitationConnection')
export class InvitationConnection extends Connection(InvitationModel) {}
