import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { In, IsNull, Not, Repository } from 'typeorm';
import type { EntityManager } from 'typeorm';
import {
  AuditWriter,
  AuthUser,
  BadUserInputException,
  currentRequestContext,
  NotFoundException,
  Page,
  paginate,
  Transactions,
} from '@abate/api/core';
import type { Role } from '@abate/api/core';
import { UserEntity } from './entities/user.entity';
import { SessionEntity } from './entities/session.entity';
import { MembershipRole } from './membership-role.enum';
import { MembershipDirectory } from './membership-directory';
import { CreateUserInput } from './dto/create-user.input';
import { UsersArgs } from './dto/users.args';
import { assertApplicantHasOrganization, assertMayAddPeople, assertMayChangeAccount } from './identity.policy';
import { hashPassword, verifyPassword } from './password';
import { SessionsService } from './sessions.service';

/** A new account's details, however it was asked for (officer, invitation, identity provider). */
export interface NewAccount {
  email: string;
  name: string;
  passwordHash: string | null;
  roles: Role[];
  organizationId?: string | null;
  organizationRole?: MembershipRole | null;
}

@Injectable()
export class UsersService {
  constructor(
    @InjectRepository(UserEntity) private readonly users: Repository<UserEntity>,
    private readonly transactions: Transactions,
    private readonly audit: AuditWriter,
    private readonly directory: MembershipDirectory,
    private readonly sessions: SessionsService,
  ) {}

  async get(id: string): Promise<UserEntity> {
    const user = await this.users.findOne({ where: { id } });
    if (!user) throw new NotFoundException('User', 'id');
    return user;
  }

  findByEmail(email: string): Promise<UserEntity | null> {
    return this.users.findOne({ where: { email: email.toLowerCase() } });
  }

  async byIds(ids: readonly string[]): Promise<Map<string, UserEntity>> {
    const rows = ids.length ? await this.users.findBy({ id: In([...new Set(ids)]) }) : [];
    return new Map(rows.map((u) => [u.id, u]));
  }

  /**
   * Display names by user id (id and name only, one query), for other domains that show who
   * did something; an id with no account is absent from the map.
   */
  async namesOf(ids: readonly string[]): Promise<Map<string, string>> {
    const rows = ids.length
      ? await this.users.find({ select: { id: true, name: true }, where: { id: In([...new Set(ids)]) } })
      : [];
    return new Map(rows.map((u) => [u.id, u.name]));
  }

  /** Active users holding a role (the role comes from the caller's policy file), by email or by name. */
  activeWithRole(role: Role, orderBy: 'email' | 'name' = 'email'): Promise<UserEntity[]> {
    return this.users
      .createQueryBuilder('u')
      .where(':role = ANY(u.roles) AND u.active', { role })
      .orderBy(`u.${orderBy}`)
      .addOrderBy('u.id')
      .getMany();
  }

  /** Whether the actor OWNS the organization (the rule for adding people to it). */
  ownsOrganization(manager: EntityManager, actor: AuthUser, organizationId: string): Promise<boolean> {
    return this.directory.roleIn(manager, actor.id, organizationId).then((role) => role === MembershipRole.OWNER);
  }

  /**
   * Officers create any user (the policy). Organization owners add people through
   * invitations, whose answer does not reveal whether an address has an account.
   */
  async create(input: CreateUserInput, actor: AuthUser): Promise<UserEntity> {
    this.checkMembershipInput(input.roles, input.organizationId, input.organizationRole);
    const passwordHash = await hashPassword(input.password);
    return this.transactions.run(async (manager) => {
      await assertMayAddPeople(actor, input.roles, input.organizationId, (orgId) =>
        this.ownsOrganization(manager, actor, orgId),
      );
      return this.insertAccount(manager, { ...input, passwordHash }, 'user.create');
    });
  }

  /** Field checks shared by createUser and inviteUser. */
  checkMembershipInput(
    roles: readonly Role[],
    organizationId?: string | null,
    organizationRole?: MembershipRole | null,
  ): void {
    assertApplicantHasOrganization(roles, organizationId);
    if (!organizationId && organizationRole) {
      throw new BadUserInputException('input.organizationRole', 'organizationRole needs an organizationId');
    }
  }

