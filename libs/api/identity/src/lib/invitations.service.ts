import { Injectable } from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import type { EntityManager } from 'typeorm';
import {
  AppConfig,
  AuditWriter,
  AuthUser,
  BadUserInputException,
  Clock,
  InvalidStateException,
  MailQueue,
  NotFoundException,
  Page,
  paginate,
  Transactions,
} from '@abate/api/core';
import { InvitationEntity } from './entities/invitation.entity';
import { UserEntity } from './entities/user.entity';
import { MembershipDirectory } from './membership-directory';
import { MembershipRole } from './membership-role.enum';
import { InviteUserInput } from './dto/invite-user.input';
import { InvitationsArgs } from './dto/invitations.args';
import { assertMayAddPeople, mayLearnOfAccounts, seesAllInvitations } from './identity.policy';
import { invitationMail } from './identity-mail';
import { hashPassword, verifyPassword } from './password';
import { hashToken, newToken } from './tokens';
import { SessionsService, SignedIn } from './sessions.service';
import { UsersService } from './users.service';

export const INVITATION_DAYS = 7;

/** What the acceptance page shows before anyone clicks (reading never uses the link up). */
export interface InvitationPreview {
  invitation: InvitationEntity;
  organizationName: string | null;
  /** Whether the invited address already has an account (told only to the link's holder). */
  existingAccount: boolean;
}

@Injectable()
export class InvitationsService {
  constructor(
    @InjectRepository(InvitationEntity) private readonly invitations: Repository<InvitationEntity>,
    private readonly users: UsersService,
    private readonly sessions: SessionsService,
    private readonly directory: MembershipDirectory,
    private readonly transactions: Transactions,
    private readonly audit: AuditWriter,
    private readonly clock: Clock,
    private readonly config: AppConfig,
    private readonly moduleRef: ModuleRef,
  ) {}

  private get mail(): MailQueue {
    return this.moduleRef.get(MailQueue, { strict: false });
  }

  /**
   * Officers invite anyone; an organization OWNER invites applicants to that
   * organization only. The link's token is only in the mail (the row keeps its hash);
   * a new invitation to the same address replaces a pending one.
   */
  async invite(actor: AuthUser, input: InviteUserInput): Promise<{ invitation: InvitationEntity; token: string }> {
    this.users.checkMembershipInput(input.roles, input.organizationId, input.organizationRole);
    const token = newToken();
    const now = this.clock.now();
    const expiresAt = new Date(now.getTime() + INVITATION_DAYS * 86_400_000);
    const invitation = await this.transactions.run(async (manager) => {
      await assertMayAddPeople(actor, input.roles, input.organizationId, (orgId) =>
        this.users.ownsOrganization(manager, actor, orgId),
      );
      if (input.organizationId && !(await this.directory.organizationExists(manager, input.organizationId))) {
        throw new NotFoundException('Organization', 'input.organizationId');
      }
      // Only officers (who read every account) are told; an owner's invitation is made and
      // mailed the same way whether or not the address has an account (no e-mail oracle).
      if (mayLearnOfAccounts(actor) && (await manager.exists(UserEntity, { where: { email: input.email } }))) {
        throw new BadUserInputException('input.email', 'A user with this email already exists');
      }
      await manager
        .createQueryBuilder()
        .update(InvitationEntity)
        .set({ revokedAt: now })
        .where('email = :email AND accepted_at IS NULL AND revoked_at IS NULL', { email: input.email })
        .execute();
      const saved = await manager.save(
        manager.create(InvitationEntity, {
          tokenHash: hashToken(token),
          email: input.email,
          name: input.name,
          roles: [...input.roles].sort(),
          organizationId: input.organizationId ?? null,
          organizationRole: input.organizationId ? (input.organizationRole ?? MembershipRole.CONTRIBUTOR) : null,
          invitedById: actor.id,
          expiresAt,
        }),
      );
      const organizationName = saved.organizationId ? await this.organizationName(manager, saved.organizationId) : null;
      const text = invitationMail({
        name: saved.name,
        inviterName: actor.name,
        organizationName,
        roles: saved.roles,
        link: this.link('invitation', token),
        expiresAt,
      });
      await this.mail.enqueue(manager, [{ kind: 'identity.invitation', recipientEmail: saved.email, ...text }]);
      await this.audit.record(manager, {
        action: 'invitation.create',
        entityType: 'Invitation',
        entityId: saved.id,
        after: saved,
      });
      return saved;
    });
    return { invitation, token };
  }