  /** Inserts an account (and its membership) in the caller's transaction, audited under `action`. */
  async insertAccount(
    manager: EntityManager,
    account: NewAccount,
    action: string,
    actor?: { id: string; email: string },
  ): Promise<UserEntity> {
    if (account.organizationId && !(await this.directory.organizationExists(manager, account.organizationId))) {
      throw new NotFoundException('Organization', 'input.organizationId');
    }
    if (await manager.exists(UserEntity, { where: { email: account.email } })) {
      throw new BadUserInputException('input.email', 'A user with this email already exists');
    }
    const user = await manager.save(
      manager.create(UserEntity, {
        email: account.email,
        name: account.name,
        roles: account.roles,
        passwordHash: account.passwordHash,
        active: true,
      }),
    );
    const membership = account.organizationId
      ? { organizationId: account.organizationId, role: account.organizationRole ?? MembershipRole.CONTRIBUTOR }
      : null;
    if (membership) await this.directory.addMember(manager, user.id, membership.organizationId, membership.role);
    await this.audit.record(manager, {
      action,
      entityType: 'User',
      entityId: user.id,
      after: { ...user, membership },
      ...(actor ? { actor } : {}),
    });
    return user;
  }

  /** Officers and auditors: every user, filtered by role, organization and a search over name and e-mail. */
  async list(args: UsersArgs): Promise<Page<UserEntity>> {
    const query = this.users.createQueryBuilder('u');
    if (args.role) query.andWhere(':role = ANY(u.roles)', { role: args.role });
    if (args.active !== undefined && args.active !== null)
      query.andWhere('u.active = :active', { active: args.active });
    if (args.organizationId) {
      const ids = await this.directory.memberIds(args.organizationId);
      query.andWhere(ids.length ? 'u.id IN (:...ids)' : 'false', { ids });
    }
    const search = args.search?.trim();
    if (search) {
      const like = `%${search.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
      query.andWhere('(u.name ILIKE :like OR u.email ILIKE :like)', { like });
    }
    return paginate(query, args, { column: 'u.email', value: (u) => u.email });
  }

  /** Officers: replaces a user's roles. */
  async updateRoles(actor: AuthUser, id: string, roles: Role[]): Promise<UserEntity> {
    assertMayChangeAccount(actor, id);
    return this.transactions.run(async (manager) => {
      const user = await manager.findOne(UserEntity, { where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!user) throw new NotFoundException('User', 'id');
      const before = { roles: user.roles };
      user.roles = [...roles].sort();
      await manager.update(UserEntity, { id }, { roles: user.roles });
      await this.audit.record(manager, {
        action: 'user.updateRoles',
        entityType: 'User',
        entityId: id,
        before,
        after: { roles: user.roles },
      });
      return manager.findOneOrFail(UserEntity, { where: { id } });
    });
  }

  /** Officers: a deactivated user cannot sign in, and their open sessions end at once. */
  async setActive(actor: AuthUser, id: string, active: boolean): Promise<UserEntity> {
    assertMayChangeAccount(actor, id);
    return this.transactions.run(async (manager) => {
      const user = await manager.findOne(UserEntity, { where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!user) throw new NotFoundException('User', 'id');
      if (user.active !== active) {
        await manager.update(UserEntity, { id }, { active });
        const ended = active
          ? 0
          : ((await manager.update(SessionEntity, { userId: id, revokedAt: IsNull() }, { revokedAt: () => 'now()' }))
              .affected ?? 0);
        await this.audit.record(manager, {
          action: active ? 'user.reactivate' : 'user.deactivate',
          entityType: 'User',
          entityId: id,
          before: { active: user.active },
          after: { active, sessionsEnded: ended },
        });
      }
      return manager.findOneOrFail(UserEntity, { where: { id } });
    });
  }

  /** Changes the caller's password and ends their other sessions. */
  async changePassword(actor: AuthUser, currentPassword: string, newPassword: string): Promise<void> {
    const user = await this.get(actor.id);
    // A stolen session must not become a password oracle: wrong current passwords count
    // against the same per-email and per-address limits as sign-in failures.
    const attemptId = await this.sessions.recordPasswordAttempt(user.email, currentRequestContext()?.ip ?? 'unknown');
    if (!(await verifyPassword(user.passwordHash, currentPassword))) {
      throw new BadUserInputException('currentPassword', 'Current password is incorrect');
    }
    await this.sessions.passwordAttemptSucceeded(attemptId);
    if (currentPassword === newPassword) {
      throw new BadUserInputException('newPassword', 'The new password must differ from the current one');
    }
    const passwordHash = await hashPassword(newPassword);
    await this.transactions.run(async (manager) => {
      await manager.update(UserEntity, { id: user.id }, { passwordHash });
      const ended = await manager.update(
        SessionEntity,
        { userId: user.id, id: Not(actor.sessionId), revokedAt: IsNull() },
        { revokedAt: () => 'now()' },
      );
      await this.audit.record(manager, {
        action: 'user.changePassword',
        entityType: 'User',
        entityId: user.id,
        after: { otherSessionsEnded: ended.affected ?? 0 },
      });
    });
  }
}