  /** Officers: every invitation; owners: those into organizations they own. */
  async list(actor: AuthUser, args: InvitationsArgs): Promise<Page<InvitationEntity>> {
    const query = this.invitations.createQueryBuilder('i');
    if (!seesAllInvitations(actor)) {
      const owned =
        args.organizationId &&
        (await this.users.ownsOrganization(this.invitations.manager, actor, args.organizationId));
      if (!owned) return { nodes: [], pageInfo: { hasNextPage: false, endCursor: null }, totalCount: 0 };
    }
    if (args.organizationId) query.andWhere('i.organization_id = :org', { org: args.organizationId });
    if (args.pending)
      query.andWhere('i.accepted_at IS NULL AND i.revoked_at IS NULL AND i.expires_at > :now', {
        now: this.clock.now(),
      });
    return paginate(query, args, { column: 'i.id', value: (i) => i.id });
  }

  /** Withdraws a pending invitation; its link stops working. */
  async revoke(actor: AuthUser, id: string): Promise<InvitationEntity> {
    return this.transactions.run(async (manager) => {
      const invitation = await manager.findOne(InvitationEntity, {
        where: { id },
        lock: { mode: 'pessimistic_write' },
      });
      if (!invitation) throw new NotFoundException('Invitation', 'id');
      await assertMayAddPeople(actor, invitation.roles, invitation.organizationId ?? undefined, (orgId) =>
        this.users.ownsOrganization(manager, actor, orgId),
      );
      if (invitation.acceptedAt) throw new InvalidStateException('This invitation was already accepted');
      if (!invitation.revokedAt) {
        invitation.revokedAt = this.clock.now();
        await manager.update(InvitationEntity, { id }, { revokedAt: invitation.revokedAt });
        await this.audit.record(manager, {
          action: 'invitation.revoke',
          entityType: 'Invitation',
          entityId: id,
          after: { revokedAt: invitation.revokedAt },
        });
      }
      return invitation;
    });
  }

  /** What the link is for, without using it (a GET by a mail scanner changes nothing). */
  async preview(token: string): Promise<InvitationPreview> {
    const invitation = await this.invitations.findOne({ where: { tokenHash: hashToken(token) } });
    this.assertUsable(invitation);
    return {
      invitation: invitation!,
      organizationName: invitation!.organizationId
        ? await this.organizationName(this.invitations.manager, invitation!.organizationId)
        : null,
      existingAccount: await this.invitations.manager.exists(UserEntity, { where: { email: invitation!.email } }),
    };
  }

  /**
   * Uses the link (once). A new address gets its account with the invited roles and
   * membership. An address that already has an account (an owner may invite one without
   * knowing) joins: the invited roles are added and the membership made; the holder proves
   * the account is theirs with its password (throttled like sign-in) or by being signed in
   * as it. Either way the person is signed in.
   */
  async accept(
    token: string,
    password: string | undefined,
    client: { ip: string; userAgent?: string },
    actor: AuthUser | null = null,
  ): Promise<SignedIn> {
    const pending = await this.invitations.findOne({ where: { tokenHash: hashToken(token) } });
    this.assertUsable(pending);
    const existing = await this.users.findByEmail(pending!.email);
    if (existing) await this.assertOwnsAccount(existing, password, client.ip, actor);
    else if (!password && !this.config.oidcEnabled)
      throw new BadUserInputException('password', 'Choose a password (at least 12 characters)');
    const passwordHash = !existing && password ? await hashPassword(password) : null;
    return this.transactions.run(async (manager) => {
      // The row lock makes a double click (or two tabs) use the link once.
      const invitation = await manager.findOne(InvitationEntity, {
        where: { tokenHash: hashToken(token) },
        lock: { mode: 'pessimistic_write' },
      });
      this.assertUsable(invitation);
      const inv = invitation!;
      const user = existing
        ? await this.join(manager, existing.id, inv)
        : await this.users.insertAccount(
            manager,
            {
              email: inv.email,
              name: inv.name,
              passwordHash,
              roles: inv.roles,
              organizationId: inv.organizationId,
              organizationRole: inv.organizationRole,
            },
            'user.acceptInvitation',
          );
      const acceptedAt = this.clock.now();
      await manager.update(InvitationEntity, { id: inv.id }, { acceptedAt, acceptedUserId: user.id });
      await this.audit.record(manager, {
        action: 'invitation.accept',
        entityType: 'Invitation',
        entityId: inv.id,
        actor: { id: user.id, email: user.email },
        after: { acceptedAt, userId: user.id, existingAccount: !!existing },
      });
      return this.sessions.openSession(manager, user, client, 'invitation');
    });
  }

  /** The link's holder shows the existing account is theirs: signed in as it, or its password. */
  private async assertOwnsAccount(
    account: UserEntity,
    password: string | undefined,
    ip: string,
    actor: AuthUser | null,
  ): Promise<void> {
    if (!account.active)
      throw new InvalidStateException('This account is deactivated; ask a program officer to reactivate it');
    if (actor?.id === account.id) return;
    if (!password)
      throw new BadUserInputException(
        'password',
        'This address already has an Abate account: enter its password (or sign in first) to join',
      );
    const attemptId = await this.sessions.recordPasswordAttempt(account.email, ip);
    if (!(await verifyPassword(account.passwordHash, password)))
      throw new BadUserInputException('password', 'That is not the password of your Abate account');
    await this.sessions.passwordAttemptSucceeded(attemptId);
  }

  /** An existing account accepts: it gains the invited roles and joins the organization (a membership it has stays). */
  private async join(manager: EntityManager, userId: string, inv: InvitationEntity): Promise<UserEntity> {
    const user = await manager.findOneOrFail(UserEntity, {
      where: { id: userId },
      lock: { mode: 'pessimistic_write' },
    });
    if (!user.active)
      throw new InvalidStateException('This account is deactivated; ask a program officer to reactivate it');
    const roles = [...new Set([...user.roles, ...inv.roles])].sort();
    if (roles.length !== user.roles.length) await manager.update(UserEntity, { id: userId }, { roles });
    const joined =
      inv.organizationId && !(await this.directory.roleIn(manager, userId, inv.organizationId))
        ? { organizationId: inv.organizationId, role: inv.organizationRole ?? MembershipRole.CONTRIBUTOR }
        : null;
    if (joined) await this.directory.addMember(manager, userId, joined.organizationId, joined.role);
    await this.audit.record(manager, {
      action: 'user.joinByInvitation',
      entityType: 'User',
      entityId: userId,
      actor: { id: user.id, email: user.email },
      before: { roles: user.roles },
      after: { roles, membership: joined },
    });
    return manager.findOneOrFail(UserEntity, { where: { id: userId } });
  }

  /** One message for every unusable link: the caller learns nothing about other invitations. */
  private assertUsable(invitation: InvitationEntity | null): void {
    if (!invitation) throw new NotFoundException('Invitation', 'token');
    if (invitation.acceptedAt) throw new InvalidStateException('This invitation was already used; sign in instead');
    if (invitation.revokedAt) throw new InvalidStateException('This invitation was withdrawn; ask for a new one');
    if (invitation.expiresAt.getTime() <= this.clock.now().getTime())
      throw new InvalidStateException('This invitation has expired; ask for a new one');
  }

  private async organizationName(manager: EntityManager, organizationId: string): Promise<string | null> {
    return (await this.directory.organizationName(manager, organizationId)) ?? null;
  }

  /** A link into the web app; the token rides in the fragment-free path the page reads. */
  private link(page: 'invitation' | 'reset-password', token: string): string {
    return `${this.config.PUBLIC_URL.replace(/\/$/, '')}/${page}/${token}`;
  }
}
